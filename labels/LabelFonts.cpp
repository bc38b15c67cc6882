// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/LabelFonts.h"

#include <QStringList>

#include <algorithm>

namespace station::labels {

namespace {
QFont makeFont(const QStringList &families, int pixelSize, bool bold) {
    QFont font;
    font.setFamilies(families);
    font.setPixelSize(std::max(1, pixelSize));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferVerticalHinting);
    return font;
}
} // namespace

QFont labelFont(int pixelSize, bool bold) {
    return makeFont({QStringLiteral("DejaVu Sans"), QStringLiteral("WenQuanYi Micro Hei"),
                     QStringLiteral("Noto Sans CJK SC")},
                    pixelSize, bold);
}

QFont codeFont(int pixelSize) {
    return makeFont({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("DejaVu Sans"),
                     QStringLiteral("WenQuanYi Micro Hei")},
                    pixelSize, true);
}

} // namespace station::labels
