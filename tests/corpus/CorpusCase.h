#pragma once

// One labelled case of the compliance corpus (tests/corpus/README.md): the
// verdict a reviewer would give, the rule family it tests, where the verdict
// comes from, and the whole request it stands for (a base program with the
// case's fields replaced or removed).
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace scs::corpus {

enum class Verdict {
    Compliant,
    Noncompliant,
    Refused,
};

struct CorpusCase
{
    QString id;
    QString part; // "tuned" or "heldout": the folder it was read from
    QString family;
    Verdict verdict = Verdict::Compliant;
    QStringList expect; // rule ids expected to fire (informational)
    QString source;
    QString tests;
    QString path;
    QJsonObject request; // the whole request, format version 2
};

// The parts of the corpus, in the order the report prints them.
QStringList corpusParts();

QString verdictName(Verdict verdict);

// Builds the whole request of a case from its base's fields: "fields"
// replaces whole field values, "remove" drops fields. An attachment given
// with "size" instead of "data" gets that many bytes, starting with the
// signature of its media type. On failure returns false with a message.
bool buildRequest(const QJsonObject &caseObject, const QJsonObject &baseFields, QJsonObject *request,
                  QString *error);

// Reads every case of the given parts under the corpus directory, sorted by
// part and id; with no parts given, those present (a branch that tunes the
// rules has no held-out folder). A malformed case is an error that names its
// file: the corpus must be fixed, not skipped.
bool loadCorpus(const QString &corpusDir, const QStringList &parts, QList<CorpusCase> *cases, QString *error);

} // namespace scs::corpus
