// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/LabelSize.h"

#include <QRegularExpression>

#include <cmath>

namespace station::labels {

namespace {
constexpr double kMinMm = 10.0;
constexpr double kMaxMm = 210.0;
constexpr double kMmPerInch = 25.4;
} // namespace

QVector<LabelSize> LabelSize::offered() {
    return {{50.0, 25.0}, {40.0, 30.0}, {60.0, 40.0}};
}

std::optional<LabelSize> LabelSize::parse(const QString &text) {
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d{1,3}(?:\\.\\d+)?)\\s*[xX\u00D7*]\\s*(\\d{1,3}(?:\\.\\d+)?)"
                       "\\s*(?:mm)?\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const LabelSize size{m.captured(1).toDouble(), m.captured(2).toDouble()};
    if (size.widthMm < kMinMm || size.heightMm < kMinMm || size.widthMm > kMaxMm ||
        size.heightMm > kMaxMm)
        return std::nullopt;
    return size;
}

QString LabelSize::toString() const {
    return QStringLiteral("%1x%2").arg(widthMm).arg(heightMm);
}

int LabelSize::widthDots(int dpi) const {
    return mmToDots(widthMm, dpi);
}

int LabelSize::heightDots(int dpi) const {
    return mmToDots(heightMm, dpi);
}

int mmToDots(double mm, int dpi) {
    return static_cast<int>(std::lround(mm * dpi / kMmPerInch));
}

double dotsToMm(int dots, int dpi) {
    return dots * kMmPerInch / dpi;
}

} // namespace station::labels
