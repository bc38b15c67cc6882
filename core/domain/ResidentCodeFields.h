// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QString>

#include <optional>

// The value rules of the resident-code v1 fields (shared/resident-code-v1.md), used by the
// parser and available to manual entry. Each returns a translated message that says what
// is wrong with the value, or nullopt when it is fine.
namespace station {

std::optional<QString> registrationIdProblem(const QString &rid); // 8–32 of A-Z a-z 0-9 -
std::optional<QString> nameProblem(const QString &trimmedName);   // 1–64, no control chars
std::optional<QString> phoneProblem(const QString &phone);        // 1 + 10 digits, or + 6–15
std::optional<QString> addressProblem(const QString &address);    // up to 128 characters
std::optional<QString> groupProblem(const QString &group);        // up to 16 of A-Z 0-9 _

// The last valid day, when `text` is exactly YYYY-MM-DD and a real date.
std::optional<QDate> parseExpiryDate(const QString &text);

} // namespace station
