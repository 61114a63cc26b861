#include "RequestOperations.h"

#include "ProjectDocument.h"
#include "UndoCommands.h"

#include <QUndoStack>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace scs {

int RequestOperations::addNew(ProjectDocument *document)
{
    Request request;
    request.setTitle(tr("New request"));
    const int index = document->requestCount();
    document->undoStack()->push(new InsertRequestCommand(document, index, request, tr("New Request")));
    return index;
}

int RequestOperations::duplicate(ProjectDocument *document, int index)
{
    if (index < 0 || index >= document->requestCount())
        return -1;
    Request copy = document->request(index);
    copy.setUuid(QUuid::createUuid());
    copy.setTitle(tr("%1 (copy)").arg(copy.title()));
    document->undoStack()->push(new InsertRequestCommand(document, index + 1, copy, tr("Duplicate Request")));
    return index + 1;
}

void RequestOperations::remove(ProjectDocument *document, int index)
{
    if (index >= 0 && index < document->requestCount())
        document->undoStack()->push(new RemoveRequestCommand(document, index, tr("Delete Request")));
}

int RequestOperations::splitByCountry(ProjectDocument *document, int index)
{
    if (index < 0 || index >= document->requestCount())
        return 0;
    const Request original = document->request(index);
    const QStringList countries = original.value(FieldId::CaseCountries).toStringList();
    if (countries.size() < 2)
        return 0;
    // A short code serves one country: one request per country, as one
    // undo step; the first keeps the original's identity.
    QUndoStack *stack = document->undoStack();
    stack->beginMacro(tr("Split By Country"));
    stack->push(new RemoveRequestCommand(document, index, QString()));
    for (int i = 0; i < countries.size(); ++i) {
        Request part = original;
        if (i > 0)
            part.setUuid(QUuid::createUuid());
        part.setValue(FieldId::CaseCountries, QStringList {countries.at(i)});
        part.setTitle(original.title().isEmpty() ? countries.at(i)
                                                 : u"%1 (%2)"_s.arg(original.title(), countries.at(i)));
        stack->push(new InsertRequestCommand(document, index + i, part, QString()));
    }
    stack->endMacro();
    return int(countries.size());
}

int RequestOperations::append(ProjectDocument *document, const QList<Request> &requests)
{
    if (requests.isEmpty())
        return -1;
    QUndoStack *stack = document->undoStack();
    stack->beginMacro(tr("Import %n request(s)", nullptr, int(requests.size())));
    int index = document->requestCount();
    for (Request request : requests) {
        if (document->indexOf(request.uuid()) >= 0)
            request.setUuid(QUuid::createUuid());
        stack->push(new InsertRequestCommand(document, index++, request, QString()));
    }
    stack->endMacro();
    return index - 1;
}

} // namespace scs
