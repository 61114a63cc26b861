#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace scs::TextWrap {

// Columns the text takes in a monospaced plain-text view: East Asian wide
// and fullwidth characters take two, combining marks none.
int displayWidth(QStringView text);

// Our own sentences wrapped at `width` columns: breaks at spaces, and
// between wide (CJK) characters, which Japanese text has no spaces for. A
// word longer than the width (a URL) stays whole.
QStringList wrap(const QString &text, int width);

} // namespace scs::TextWrap
