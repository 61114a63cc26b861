// Writes the tiny valid project file of the project file fuzzer's seed
// corpus (tests/fuzz/corpus/projectfile/): one request with a few fields,
// saved twice so the file has a history. Run by hand when the format
// changes: make_seed_project OUT.scproj
#include "storage/ProjectFile.h"

#include <QCoreApplication>

#include <cstdio>

using namespace scs;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_seed_project OUT.scproj\n");
        return 2;
    }
    Project project;
    project.name = u"Seed"_s;
    Request request;
    request.setTitle(u"US"_s);
    request.setValue(FieldId::CaseCountries, QStringList {u"US"_s});
    request.setValue(FieldId::CompanyName, u"Northwind"_s);
    request.setValue(FieldId::ContentHelpResponse, u"Northwind: help at example.com. Reply STOP to end."_s);
    request.setValue(FieldId::SpendInSameCase, true);
    request.setValue(FieldId::SpendExpectedMonthlyMessages, qint64(1000));
    request.setValue(FieldId::ContentExamples, ExampleList {{u"a"_s, u"Hi 😀"_s}});
    request.setValue(FieldId::SignupJoinKeywords, QStringList {u"JOIN"_s});
    request.setValue(
            FieldId::EvidenceOptinMockups,
            AttachmentList {{u"a.png"_s, u"image/png"_s, u"form"_s, QByteArray("\x89PNG\r\n\x1a\n", 8)}});
    project.requests.append(request);

    ProjectFile file;
    file.setUserName(u"seed"_s);
    if (!file.saveAs(QString::fromLocal8Bit(argv[1]), project)) {
        std::fprintf(stderr, "%s\n", qPrintable(file.errorString()));
        return 1;
    }
    project.requests[0].setValue(FieldId::CompanyName, u"Northwind Alerts"_s);
    if (!file.save(project)) {
        std::fprintf(stderr, "%s\n", qPrintable(file.errorString()));
        return 1;
    }
    return 0;
}
