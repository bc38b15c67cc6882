// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/StationTubeCode.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace station::stationtubecode {

namespace {

// The weakly totally anti-symmetric quasigroup of order 10 from H. Michael Damm's
// thesis (2004), as published with the algorithm.
constexpr int kDamm[10][10] = {
    {0, 3, 1, 7, 5, 9, 8, 6, 4, 2}, {7, 0, 9, 2, 1, 5, 4, 8, 6, 3}, {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
    {1, 7, 5, 0, 9, 8, 3, 4, 2, 6}, {6, 1, 2, 3, 0, 4, 5, 9, 7, 8}, {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
    {5, 8, 6, 9, 7, 2, 0, 1, 3, 4}, {8, 9, 4, 5, 3, 6, 2, 0, 1, 7}, {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
    {2, 5, 8, 1, 4, 3, 6, 7, 9, 0},
};

int dammInterim(const QString &digits) {
    int interim = 0;
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        interim = kDamm[interim][c.unicode() - '0'];
    }
    return interim;
}

const QRegularExpression &shape() {
    static const QRegularExpression re(QStringLiteral("^%1[0-9]{%2}$")
                                           .arg(QLatin1String(kPrefix))
                                           .arg(kTableDigits + kSequenceDigits + 1));
    return re;
}

} // namespace

int dammCheckDigit(const QString &digits) {
    if (digits.isEmpty())
        return -1;
    return dammInterim(digits);
}

bool dammValid(const QString &digitsWithCheck) {
    return digitsWithCheck.size() >= 2 && dammInterim(digitsWithCheck) == 0;
}

std::optional<QString> format(int tableNumber, qint64 sequence) {
    if (tableNumber < 1 || tableNumber > kMaxTable || sequence < 1 || sequence > kMaxSequence)
        return std::nullopt;
    const QString digits = QStringLiteral("%1%2")
                               .arg(tableNumber, kTableDigits, 10, QLatin1Char('0'))
                               .arg(sequence, kSequenceDigits, 10, QLatin1Char('0'));
    return QLatin1String(kPrefix) + digits + QString::number(dammCheckDigit(digits));
}

bool looksStationGenerated(const QString &code) {
    return shape().match(code).hasMatch();
}

std::optional<Parts> parse(const QString &code) {
    if (!looksStationGenerated(code))
        return std::nullopt;
    const QString digits = code.mid(2);
    if (!dammValid(digits))
        return std::nullopt;
    Parts p;
    p.tableNumber = digits.left(kTableDigits).toInt();
    p.sequence = digits.mid(kTableDigits, kSequenceDigits).toLongLong();
    if (p.tableNumber < 1 || p.sequence < 1)
        return std::nullopt;
    return p;
}

QString checkDigitProblem(const QString &code) {
    if (!looksStationGenerated(code) || dammValid(code.mid(2)))
        return {};
    return QCoreApplication::translate(
               "StationTubeCode",
               "%1 is not a valid station tube code: its check digit (the last digit) does not "
               "match. The label was misread or mistyped; scan it again or type it exactly as "
               "printed.")
        .arg(code);
}

} // namespace station::stationtubecode
