// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QChar>
#include <QString>

// Character tests for codes and numbers whose alphabet is ASCII: QChar::isDigit() and
// isUpper() also take full-width and other scripts' digits and letters.
namespace station {

inline bool isAsciiDigit(QChar c) {
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

inline bool isAsciiUpper(QChar c) {
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}

inline bool isAsciiLower(QChar c) {
    return c >= QLatin1Char('a') && c <= QLatin1Char('z');
}

// One character of refused text, readably: control and space characters as U+XXXX.
inline QString describeChar(QChar c) {
    if (c.isPrint() && !c.isSpace())
        return c;
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace station
