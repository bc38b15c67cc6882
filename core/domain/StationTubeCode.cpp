// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/StationTubeCode.h"

#include "core/domain/CheckDigit.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace station::stationtubecode {

namespace {

const QRegularExpression &shape() {
    static const QRegularExpression re(QStringLiteral("^%1[0-9]{%2}$")
                                           .arg(QLatin1String(kPrefix))
                                           .arg(kTableDigits + kSequenceDigits + 1));
    return re;
}

} // namespace

int dammCheckDigit(const QString &digits) {
    return checkdigit::dammCheckDigit(digits);
}

bool dammValid(const QString &digitsWithCheck) {
    return checkdigit::dammValid(digitsWithCheck);
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
