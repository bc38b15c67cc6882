// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QChar>
#include <QList>
#include <QString>

#include <optional>

namespace station {

// The check-digit schemes a site's pre-printed tube codes may carry, as their last character.
// A misread or mistyped code then fails its check instead of opening a wrong tube.
enum class CheckDigitScheme {
    None,
    Damm,           // decimal; catches every single-digit error and adjacent transposition
    Luhn,           // decimal, mod 10 (misses 09 <-> 90)
    Iso7064Mod37_2, // ISO/IEC 7064 MOD 37-2: 0-9 and A-Z, check character 0-9, A-Z or '*'
};

namespace checkdigit {

QList<CheckDigitScheme> schemes();
// The stable name stored in the database and given on the command line:
// "none", "damm", "luhn", "mod37-2".
QString key(CheckDigitScheme scheme);
std::optional<CheckDigitScheme> fromKey(const QString &key);
// For people: "Damm", "Luhn", "ISO 7064 MOD 37-2"; "none" translated.
QString displayName(CheckDigitScheme scheme);

// Each: the check of a string without it, or -1 / a null QChar when the string is empty
// or holds a character the scheme does not cover; and whether a string ends in its own check.
int dammCheckDigit(const QString &digits);
bool dammValid(const QString &digitsWithCheck);
int luhnCheckDigit(const QString &digits);
bool luhnValid(const QString &digitsWithCheck);
QChar mod37_2CheckCharacter(const QString &text);
bool mod37_2Valid(const QString &textWithCheck);

// Whether a tube code carries a right check under `scheme` (None: always). Damm and Luhn
// cover the digits after an optional prefix of capital letters (GZ00012345678 checks
// 00012345678), so a code with anything else after its first digit fails; MOD 37-2 covers
// the whole code.
bool tubeCodeValid(CheckDigitScheme scheme, const QString &code);

} // namespace checkdigit
} // namespace station
