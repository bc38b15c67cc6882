// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the station's reading of the province server's answers (protocol/BatchAnswer):
// the error reason, the device token and the outcomes of an uploaded batch, on an
// arbitrary body. An answer matches a batch only when it names exactly the records sent,
// in order; then its outcomes carry the answer's own status and reason. (Qt's JSON parser
// itself is not instrumented, so libFuzzer's coverage sees only the station's code;
// bench/fuzz/sync_response.dict gives it JSON tokens to build answers from.)
#include "bench/fuzz/FuzzTargets.h"

#include "protocol/BatchAnswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

namespace station::fuzz {

namespace {

using protocol::parseBatchAnswer;
using protocol::RecordOutcome;
using protocol::syncDeviceToken;
using protocol::syncErrorReason;

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
                    r.value(QStringLiteral("reason")).toString(),
                    r.value(QStringLiteral("code")).toString()});
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
        if (o.uuid != e.uuid || o.status != e.status || o.reason != e.reason || o.code != e.code)
            std::abort();
    }
}

} // namespace

int syncResponse(const std::uint8_t *data, std::size_t size) {
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    // Error bodies and token answers: whatever the bytes, a string (maybe empty); the
    // sanitizers watch the reading.
    syncErrorReason(body);
    syncDeviceToken(body);

    // The batch the answer names matches, with the answer's statuses and reasons.
    const QList<RecordOutcome> named = resultsOf(body);
    QStringList sent;
    for (const RecordOutcome &o : named)
        sent.append(o.uuid);
    checkMatched(parseBatchAnswer(body, sent), named);
    // One record more, or one uuid different: no match.
    if (parseBatchAnswer(body, sent + QStringList{QStringLiteral("extra")}))
        std::abort();
    if (!sent.isEmpty()) {
        QStringList changed = sent;
        changed[qsizetype(size % std::size_t(sent.size()))].append(QLatin1Char('x'));
        if (parseBatchAnswer(body, changed))
            std::abort();
    }
    // A batch of as many records with the uuids of the seed corpus: a match names them, in
    // order.
    static const QStringList fixed{QStringLiteral("5f0c1d9e-2a4b-4c6d-8e0f-1a2b3c4d5e6f"),
                                   QStringLiteral("0b7e8f90-1a2b-4c3d-9e4f-5a6b7c8d9e0f"),
                                   QStringLiteral("9a11b2c3-d4e5-4f60-8172-839405a6b7c8"),
                                   QStringLiteral("e3d0f1a2-b3c4-4d5e-a6f7-08192a3b4c5d")};
    if (named.size() <= fixed.size()) {
        const QStringList batch = fixed.mid(0, named.size());
        const std::optional<QList<RecordOutcome>> outcomes = parseBatchAnswer(body, batch);
        if (outcomes.has_value() != (sent == batch))
            std::abort();
        if (outcomes)
            checkMatched(outcomes, named);
    }
    return 0;
}

} // namespace station::fuzz

STATION_FUZZ_TARGET(station::fuzz::syncResponse)
