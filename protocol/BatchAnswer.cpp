// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/BatchAnswer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace station::protocol {

namespace {

constexpr RecordStatus kStatuses[] = {RecordStatus::Accepted, RecordStatus::Duplicate,
                                      RecordStatus::Conflict, RecordStatus::Rejected};

// A body that is not a JSON object (or not JSON) gives an empty object.
QJsonObject bodyObject(const QByteArray &body) {
    return QJsonDocument::fromJson(body).object();
}

} // namespace

QString recordStatusName(RecordStatus status) {
    switch (status) {
    case RecordStatus::Accepted:
        return QStringLiteral("accepted");
    case RecordStatus::Duplicate:
        return QStringLiteral("duplicate");
    case RecordStatus::Conflict:
        return QStringLiteral("conflict");
    case RecordStatus::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

std::optional<RecordStatus> recordStatusFromName(const QString &name) {
    for (RecordStatus status : kStatuses) {
        if (recordStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

QJsonObject batchAnswerBody(const QList<RecordOutcome> &results, const QString &serverTime,
                            const std::optional<AuditHead> &storedHead) {
    QJsonArray list;
    QJsonObject body;
    for (RecordStatus status : kStatuses)
        body.insert(recordStatusName(status), 0);
    for (const RecordOutcome &result : results) {
        QJsonObject item{{QStringLiteral("uuid"), result.uuid},
                         {QStringLiteral("status"), result.status},
                         {QStringLiteral("reason"), result.reason}};
        if (!result.code.isEmpty())
            item.insert(QStringLiteral("code"), result.code);
        list.append(item);
        if (body.contains(result.status))
            body.insert(result.status, body.value(result.status).toInt() + 1);
    }
    body.insert(QStringLiteral("results"), list);
    body.insert(QStringLiteral("server_time"), serverTime);
    if (storedHead)
        body.insert(QStringLiteral("audit_head"), auditHeadJson(*storedHead));
    return body;
}

std::optional<AuditHead> batchAnswerAuditHead(const QByteArray &body) {
    return auditHeadFromJson(bodyObject(body).value(QStringLiteral("audit_head")));
}

QJsonObject errorBody(const QString &code, const QString &reason) {
    return QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("reason"), reason}};
}

QString syncErrorReason(const QByteArray &body) {
    return bodyObject(body).value(QStringLiteral("reason")).toString();
}

QString syncErrorCode(const QByteArray &body) {
    return bodyObject(body).value(QStringLiteral("error")).toString();
}

QString syncDeviceToken(const QByteArray &body) {
    return bodyObject(body).value(QStringLiteral("device_token")).toString();
}

std::optional<QList<RecordOutcome>> parseBatchAnswer(const QByteArray &body,
                                                     const QStringList &sentUuids) {
    const QJsonArray results = bodyObject(body).value(QStringLiteral("results")).toArray();
    if (results.size() != sentUuids.size())
        return std::nullopt;
    QList<RecordOutcome> outcomes;
    outcomes.reserve(results.size());
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject r = results.at(i).toObject();
        RecordOutcome o{r.value(QStringLiteral("uuid")).toString(),
                        r.value(QStringLiteral("status")).toString(),
                        r.value(QStringLiteral("reason")).toString(),
                        r.value(QStringLiteral("code")).toString()};
        if (o.uuid != sentUuids.at(i))
            return std::nullopt;
        outcomes.append(std::move(o));
    }
    return outcomes;
}

} // namespace station::protocol
