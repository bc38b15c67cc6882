// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/CheckDigit.h"

#include <QCoreApplication>

namespace station::checkdigit {

namespace {

// The weakly totally anti-symmetric quasigroup of order 10 from H. Michael Damm's
// thesis (2004), as published with the algorithm.
constexpr int kDamm[10][10] = {
    {0, 3, 1, 7, 5, 9, 8, 6, 4, 2}, {7, 0, 9, 2, 1, 5, 4, 8, 6, 3}, {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
    {1, 7, 5, 0, 9, 8, 3, 4, 2, 6}, {6, 1, 2, 3, 0, 4, 5, 9, 7, 8}, {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
    {5, 8, 6, 9, 7, 2, 0, 1, 3, 4}, {8, 9, 4, 5, 3, 6, 2, 0, 1, 7}, {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
    {2, 5, 8, 1, 4, 3, 6, 7, 9, 0},
};

// ISO/IEC 7064 MOD 37-2 character set: the value of a character is its index.
constexpr char kMod37Alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*";
constexpr int kMod37 = 37;

bool allDigits(const QString &text) {
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

int dammInterim(const QString &digits) {
    int interim = 0;
    for (const QChar c : digits)
        interim = kDamm[interim][c.unicode() - '0'];
    return interim;
}

// The Luhn sum of `digits`, doubling every second digit counted from the right, starting
// with the rightmost when `doubleRightmost` (the check digit is not there yet).
int luhnSum(const QString &digits, bool doubleRightmost) {
    int sum = 0;
    bool twice = doubleRightmost;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - '0';
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum;
}

int mod37Value(QChar c) {
    for (int i = 0; i < kMod37; ++i) {
        if (c == QLatin1Char(kMod37Alphabet[i]))
            return i;
    }
    return -1;
}

// The pure-system checksum of ISO 7064: p = (2p + value) mod 37 over every character; -1
// for a character outside the set. A string that ends in its check character sums to 1.
int mod37Checksum(const QString &text) {
    int p = 0;
    for (const QChar c : text) {
        const int v = mod37Value(c);
        if (v < 0)
            return -1;
        p = (2 * p + v) % kMod37;
    }
    return p;
}

} // namespace

QList<CheckDigitScheme> schemes() {
    return {CheckDigitScheme::None, CheckDigitScheme::Damm, CheckDigitScheme::Luhn,
            CheckDigitScheme::Iso7064Mod37_2};
}

QString key(CheckDigitScheme scheme) {
    switch (scheme) {
    case CheckDigitScheme::None:
        return QStringLiteral("none");
    case CheckDigitScheme::Damm:
        return QStringLiteral("damm");
    case CheckDigitScheme::Luhn:
        return QStringLiteral("luhn");
    case CheckDigitScheme::Iso7064Mod37_2:
        return QStringLiteral("mod37-2");
    }
    return QStringLiteral("none");
}

std::optional<CheckDigitScheme> fromKey(const QString &text) {
    const QString wanted = text.trimmed().toLower();
    for (const CheckDigitScheme scheme : schemes()) {
        if (key(scheme) == wanted)
            return scheme;
    }
    return std::nullopt;
}

QString displayName(CheckDigitScheme scheme) {
    switch (scheme) {
    case CheckDigitScheme::None:
        return QCoreApplication::translate("CheckDigit", "none");
    case CheckDigitScheme::Damm:
        return QStringLiteral("Damm");
    case CheckDigitScheme::Luhn:
        return QStringLiteral("Luhn");
    case CheckDigitScheme::Iso7064Mod37_2:
        return QStringLiteral("ISO 7064 MOD 37-2");
    }
    return {};
}

int dammCheckDigit(const QString &digits) {
    return allDigits(digits) ? dammInterim(digits) : -1;
}

bool dammValid(const QString &digitsWithCheck) {
    return digitsWithCheck.size() >= 2 && allDigits(digitsWithCheck) &&
           dammInterim(digitsWithCheck) == 0;
}

int luhnCheckDigit(const QString &digits) {
    if (!allDigits(digits))
        return -1;
    return (10 - luhnSum(digits, true) % 10) % 10;
}

bool luhnValid(const QString &digitsWithCheck) {
    return digitsWithCheck.size() >= 2 && allDigits(digitsWithCheck) &&
           luhnSum(digitsWithCheck, false) % 10 == 0;
}

QChar mod37_2CheckCharacter(const QString &text) {
    // '*' is a check character only, never part of the data.
    if (text.isEmpty() || text.contains(QLatin1Char('*')))
        return {};
    const int p = mod37Checksum(text);
    if (p < 0)
        return {};
    // The character c with (2p + c) mod 37 == 1.
    return QLatin1Char(kMod37Alphabet[((1 - 2 * p) % kMod37 + kMod37) % kMod37]);
}

bool mod37_2Valid(const QString &textWithCheck) {
    if (textWithCheck.size() < 2 || textWithCheck.chopped(1).contains(QLatin1Char('*')))
        return false;
    return mod37Checksum(textWithCheck) == 1;
}

bool tubeCodeValid(CheckDigitScheme scheme, const QString &code) {
    if (scheme == CheckDigitScheme::None)
        return true;
    if (scheme == CheckDigitScheme::Iso7064Mod37_2)
        return mod37_2Valid(code);
    qsizetype prefix = 0;
    while (prefix < code.size() && code.at(prefix) >= QLatin1Char('A') &&
           code.at(prefix) <= QLatin1Char('Z'))
        ++prefix;
    const QString digits = code.mid(prefix);
    return scheme == CheckDigitScheme::Damm ? dammValid(digits) : luhnValid(digits);
}

} // namespace station::checkdigit
