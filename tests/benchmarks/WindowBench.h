#pragma once

// What the benchmarks on the real main window share: a project of N copies
// of the bundled example, a field's editor focused as a user would, and
// a way to know that the window has repainted what an edit changed.
#include "MainWindow.h"
#include "catalog/Catalog.h"
#include "editor/FieldRow.h"
#include "editor/RequestEditor.h"
#include "editor/SectionPage.h"
#include "examples/ExampleRequests.h"
#include "fields/LimitedTextEdit.h"
#include "fields/TextEditor.h"
#include "storage/JsonFormat.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHash>
#include <QList>
#include <QUuid>
#include <QWidget>

namespace scs::bench {

// The compliant example, `requests` times.
inline Project exampleProject(int requests)
{
    const JsonFormat::ReadResult example =
            JsonFormat::read(ExampleRequests::read(ExampleRequests::compliantPath()));
    Project project;
    for (int i = 0; i < requests; ++i) {
        Request request = example.project.requests.first();
        request.setUuid(QUuid::createUuid());
        request.setTitle(QStringLiteral("Request %1").arg(i + 1));
        project.requests << request;
    }
    return project;
}

// A text field's editor, shown and focused, as a user would type into it.
inline LimitedTextEdit *focusedTextField(MainWindow &window, FieldId field)
{
    window.requestEditor()->focusField(field);
    auto *editor = qobject_cast<TextEditor *>(
            window.requestEditor()->page(Catalog::field(field).section)->row(field)->editor());
    return editor ? editor->textEdit() : nullptr;
}

// Counts the paint events of the widgets it watches.
class PaintCounter : public QObject
{
public:
    void watch(QWidget *widget)
    {
        widget->installEventFilter(this);
        m_paints.insert(widget, 0);
    }
    void reset()
    {
        for (auto it = m_paints.begin(); it != m_paints.end(); ++it)
            it.value() = 0;
    }
    bool allPainted() const
    {
        for (auto it = m_paints.cbegin(); it != m_paints.cend(); ++it) {
            if (it.value() == 0)
                return false;
        }
        return true;
    }
    // The watched widgets that have not painted since reset().
    QStringList unpainted() const
    {
        QStringList names;
        for (auto it = m_paints.cbegin(); it != m_paints.cend(); ++it) {
            if (it.value() == 0)
                names << (it.key()->objectName().isEmpty()
                                  ? QString::fromLatin1(it.key()->metaObject()->className())
                                  : it.key()->objectName());
        }
        return names;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            const auto it = m_paints.find(static_cast<QWidget *>(watched));
            if (it != m_paints.end())
                ++it.value();
        }
        return false;
    }

private:
    QHash<QWidget *, int> m_paints;
};

// Runs the event loop until every watched widget has painted (the window's
// repaint after an edit: the posted update requests, and the views'
// delayed layouts that come from zero timers), then once more for what the
// paints posted. False if that did not happen within `rounds` turns.
inline bool processUntilPainted(const PaintCounter &paints, int rounds = 1000)
{
    for (int i = 0; i < rounds; ++i) {
        QCoreApplication::processEvents();
        if (paints.allPainted()) {
            QCoreApplication::processEvents();
            return true;
        }
    }
    return false;
}

} // namespace scs::bench
