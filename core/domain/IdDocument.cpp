// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/IdDocument.h"
#include "core/domain/AsciiChars.h"

#include <QCoreApplication>

#include <array>

namespace station {

namespace {

bool isAsciiAlnum(QChar c) {
    return isAsciiDigit(c) || isAsciiUpper(c);
}

bool allDigits(QStringView s) {
    for (QChar c : s) {
        if (!isAsciiDigit(c))
            return false;
    }
    return !s.isEmpty();
}

// Upper-cases ASCII letters only, so that 'x' becomes 'X' and nothing else changes
// meaning (full Unicode upper-casing would turn e.g. 'ß' into "SS").
QString asciiUpper(const QString &s) {
    QString out = s;
    for (QChar &c : out) {
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            c = QChar(c.unicode() - 'a' + 'A');
    }
    return out;
}

IdCheck refuse(const QString &normalized, IdProblem problem, const QString &message) {
    IdCheck check;
    check.normalized = normalized;
    check.problem = problem;
    check.message = message;
    return check;
}

IdCheck accept(const QString &normalized) {
    IdCheck check;
    check.ok = true;
    check.normalized = normalized;
    return check;
}

// First character that is not an ASCII letter or digit, or -1.
qsizetype firstNonAlnum(const QString &s) {
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!isAsciiAlnum(s.at(i)))
            return i;
    }
    return -1;
}

IdCheck refuseCharacter(const QString &s, qsizetype pos, const QString &allowed) {
    return refuse(
        s, IdProblem::BadCharacters,
        QCoreApplication::translate("IdDocument", "The ID number contains “%1” at position %2; %3")
            .arg(describeChar(s.at(pos)))
            .arg(pos + 1)
            .arg(allowed));
}

IdCheck refuseLength(const QString &s, const QString &expected) {
    return refuse(s, IdProblem::BadLength,
                  QCoreApplication::translate("IdDocument", "The ID number has %n character(s); %1",
                                              nullptr, int(s.size()))
                      .arg(expected));
}

// 17 digits + check character, as GB 11643-1999 (types 01, 05 2023 version, 06).
IdCheck checkMod11Number(const QString &s) {
    const QString allowed = QCoreApplication::translate(
        "IdDocument", "only digits are allowed, and X as the last character.");
    for (qsizetype i = 0; i < 17; ++i) {
        if (!isAsciiDigit(s.at(i)))
            return refuseCharacter(s, i, allowed);
    }
    const QChar last = s.at(17);
    if (!isAsciiDigit(last) && last != QLatin1Char('X'))
        return refuseCharacter(s, 17, allowed);
    const QChar expected = gb11643CheckCharacter(QStringView(s).left(17));
    if (expected != last) {
        return refuse(s, IdProblem::BadCheckDigit,
                      QCoreApplication::translate(
                          "IdDocument",
                          // Never the digit that would fit: told it, a nurse changes the last
                          // digit to it and the real typo stays (the result then matches no one).
                          "The ID number does not add up: its check digit does not fit the "
                          "other digits. A digit was probably mistyped or misread: compare "
                          "every digit with the document."));
    }
    return accept(s);
}

// Birth date YYYYMMDD at positions 7–14 of an 18-character number (15-digit numbers are
// checked after their upgrade, so the date shows with its century).
IdCheck checkBirthDate(const QString &s, const QDate &today) {
    const QString digits = s.mid(6, 8);
    const QDate birth = QDate::fromString(digits, QStringLiteral("yyyyMMdd"));
    if (!birth.isValid()) {
        return refuse(
            s, IdProblem::BadBirthDate,
            QCoreApplication::translate(
                "IdDocument", "The birth date in the ID number (“%1”) is not a real date.")
                .arg(digits));
    }
    if (today.isValid() && birth > today) {
        return refuse(s, IdProblem::FutureBirthDate,
                      QCoreApplication::translate(
                          "IdDocument", "The birth date in the ID number (%1) is in the future.")
                          .arg(birth.toString(Qt::ISODate)));
    }
    return accept(s);
}

IdCheck validateResidentCard(const QString &s, const QDate &today) {
    if (s.size() == 15) {
        // Legacy first-generation number: YYMMDD birth date, no check character.
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (!isAsciiDigit(s.at(i)))
                return refuseCharacter(s, i,
                                       QCoreApplication::translate(
                                           "IdDocument", "a 15-character number has only digits."));
        }
        QString upgraded = s.left(6) + QStringLiteral("19") + s.mid(6);
        upgraded.append(gb11643CheckCharacter(upgraded));
        IdCheck date = checkBirthDate(upgraded, today);
        if (!date.ok)
            return date;
        return accept(upgraded);
    }
    if (s.size() != 18) {
        return refuseLength(
            s, QCoreApplication::translate("IdDocument",
                                           "a resident identity card number has 18 characters "
                                           "(or 15 digits on an old card)."));
    }
    IdCheck check = checkMod11Number(s);
    if (!check.ok)
        return check;
    return checkBirthDate(s, today);
}

IdCheck validateHkMacaoPermit(const QString &s) {
    if (s.size() != 11) {
        return refuseLength(s, QCoreApplication::translate(
                                   "IdDocument",
                                   "a Mainland travel permit for Hong Kong and Macao residents "
                                   "has 11 characters (H or M and 10 digits)."));
    }
    const qsizetype bad = firstNonAlnum(s);
    if (bad >= 0)
        return refuseCharacter(
            s, bad,
            QCoreApplication::translate("IdDocument", "only letters and digits are allowed."));
    if (s.at(0) != QLatin1Char('H') && s.at(0) != QLatin1Char('M')) {
        return refuse(s, IdProblem::BadFormat,
                      QCoreApplication::translate(
                          "IdDocument",
                          "A Mainland travel permit for Hong Kong and Macao residents starts "
                          "with H or M, not “%1”.")
                          .arg(s.at(0)));
    }
    if (!allDigits(QStringView(s).mid(1))) {
        return refuse(s, IdProblem::BadFormat,
                      QCoreApplication::translate(
                          "IdDocument",
                          "A Mainland travel permit for Hong Kong and Macao residents has 10 "
                          "digits after the H or M."));
    }
    return accept(s);
}

IdCheck validateAlnumRange(const QString &s, int minLength, int maxLength,
                           const QString &lengthRule) {
    if (s.size() < minLength || s.size() > maxLength)
        return refuseLength(s, lengthRule);
    const qsizetype bad = firstNonAlnum(s);
    if (bad >= 0)
        return refuseCharacter(
            s, bad,
            QCoreApplication::translate("IdDocument", "only letters and digits are allowed."));
    return accept(s);
}

IdCheck validateForeignPermanent(const QString &s) {
    if (s.size() == 18) {
        // 2023 version: 9 + 16 digits + MOD 11-2 check character.
        if (s.at(0) != QLatin1Char('9')) {
            return refuse(s, IdProblem::BadRegionPrefix,
                          QCoreApplication::translate(
                              "IdDocument",
                              "An 18-character foreign permanent resident ID card number "
                              "starts with 9, not “%1”.")
                              .arg(describeChar(s.at(0))));
        }
        return checkMod11Number(s);
    }
    if (s.size() == 15) {
        // 2017 version: three letters (nationality) + 12 digits.
        const qsizetype bad = firstNonAlnum(s);
        if (bad >= 0)
            return refuseCharacter(
                s, bad,
                QCoreApplication::translate("IdDocument", "only letters and digits are allowed."));
        for (int i = 0; i < 3; ++i) {
            if (!isAsciiUpper(s.at(i))) {
                return refuse(s, IdProblem::BadFormat,
                              QCoreApplication::translate(
                                  "IdDocument",
                                  "A 15-character foreign permanent resident ID card number "
                                  "starts with 3 letters."));
            }
        }
        if (!allDigits(QStringView(s).mid(3))) {
            return refuse(s, IdProblem::BadFormat,
                          QCoreApplication::translate(
                              "IdDocument",
                              "A 15-character foreign permanent resident ID card number has 12 "
                              "digits after its 3 letters."));
        }
        return accept(s);
    }
    return refuseLength(s, QCoreApplication::translate(
                               "IdDocument",
                               "a foreign permanent resident ID card number has 18 characters "
                               "(2023 version) or 15 (2017 version)."));
}

IdCheck validateResidencePermit(const QString &s) {
    if (s.size() != 18) {
        return refuseLength(s, QCoreApplication::translate(
                                   "IdDocument",
                                   "a residence permit for Hong Kong, Macao and Taiwan residents "
                                   "has 18 characters."));
    }
    IdCheck check = checkMod11Number(s);
    if (!check.ok)
        return check;
    const QStringView prefix = QStringView(s).left(2);
    if (prefix != QLatin1String("81") && prefix != QLatin1String("82") &&
        prefix != QLatin1String("83")) {
        return refuse(s, IdProblem::BadRegionPrefix,
                      QCoreApplication::translate(
                          "IdDocument",
                          "A residence permit for Hong Kong, Macao and Taiwan residents starts "
                          "with 81, 82 or 83, not %1.")
                          .arg(prefix.toString()));
    }
    return check;
}

} // namespace

QString idTypeCode(IdType type) {
    switch (type) {
    case IdType::ResidentCard:
        return QStringLiteral("01");
    case IdType::HkMacaoPermit:
        return QStringLiteral("02");
    case IdType::TaiwanPermit:
        return QStringLiteral("03");
    case IdType::Passport:
        return QStringLiteral("04");
    case IdType::ForeignPermanent:
        return QStringLiteral("05");
    case IdType::HkMacaoTaiwanResidence:
        return QStringLiteral("06");
    case IdType::Other:
        return QStringLiteral("99");
    }
    return {};
}

std::optional<IdType> idTypeFromCode(const QString &code) {
    for (IdType type : allIdTypes()) {
        if (idTypeCode(type) == code)
            return type;
    }
    return std::nullopt;
}

QString idTypeDisplayName(IdType type) {
    switch (type) {
    case IdType::ResidentCard:
        return QCoreApplication::translate("IdDocument", "Resident identity card");
    case IdType::HkMacaoPermit:
        return QCoreApplication::translate(
            "IdDocument", "Mainland travel permit for Hong Kong and Macao residents");
    case IdType::TaiwanPermit:
        return QCoreApplication::translate("IdDocument",
                                           "Mainland travel permit for Taiwan residents");
    case IdType::Passport:
        return QCoreApplication::translate("IdDocument", "Passport");
    case IdType::ForeignPermanent:
        return QCoreApplication::translate("IdDocument", "Foreign permanent resident ID card");
    case IdType::HkMacaoTaiwanResidence:
        return QCoreApplication::translate(
            "IdDocument", "Residence permit for Hong Kong, Macao and Taiwan residents");
    case IdType::Other:
        return QCoreApplication::translate("IdDocument", "Other document");
    }
    return {};
}

QList<IdType> allIdTypes() {
    return {IdType::ResidentCard, IdType::HkMacaoPermit,    IdType::TaiwanPermit,
            IdType::Passport,     IdType::ForeignPermanent, IdType::HkMacaoTaiwanResidence,
            IdType::Other};
}

QChar gb11643CheckCharacter(QStringView first17) {
    static constexpr std::array<int, 17> weights = {7, 9, 10, 5,  8, 4, 2, 1, 6,
                                                    3, 7, 9,  10, 5, 8, 4, 2};
    static constexpr char checkCharacters[] = "10X98765432";
    if (first17.size() != 17)
        return QChar();
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = first17.at(i);
        if (!isAsciiDigit(c))
            return QChar();
        sum += (c.unicode() - '0') * weights[std::size_t(i)];
    }
    return QLatin1Char(checkCharacters[sum % 11]);
}

IdCheck validateIdNumber(IdType type, const QString &raw, const QDate &today) {
    const QString s = asciiUpper(raw.trimmed());
    if (s.isEmpty())
        return refuse(s, IdProblem::Empty,
                      QCoreApplication::translate("IdDocument", "The ID number is empty."));

    switch (type) {
    case IdType::ResidentCard:
        return validateResidentCard(s, today);
    case IdType::HkMacaoPermit:
        return validateHkMacaoPermit(s);
    case IdType::TaiwanPermit:
        return validateAlnumRange(
            s, 8, 10,
            QCoreApplication::translate("IdDocument",
                                        "a Mainland travel permit for Taiwan residents has 8 to "
                                        "10 letters and digits."));
    case IdType::Passport:
        return validateAlnumRange(
            s, 5, 17,
            QCoreApplication::translate("IdDocument", "a passport number has 5 to 17 letters and "
                                                      "digits."));
    case IdType::ForeignPermanent:
        return validateForeignPermanent(s);
    case IdType::HkMacaoTaiwanResidence:
        return validateResidencePermit(s);
    case IdType::Other:
        return validateAlnumRange(
            s, 1, 32,
            QCoreApplication::translate("IdDocument",
                                        "a document number has 1 to 32 letters and digits."));
    }
    return refuse(s, IdProblem::BadFormat,
                  QCoreApplication::translate("IdDocument", "Unknown ID document type."));
}

QString maskIdNumber(const QString &idNumber) {
    // Each end keeps at most 4 characters and at most a quarter of the number, so the
    // kept part is never more than half of it.
    const qsizetype keep = std::min<qsizetype>(4, idNumber.size() / 4);
    QString masked = idNumber;
    for (qsizetype i = keep; i < idNumber.size() - keep; ++i)
        masked[i] = QLatin1Char('*');
    return masked;
}

QString maskPersonName(const QString &name) {
    const QString n = name.trimmed();
    if (n.size() <= 1)
        return QStringLiteral("*");
    if (n.size() == 2)
        return n.left(1) + QLatin1Char('*');
    return n.left(1) + QString(n.size() - 2, QLatin1Char('*')) + n.right(1);
}

} // namespace station
