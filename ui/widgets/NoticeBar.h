#pragma once

#include <QFrame>

namespace scs {

// A bar above the editor that tells of the project's state (ReadOnlyBar,
// WorkspaceBar): drawn like a tooltip, and retranslated when the language
// changes.
class NoticeBar : public QFrame
{
    Q_OBJECT

public:
    explicit NoticeBar(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;
    // Sets the bar's texts in the current language.
    virtual void retranslate() = 0;
};

} // namespace scs
