// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/ResidentCodeKey.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonValue>
#include <QStringList>

#include <algorithm>

namespace station::protocol {

namespace {
const QString kField = QStringLiteral("resident_code_public_key");
} // namespace

std::optional<QByteArray> residentCodeKeyFromHex(const QString &text) {
    const QString hex = text.trimmed();
    if (hex.size() != 2 * kResidentCodeKeyBytes)
        return std::nullopt;
    const bool allHex = std::all_of(hex.begin(), hex.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
               (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
               (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
    });
    if (!allHex)
        return std::nullopt;
    return QByteArray::fromHex(hex.toLatin1());
}

AnnouncedCodeKey announcedResidentCodeKey(const QByteArray &body) {
    const QJsonValue value = QJsonDocument::fromJson(body).object().value(kField);
    if (value.isUndefined() || value.isNull())
        return {};
    AnnouncedCodeKey announced;
    const std::optional<QByteArray> key =
        value.isString() ? residentCodeKeyFromHex(value.toString()) : std::nullopt;
    // Surrounding spaces are for files, not for the wire.
    if (!key || value.toString().trimmed() != value.toString()) {
        announced.state = AnnouncedCodeKey::State::Malformed;
        return announced;
    }
    announced.state = AnnouncedCodeKey::State::Valid;
    announced.key = *key;
    return announced;
}

void announceResidentCodeKey(QJsonObject *answer, const QByteArray &key) {
    if (!key.isEmpty())
        answer->insert(kField, QString::fromLatin1(key.toHex()));
}

QString residentCodeKeyFingerprint(const QByteArray &key) {
    if (key.isEmpty())
        return {};
    const QString digits = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16).toUpper());
    QStringList groups;
    for (int i = 0; i < digits.size(); i += 4)
        groups.append(digits.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

} // namespace station::protocol
