// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the station's reading of the province server's answers (SyncResponse):
// the error reason, the device token and the outcomes of an uploaded batch, on an
// arbitrary body. An answer matches a batch only when it names exactly the records sent,
// in order; then its outcomes carry the answer's own status and reason.
#include "bench/fuzz/FuzzTargets.h"

#include "core/sync/SyncResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

namespace station::fuzz {

namespace {

// The answer's results read directly with QJsonDocument: what parseBatchAnswer must agree
// with. The body is parsed once more here on purpose, independently of the station code.
QList<RecordOutcome> resultsOf(const QByteArray &body) {
    QList<RecordOutcome> out;
    const QJsonArray results =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("results")).toArray();
    for (const QJsonValue &v : results) {
        const QJsonObject r = v.toObject();
        out.append({r.value(QStringLiteral("uuid")).toString(),
                    r.value(QStringLiteral("status")).toString(),
                    r.value(QStringLiteral("reason")).toString()});
    }
    return out;
}

void checkMatched(const std::optional<QList<RecordOutcome>> &outcomes,
                  const QList<RecordOutcome> &expected) {
    if (!outcomes || outcomes->size() != expected.size())
        std::abort();
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const RecordOutcome &o = outcomes->at(i);
        const RecordOutcome &e = expected.at(i);
        if (o.uuid != e.uuid || o.status != e.status || o.reason != e.reason)
            std::abort();
    }
}

} // namespace

int syncResponse(const std::uint8_t *data, std::size_t size) {
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    // Error bodies and token answers: any bytes give a string (maybe empty), the same twice.
    if (syncErrorReason(body) != syncErrorReason(body) ||
        syncDeviceToken(body) != syncDeviceToken(body))
        std::abort();

    // A batch of up to four records with fixed uuids: at most one batch size can match,
    // and a match names the records sent, in order.
    static const QStringList fixed{QStringLiteral("5f0c1d9e-2a4b-4c6d-8e0f-1a2b3c4d5e6f"),
                                   QStringLiteral("0b7e8f90-1a2b-4c3d-9e4f-5a6b7c8d9e0f"),
                                   QStringLiteral("9a11b2c3-d4e5-4f60-8172-839405a6b7c8"),
                                   QStringLiteral("e3d0f1a2-b3c4-4d5e-a6f7-08192a3b4c5d")};
    int matches = 0;
    for (qsizetype k = 0; k <= fixed.size(); ++k) {
        const QStringList sent = fixed.mid(0, k);
        const std::optional<QList<RecordOutcome>> outcomes = parseBatchAnswer(body, sent);
        if (!outcomes)
            continue;
        ++matches;
        if (outcomes->size() != k)
            std::abort();
        for (qsizetype i = 0; i < k; ++i) {
            if (outcomes->at(i).uuid != sent.at(i))
                std::abort();
        }
    }
    if (matches > 1)
        std::abort();

    // The batch the answer names: it matches, with the answer's statuses and reasons.
    const QList<RecordOutcome> named = resultsOf(body);
    QStringList sent;
    for (const RecordOutcome &o : named)
        sent.append(o.uuid);
    checkMatched(parseBatchAnswer(body, sent), named);
    // One record more, one fewer, or one uuid different: no match.
    if (parseBatchAnswer(body, sent + QStringList{QStringLiteral("extra")}))
        std::abort();
    if (!sent.isEmpty()) {
        if (parseBatchAnswer(body, sent.mid(0, sent.size() - 1)))
            std::abort();
        QStringList changed = sent;
        const qsizetype at = qsizetype(size % std::size_t(sent.size()));
        changed[at].append(QLatin1Char('x'));
        if (parseBatchAnswer(body, changed))
            std::abort();
    }
    return 0;
}

} // namespace station::fuzz

STATION_FUZZ_TARGET(station::fuzz::syncResponse)
