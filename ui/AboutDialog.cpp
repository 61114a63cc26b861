#include "AboutDialog.h"

#include "i18n/Version.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <ksyntaxhighlighting_version.h>

using namespace Qt::StringLiterals;

namespace scs {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    auto *layout = new QVBoxLayout(this);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(u"titleLabel"_s);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_descriptionLabel = new QLabel(this);
    m_descriptionLabel->setObjectName(u"descriptionLabel"_s);
    m_descriptionLabel->setWordWrap(true);

    m_versionsLabel = new QLabel(this);
    m_versionsLabel->setObjectName(u"versionsLabel"_s);
    m_versionsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyVersionsButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(versionText()); });

    layout->addWidget(m_titleLabel);
    layout->addWidget(m_descriptionLabel);
    layout->addSpacing(8);
    layout->addWidget(m_versionsLabel);
    layout->addStretch();
    layout->addWidget(buttons);

    retranslateUi();
    setMinimumWidth(420);
}

QString AboutDialog::versionText() const
{
    return u"Shortcode Studio %1\nQt %2\nKSyntaxHighlighting %3"_s.arg(
            applicationVersion(), qtRuntimeVersion(), QStringLiteral(SyntaxHighlighting_VERSION_STRING));
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Shortcode Studio"));
    m_titleLabel->setText(tr("Shortcode Studio %1").arg(applicationVersion()));
    m_descriptionLabel->setText(
            tr("Prepare and audit requests for dedicated SMS short codes: every section checked "
               "while you type, every message previewed with its encoding and segments."));
    m_versionsLabel->setText(
            tr("Qt %1\nKSyntaxHighlighting %2")
                    .arg(qtRuntimeVersion(), QStringLiteral(SyntaxHighlighting_VERSION_STRING)));
    if (auto *box = findChild<QDialogButtonBox *>()) {
        if (auto *copy = box->findChild<QPushButton *>(u"copyVersionsButton"_s))
            copy->setText(tr("&Copy Versions"));
    }
}

} // namespace scs
