// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/SitePersonKey.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace station::protocol {

QString sitePersonKey(const QByteArray &siteKey, const QString &idType, const QString &idNumber) {
    if (siteKey.isEmpty())
        return {};
    const QByteArray message =
        QByteArrayLiteral("person-v1\n") + idType.toUtf8() + '\n' + idNumber.toUpper().toUtf8();
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(message, siteKey, QCryptographicHash::Sha256).toHex());
}

std::optional<QByteArray> siteKeyFromHex(const QString &text) {
    const QString hex = text.trimmed();
    if (hex.size() != 2 * kSiteKeyBytes)
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

QByteArray announcedSiteKey(const QByteArray &body) {
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return {};
    return siteKeyFromHex(document.object().value(QLatin1String("site_key")).toString())
        .value_or(QByteArray());
}

} // namespace station::protocol
