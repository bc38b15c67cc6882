// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QJsonValue>
#include <QStringView>

// The canonical JSON text that resident-code signatures cover (resident-code-v1.md):
// object keys sorted by their UTF-8 bytes, no whitespace, strings escaped only where JSON
// requires it, non-ASCII characters written as themselves (UTF-8). QJsonDocument cannot
// be used: it sorts keys in UTF-16 order and escapes differently.
namespace station::canonicaljson {

// Appends `text` as a JSON string literal: `"` and `\` escaped, control characters as
// \b \f \n \r \t or \u00xx, unpaired surrogates as \udxxx, everything else as UTF-8.
void appendString(QByteArray &out, QStringView text);

// Appends `value` canonically (objects recursively with sorted keys). Integral numbers
// are written without a fraction; other numbers in their shortest round-trip form.
void appendValue(QByteArray &out, const QJsonValue &value);

QByteArray serialize(const QJsonValue &value);

} // namespace station::canonicaljson
