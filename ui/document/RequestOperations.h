#pragma once

#include <QCoreApplication>
#include <QList>

namespace scs {

class ProjectDocument;
class Request;

// The request operations of the Request and File menus, each one undo step
// on the document, without widgets: the window asks the user first and
// selects what these return.
class RequestOperations
{
    Q_DECLARE_TR_FUNCTIONS(RequestOperations)

public:
    // Appends an empty request named "New request"; its index.
    static int addNew(ProjectDocument *document);
    // Inserts a copy of request `index` (a new identity, "… (copy)")
    // after it; the copy's index, -1 for no such request.
    static int duplicate(ProjectDocument *document, int index);
    static void remove(ProjectDocument *document, int index);
    // Replaces request `index` by one request per country it names, in
    // place: the number of requests made, 0 (and nothing changed) when it
    // names fewer than two.
    static int splitByCountry(ProjectDocument *document, int index);
    // Appends `requests` (taking a new identity where one is in the
    // project already); the index of the last, -1 when there were none.
    static int append(ProjectDocument *document, const QList<Request> &requests);
};

} // namespace scs
