// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Sentences.h"

namespace station {

namespace {

// CJK Symbols and Punctuation (。「」) and the Halfwidth and Fullwidth Forms (！？；：（）).
bool isFullWidthMark(QChar c) {
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF);
}

} // namespace

QString joinSentences(const QString &first, const QString &second) {
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    if (isFullWidthMark(first.back()) || first.back().isSpace())
        return first + second;
    return first + QLatin1Char(' ') + second;
}

} // namespace station
