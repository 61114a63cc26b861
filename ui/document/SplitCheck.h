#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace scs {

class Request;

// What does not carry over when a request naming several countries is
// split into one request per country: answers copied into every new
// request that belong to one country only. Sentences for the question
// before the split, in the current language; none when all carries over.
class SplitCheck
{
    Q_DECLARE_TR_FUNCTIONS(SplitCheck)

public:
    static QStringList warnings(const Request &request);
};

} // namespace scs
