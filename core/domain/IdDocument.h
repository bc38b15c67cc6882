// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QString>

#include <optional>

namespace station {

// ID document types of resident-code v1 (`it`).
enum class IdType {
    ResidentCard,           // 01 居民身份证
    HkMacaoPermit,          // 02 港澳居民来往内地通行证
    TaiwanPermit,           // 03 台湾居民来往大陆通行证
    Passport,               // 04 护照
    ForeignPermanent,       // 05 外国人永久居留身份证
    HkMacaoTaiwanResidence, // 06 港澳台居民居住证
    Other,                  // 99 other
};

QString idTypeCode(IdType type);                           // "01" ... "99"
std::optional<IdType> idTypeFromCode(const QString &code); // nullopt for unknown codes
QString idTypeDisplayName(IdType type);                    // translated, for the UI
QList<IdType> allIdTypes();

// Why an ID number was refused.
enum class IdProblem {
    None,
    Empty,
    BadLength,
    BadCharacters,
    BadCheckDigit,
    BadBirthDate,    // not a real date
    FutureBirthDate, // after `today`
    BadRegionPrefix, // type 06 not starting 81/82/83, type 05 2023 not starting 9
    BadFormat,       // does not match the type's shape
};

struct IdCheck {
    bool ok = false;
    QString normalized; // upper-case, trimmed; 15-digit numbers upgraded to 18
    IdProblem problem = IdProblem::None;
    QString message; // translated, user-facing, says what is wrong
};

// Validates `raw` for `type` as resident-code-v1 describes. `today` bounds birth dates.
IdCheck validateIdNumber(IdType type, const QString &raw, const QDate &today);

// GB 11643-1999 / ISO 7064 MOD 11-2 check character for the first 17 characters.
// Returns '\0' when the 17 characters are not all digits.
QChar gb11643CheckCharacter(QStringView first17);

// Masks an ID number for display, print and export: first 4 and last 4 kept,
// the rest '*' (4401**********1234). Short numbers keep less, never more than half.
QString maskIdNumber(const QString &idNumber);

// Masks a person's name for display: 陈秀英 -> 陈*英, 王五 -> 王*; enough for staff to
// recognise the person in front of them, not to identify anyone.
QString maskPersonName(const QString &name);

} // namespace station
