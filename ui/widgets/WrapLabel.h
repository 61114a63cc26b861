#pragma once

#include <QFont>
#include <QLabel>

namespace scs {

// A plain-text, word-wrapped label that measures its text once.
//
// QLabel shapes and breaks its whole text anew for every size hint and every
// heightForWidth(), and a layout pass asks for several widths (with and
// without a scroll bar, before and after the window has its size). A section
// page holds a dozen wrapped labels, so that was most of the time it took to
// show the main window. This label measures its text once per text and font
// (from the advance of each character, cached per font, without shaping),
// keeps the position of every place a line may break, and breaks lines for a
// width from those numbers alone. It paints the lines it computed, so what
// is drawn always fits the height it asked for. Lines run left to right.
//
// It stays a QLabel for everything else: text(), setText(), buddies (with
// a mnemonic: "&Name" shows "Name" with the N underlined, as QLabel does),
// palettes and accessibility.
class WrapLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrapLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

    // The text as shown: without the mnemonic's '&' when there is a buddy.
    QString shownText() const;
    // The text of each line at the given width of the contents.
    QStringList lines(int contentsWidth) const;
    // How many times the text was measured (for tests).
    int measureCount() const { return m_measures; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Line
    {
        qsizetype start;
        qsizetype length; // without trailing white space
    };
    void measureIfNeeded() const;
    QList<Line> breakLines(qreal width) const;
    int contentsHeight(qsizetype lineCount) const;
    QMargins frameMargins() const;

    // What the cached numbers were computed from.
    mutable QString m_source; // text()
    mutable QString m_text; // shownText()
    mutable qsizetype m_mnemonic = -1; // the underlined character in m_text
    mutable QFont m_font;
    mutable bool m_measured = false;
    // Places where a line may start (0 and the text's end included), the x
    // of each in one unbroken line, the x where the text before it ends
    // without its white space, and whether a line must end there.
    mutable QList<qsizetype> m_breaks;
    mutable QList<qreal> m_startX;
    mutable QList<qreal> m_endX;
    mutable QList<bool> m_mandatory;
    mutable qreal m_naturalWidth = 0;
    mutable qreal m_widestWord = 0;
    mutable int m_measures = 0;
};

} // namespace scs
