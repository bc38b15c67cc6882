// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ResidentCodeFields.h"
#include "core/domain/AsciiChars.h"

#include <QCoreApplication>

namespace station {

namespace {

constexpr int kMaxNameLength = 64;
constexpr int kMaxAddressLength = 128;
constexpr int kMaxGroupLength = 16;

// Code points, so that a character outside the BMP counts once.
qsizetype characterCount(const QString &s) {
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!s.at(i).isLowSurrogate())
            ++n;
    }
    return n;
}

// YYYY-MM-DD with exactly these digits (QDate::fromString also takes "2026-6-1").
bool isIsoDateShape(const QString &s) {
    if (s.size() != 10)
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const bool dash = i == 4 || i == 7;
        if (dash ? s.at(i) != QLatin1Char('-') : !isAsciiDigit(s.at(i)))
            return false;
    }
    return true;
}

} // namespace

std::optional<QString> registrationIdProblem(const QString &rid) {
    for (QChar c : rid) {
        if (!isAsciiDigit(c) && !isAsciiUpper(c) && !isAsciiLower(c) && c != QLatin1Char('-')) {
            return QCoreApplication::translate(
                       "ResidentCode",
                       "The registration id contains “%1”; only letters A–Z and a–z, "
                       "digits and “-” are allowed.")
                .arg(describeChar(c));
        }
    }
    if (rid.size() < 8 || rid.size() > 32) {
        return QCoreApplication::translate("ResidentCode",
                                           "The registration id has %1 characters; it "
                                           "must have 8 to 32.")
            .arg(rid.size());
    }
    return std::nullopt;
}

std::optional<QString> nameProblem(const QString &name) {
    if (!name.isValidUtf16()) {
        return QCoreApplication::translate("ResidentCode",
                                           "The name contains an invalid (unpaired) character.");
    }
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control) {
            return QCoreApplication::translate("ResidentCode",
                                               "The name contains a control character (%1).")
                .arg(describeChar(c));
        }
    }
    const qsizetype length = characterCount(name);
    if (length == 0) {
        return QCoreApplication::translate("ResidentCode", "The name is empty.");
    }
    if (length > kMaxNameLength) {
        return QCoreApplication::translate("ResidentCode",
                                           "The name has %1 characters; at most %2 are allowed.")
            .arg(length)
            .arg(kMaxNameLength);
    }
    return std::nullopt;
}

std::optional<QString> phoneProblem(const QString &phone) {
    const QString rule = QCoreApplication::translate(
        "ResidentCode", "a mainland number has 11 digits starting with 1; an international "
                        "number is + followed by 6 to 15 digits.");
    for (qsizetype i = 0; i < phone.size(); ++i) {
        const QChar c = phone.at(i);
        if (!isAsciiDigit(c) && !(i == 0 && c == QLatin1Char('+'))) {
            return QCoreApplication::translate("ResidentCode", "The phone number contains “%1”; %2")
                .arg(describeChar(c), rule);
        }
    }
    // Only digits and a leading '+' are left here.
    const bool international = phone.startsWith(QLatin1Char('+'));
    const qsizetype digits = phone.size() - (international ? 1 : 0);
    const bool valid = international ? digits >= 6 && digits <= 15
                                     : digits == 11 && phone.startsWith(QLatin1Char('1'));
    if (!valid) {
        return QCoreApplication::translate("ResidentCode", "The phone number is not valid: %1")
            .arg(rule);
    }
    return std::nullopt;
}

std::optional<QString> addressProblem(const QString &address) {
    const qsizetype length = characterCount(address);
    if (length > kMaxAddressLength) {
        return QCoreApplication::translate("ResidentCode",
                                           "The address has %1 characters; at most %2 are allowed.")
            .arg(length)
            .arg(kMaxAddressLength);
    }
    return std::nullopt;
}

std::optional<QString> groupProblem(const QString &group) {
    for (QChar c : group) {
        if (!isAsciiDigit(c) && !isAsciiUpper(c) && c != QLatin1Char('_')) {
            return QCoreApplication::translate(
                       "ResidentCode", "The population group code contains “%1”; only A–Z, 0–9 and "
                                       "“_” are allowed.")
                .arg(describeChar(c));
        }
    }
    if (group.size() > kMaxGroupLength) {
        return QCoreApplication::translate("ResidentCode", "The population group code has %1 "
                                                           "characters; at most 16 are allowed.")
            .arg(group.size());
    }
    return std::nullopt;
}

std::optional<QDate> parseExpiryDate(const QString &text) {
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!isIsoDateShape(text) || !date.isValid())
        return std::nullopt;
    return date;
}

} // namespace station
