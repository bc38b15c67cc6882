// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/BatchRequest.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace station::protocol {

QJsonObject auditHeadJson(const AuditHead &head) {
    return QJsonObject{{QStringLiteral("seq"), head.seq}, {QStringLiteral("mac"), head.mac}};
}

std::optional<AuditHead> auditHeadFromJson(const QJsonValue &value) {
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    const QJsonValue seq = o.value(QLatin1String("seq"));
    const QJsonValue mac = o.value(QLatin1String("mac"));
    if (!seq.isDouble() || !mac.isString())
        return std::nullopt;
    const double n = seq.toDouble();
    if (n < 0 || n > 9007199254740991.0 || n != double(qint64(n)))
        return std::nullopt;
    return AuditHead{qint64(n), mac.toString()};
}

QJsonObject stationStatusJson(const StationStatus &status) {
    return QJsonObject{{QStringLiteral("table"), status.table},
                       {QStringLiteral("pending"), status.pending},
                       {QStringLiteral("oldest_pending_at"),
                        status.oldestPendingAt.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                         : QJsonValue(status.oldestPendingAt)}};
}

std::optional<StationStatus> stationStatusFromJson(const QJsonValue &value) {
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    const QJsonValue table = o.value(QLatin1String("table"));
    const QJsonValue pending = o.value(QLatin1String("pending"));
    const QJsonValue oldest = o.value(QLatin1String("oldest_pending_at"));
    if (!table.isString() || !pending.isDouble() ||
        !(oldest.isString() || oldest.isNull() || oldest.isUndefined()))
        return std::nullopt;
    const double n = pending.toDouble();
    if (n < 0 || n > 9007199254740991.0 || n != double(qint64(n)))
        return std::nullopt;
    return StationStatus{table.toString().left(64), qint64(n), oldest.toString().left(40)};
}

QByteArray batchRequestBody(const QString &station, const QList<OutgoingRecord> &records,
                            const std::optional<AuditHead> &auditHead,
                            const std::optional<StationStatus> &stationStatus,
                            const QList<RelayedAuditHead> &relayedAuditHeads) {
    QJsonArray list;
    for (const OutgoingRecord &record : records) {
        list.append(QJsonObject{{QStringLiteral("uuid"), record.uuid},
                                {QStringLiteral("kind"), record.kind},
                                {QStringLiteral("seq"), record.seq},
                                {QStringLiteral("created_at"), record.createdAt},
                                {QStringLiteral("content"), QString::fromUtf8(record.payload)},
                                {QStringLiteral("hash"), record.contentHash}});
    }
    QJsonObject body{{QStringLiteral("station"), station}, {QStringLiteral("records"), list}};
    if (auditHead)
        body.insert(QStringLiteral("audit_head"), auditHeadJson(*auditHead));
    if (stationStatus)
        body.insert(QStringLiteral("station_status"), stationStatusJson(*stationStatus));
    if (!relayedAuditHeads.isEmpty()) {
        QJsonArray heads;
        for (const RelayedAuditHead &relayed : relayedAuditHeads) {
            QJsonObject head = auditHeadJson(relayed.head);
            head.insert(QStringLiteral("station"), relayed.station);
            heads.append(head);
        }
        body.insert(QStringLiteral("relayed_audit_heads"), heads);
    }
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
    std::optional<AuditHead> head;
    if (body.contains(QLatin1String("audit_head"))) {
        head = auditHeadFromJson(body.value(QLatin1String("audit_head")));
        if (!head) {
            *reason = QCoreApplication::translate(
                "BatchRequest", "'audit_head' needs a whole number 'seq' and a string 'mac'");
            return std::nullopt;
        }
    }
    QList<RelayedAuditHead> relayedHeads;
    if (body.contains(QLatin1String("relayed_audit_heads"))) {
        const QJsonValue list = body.value(QLatin1String("relayed_audit_heads"));
        const QJsonArray heads = list.toArray();
        bool wellFormed = list.isArray() && heads.size() <= kMaxRelayedAuditHeads;
        for (qsizetype i = 0; wellFormed && i < heads.size(); ++i) {
            const QJsonValue stationId = heads.at(i).toObject().value(QLatin1String("station"));
            const std::optional<AuditHead> relayed = auditHeadFromJson(heads.at(i));
            wellFormed = relayed && stationId.isString() && !stationId.toString().isEmpty() &&
                         stationId.toString().size() <= 128;
            if (wellFormed)
                relayedHeads.append(RelayedAuditHead{stationId.toString(), *relayed});
        }
        if (!wellFormed) {
            *reason = QCoreApplication::translate(
                          "BatchRequest",
                          "'relayed_audit_heads' needs at most %1 objects, each with a string "
                          "'station', a whole number 'seq' and a string 'mac'")
                          .arg(kMaxRelayedAuditHeads);
            return std::nullopt;
        }
    }
    return BatchRequest{station.toString(), records.toArray(), head,
                        stationStatusFromJson(body.value(QLatin1String("station_status"))),
                        relayedHeads};
}

} // namespace station::protocol
