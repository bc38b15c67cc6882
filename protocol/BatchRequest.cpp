// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/BatchRequest.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace station::protocol {

QByteArray batchRequestBody(const QString &station, const QList<OutgoingRecord> &records) {
    QJsonArray list;
    for (const OutgoingRecord &record : records) {
        list.append(QJsonObject{{QStringLiteral("uuid"), record.uuid},
                                {QStringLiteral("kind"), record.kind},
                                {QStringLiteral("seq"), record.seq},
                                {QStringLiteral("created_at"), record.createdAt},
                                {QStringLiteral("content"), QString::fromUtf8(record.payload)},
                                {QStringLiteral("hash"), record.contentHash}});
    }
    const QJsonObject body{{QStringLiteral("station"), station}, {QStringLiteral("records"), list}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::optional<BatchRequest> parseBatchRequest(const QJsonObject &body, QString *reason) {
    const QJsonValue station = body.value(QLatin1String("station"));
    const QJsonValue records = body.value(QLatin1String("records"));
    if (!station.isString() || !records.isArray()) {
        *reason = QCoreApplication::translate(
            "BatchRequest", "the body needs a string 'station' and an array 'records'");
        return std::nullopt;
    }
    return BatchRequest{station.toString(), records.toArray()};
}

} // namespace station::protocol
