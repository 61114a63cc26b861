#pragma once

#include "model/FieldId.h"

#include <QList>
#include <QString>

#include <optional>

namespace scs {

struct Project;

// Edit > Find: every place a text occurs in a project, in the order a user
// reads it: request by request, the title first, then the fields in
// catalog order, an example's label before its text.
struct SearchMatch
{
    int request = -1;
    std::optional<FieldId> field; // none: the request's title
    int item = -1; // content.examples: the example
    bool inLabel = false; // content.examples: in the example's label, not its text
    int start = 0; // in UTF-16 code units, within the value
    int length = 0;

    friend bool operator==(const SearchMatch &, const SearchMatch &) = default;
    // Reading order.
    friend bool operator<(const SearchMatch &a, const SearchMatch &b);
};

namespace ProjectSearch {

// Case-insensitive; the text is matched as typed (no patterns).
QList<SearchMatch> find(const Project &project, const QString &text);

// The match after (or before) `from` in reading order, wrapping around;
// the first (or last) without `from`.
std::optional<SearchMatch> next(const QList<SearchMatch> &matches, const std::optional<SearchMatch> &from,
                                bool backwards);

} // namespace ProjectSearch

} // namespace scs
