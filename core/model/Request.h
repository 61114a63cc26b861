#pragma once

#include "FieldId.h"
#include "FieldValue.h"

#include <QString>
#include <QUuid>

#include <array>

namespace scs {

// One short code request: a title and one value per field. A plain value
// type; the editor wraps it to announce changes and to undo them.
class Request
{
public:
    Request();

    // A stable identity, kept by the project file across saves and renames.
    QUuid uuid() const { return m_uuid; }
    void setUuid(const QUuid &uuid) { m_uuid = uuid; }

    QString title() const { return m_title; }
    void setTitle(const QString &title) { m_title = title; }

    const FieldValue &value(FieldId id) const { return m_values[fieldIndex(id)]; }
    void setValue(FieldId id, const FieldValue &value) { m_values[fieldIndex(id)] = value; }
    void clearValue(FieldId id) { m_values[fieldIndex(id)] = FieldValue(); }

    // Shortcuts for the common kinds.
    const QString &text(FieldId id) const { return value(id).stringRef(); }

    // Equal content (uuid included).
    friend bool operator==(const Request &, const Request &) = default;

private:
    QUuid m_uuid;
    QString m_title;
    std::array<FieldValue, FieldCount> m_values;
};

} // namespace scs
