#include "RequiredAnswers.h"

#include "catalog/Catalog.h"
#include "model/Request.h"

#include <QLocale>

namespace scs {

RequiredAnswers RequiredAnswers::of(const Request &request)
{
    RequiredAnswers answers;
    for (const FieldDef &field : Catalog::fields()) {
        if (!Catalog::isRequired(request, field.id))
            continue;
        ++answers.required;
        if (Catalog::isFilled(request, field.id))
            ++answers.given;
    }
    return answers;
}

QString RequiredAnswers::text() const
{
    //: How many of the required answers of a request are given.
    return tr("%1 of %n required answer(s)", nullptr, required).arg(QLocale().toString(given));
}

} // namespace scs
