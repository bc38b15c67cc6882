// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/SyncTestRecords.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace station::test {

QByteArray SyncTestRecord::payload() const {
    QJsonObject object = extra;
    object.insert(QStringLiteral("site"), site);
    object.insert(QStringLiteral("station"), station);
    object.insert(QStringLiteral("at"), at);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString SyncTestRecord::hash() const {
    return QString::fromLatin1(
        QCryptographicHash::hash(payload(), QCryptographicHash::Sha256).toHex());
}

QJsonObject SyncTestRecord::toJson() const {
    return QJsonObject{{QStringLiteral("uuid"), uuid},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("seq"), seq},
                       {QStringLiteral("created_at"), at},
                       {QStringLiteral("content"), QString::fromUtf8(payload())},
                       {QStringLiteral("hash"), hash()}};
}

QJsonObject syncBatch(const QString &station, const QList<QJsonObject> &records) {
    QJsonArray list;
    for (const QJsonObject &record : records)
        list.append(record);
    return QJsonObject{{QStringLiteral("station"), station}, {QStringLiteral("records"), list}};
}

} // namespace station::test
