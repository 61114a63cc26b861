#include "ProjectSearch.h"

#include "catalog/Catalog.h"
#include "model/Project.h"

#include <algorithm>
#include <tuple>

namespace scs {

namespace {

// Where a match is, as a key that sorts in reading order: the title comes
// before every field.
auto key(const SearchMatch &m)
{
    const int field = m.field ? int(*m.field) + 1 : 0;
    return std::make_tuple(m.request, field, m.item, m.inLabel ? 0 : 1, m.start);
}

void findIn(const QString &value, const QString &text, SearchMatch place, QList<SearchMatch> *out)
{
    for (qsizetype at = value.indexOf(text, 0, Qt::CaseInsensitive); at >= 0;
         at = value.indexOf(text, at + text.size(), Qt::CaseInsensitive)) {
        place.start = int(at);
        place.length = int(text.size());
        out->append(place);
    }
}

} // namespace

bool operator<(const SearchMatch &a, const SearchMatch &b)
{
    return key(a) < key(b);
}

namespace ProjectSearch {

QList<SearchMatch> find(const Project &project, const QString &text)
{
    QList<SearchMatch> matches;
    if (text.isEmpty())
        return matches;
    for (int request = 0; request < project.requests.size(); ++request) {
        const Request &r = project.requests.at(request);
        SearchMatch place;
        place.request = request;
        findIn(r.title(), text, place, &matches);
        for (const FieldDef &def : Catalog::fields()) {
            place.field = def.id;
            const FieldValue &value = r.value(def.id);
            // Text as typed: choices and dates hold keys, not what they show.
            if (value.isString() && (isFreeText(def.kind) || def.kind == FieldKind::Money)) {
                findIn(value.stringRef(), text, place, &matches);
            } else if (value.isExamples()) {
                const ExampleList examples = value.toExamples();
                for (int item = 0; item < examples.size(); ++item) {
                    SearchMatch example = place;
                    example.item = item;
                    example.inLabel = true;
                    findIn(examples.at(item).label, text, example, &matches);
                    example.inLabel = false;
                    findIn(examples.at(item).text, text, example, &matches);
                }
            }
        }
    }
    return matches;
}

std::optional<SearchMatch> next(const QList<SearchMatch> &matches, const std::optional<SearchMatch> &from,
                                bool backwards)
{
    if (matches.isEmpty())
        return std::nullopt;
    if (!from)
        return backwards ? matches.last() : matches.first();
    if (backwards) {
        for (auto it = matches.crbegin(); it != matches.crend(); ++it) {
            if (*it < *from)
                return *it;
        }
        return matches.last();
    }
    for (const SearchMatch &match : matches) {
        if (*from < match)
            return match;
    }
    return matches.first();
}

} // namespace ProjectSearch

} // namespace scs
