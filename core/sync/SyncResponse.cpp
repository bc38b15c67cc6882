// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace station {

namespace {

// A body that is not a JSON object (or not JSON) gives an empty object.
QJsonObject bodyObject(const QByteArray &body) {
    return QJsonDocument::fromJson(body).object();
}

} // namespace

QString syncErrorReason(const QByteArray &body) {
    return bodyObject(body).value(QStringLiteral("reason")).toString();
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
                        r.value(QStringLiteral("reason")).toString()};
        if (o.uuid != sentUuids.at(i))
            return std::nullopt;
        outcomes.append(std::move(o));
    }
    return outcomes;
}

} // namespace station
