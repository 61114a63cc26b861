#pragma once

#include <QCoreApplication>
#include <QString>

namespace scs {

class Request;

// How many of a request's required answers are given: what the status bar
// and the project list show ("12 of 40 required answers"), rather than a
// percentage that read as "done" next to errors.
struct RequiredAnswers
{
    Q_DECLARE_TR_FUNCTIONS(RequiredAnswers)

public:
    int given = 0;
    int required = 0;

    static RequiredAnswers of(const Request &request);
    // "12 of 40 required answers", in the current language.
    QString text() const;
};

} // namespace scs
