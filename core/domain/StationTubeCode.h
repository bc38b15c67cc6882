// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

#include <optional>

namespace station {

// Tube codes the station generates itself ("print a label for each new tube"), for sites
// without pre-printed tubes:
//
//   SG TTTTT NNNNNNNN C     e.g. SG00003000000017 (table 3, number 1)
//
// SG: marks a station-generated code; TTTTT: the table number (1-99999, from
// provisioning), so two tables of a site never issue the same code; NNNNNNNN: the
// table's own sequence (1-99999999), kept in the station database and never reused;
// C: Damm check digit over the 13 digits before it. The result matches the default
// tube pattern ^[A-Z]{0,4}[0-9]{8,16}$, and 14 digits encode as 7 Code 128 subset C pairs.
//
// Damm rather than Luhn (misses 09<->90) or ISO 7064 MOD 11-2 (needs an 'X'): its
// quasigroup table detects every single-digit substitution and every adjacent
// transposition, including those touching the check digit, and always yields a digit.
namespace stationtubecode {

inline constexpr char kPrefix[] = "SG";
inline constexpr int kTableDigits = 5;
inline constexpr int kSequenceDigits = 8;
inline constexpr int kMaxTable = 99999;
inline constexpr qint64 kMaxSequence = 99999999;
// Prefix plus table, sequence and check digit.
inline constexpr int kLength = 2 + kTableDigits + kSequenceDigits + 1;

// The Damm check digit of a string of decimal digits; -1 when `digits` holds anything else.
int dammCheckDigit(const QString &digits);
// True when the last digit is the Damm check digit of the ones before it.
bool dammValid(const QString &digitsWithCheck);

// The code for a table and sequence number; nullopt when either is out of range.
std::optional<QString> format(int tableNumber, qint64 sequence);

// Whether `code` has the shape of a station-generated code (prefix and 14 digits), check
// digit right or wrong. Codes without this shape (pre-printed tubes) are never checked.
bool looksStationGenerated(const QString &code);

struct Parts {
    int tableNumber = 0;
    qint64 sequence = 0;
};
// The table and sequence of a station-generated code whose check digit is right.
std::optional<Parts> parse(const QString &code);

// For a code with the station-generated shape and a wrong check digit: the translated
// message saying so. Empty for a valid station code and for any other code.
QString checkDigitProblem(const QString &code);

} // namespace stationtubecode
} // namespace station
