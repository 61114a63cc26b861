#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QList>

class QPalette;

namespace scs {

// Highlights a text message with our SMS syntax definition, and adds what a
// static definition cannot know: the request's own opt-in keyword, and the
// segments the message is split into (every other segment gets a tinted
// background, so the boundaries show).
class SmsHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT

public:
    explicit SmsHighlighter(QTextDocument *document);
    ~SmsHighlighter() override;

    // The theme that suits the palette (light or dark); call again when the
    // palette changes.
    void setPalette(const QPalette &palette);
    // The request's opt-in keyword, e.g. "ALERTS"; empty for none.
    void setOptInKeyword(const QString &keyword);
    QString optInKeyword() const { return m_keyword; }
    // Document positions where segments 2, 3, ... start.
    QList<qsizetype> segmentStarts() const { return m_boundaries; }
    bool definitionLoaded() const;

protected:
    void highlightBlock(const QString &text) override;

private:
    void documentChanged();

    QString m_keyword;
    QList<qsizetype> m_boundaries;
    QColor m_segmentTint;
    QTextCharFormat m_keywordFormat;
};

} // namespace scs
