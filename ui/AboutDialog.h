#pragma once

#include <QDialog>

class QLabel;

namespace scs {

// Help > About: what the program is, and the versions it runs with (ours,
// Qt's, KSyntaxHighlighting's), so a bug report can name them.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // "Shortcode Studio 0.1.0\nQt 6.4.2\nKSyntaxHighlighting 5.116.0": the
    // plain text that "Copy" puts on the clipboard.
    QString versionText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_titleLabel = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLabel *m_versionsLabel = nullptr;
};

} // namespace scs
