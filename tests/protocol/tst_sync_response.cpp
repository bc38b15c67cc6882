// SPDX-License-Identifier: GPL-3.0-or-later
// The station's reading of the province server's answers
// (docs/sync-protocol.md) — error reasons, device tokens and batch outcomes — including
// bodies that are not what the protocol says.
#include "protocol/BatchAnswer.h"
#include "protocol/BatchRequest.h"

#include <QJsonDocument>
#include <QTest>

using namespace station::protocol;

namespace {

const QString kA = QStringLiteral("5f0c1d9e-2a4b-4c6d-8e0f-1a2b3c4d5e6f");
const QString kB = QStringLiteral("0b7e8f90-1a2b-4c3d-9e4f-5a6b7c8d9e0f");

// A 200 answer to a batch of two, shaped as the server sends it (docs/sync-protocol.md).
QByteArray batchAnswer(const QString &a, const QString &b) {
    return QStringLiteral("{\"results\": ["
                          "{\"uuid\": \"%1\", \"status\": \"accepted\", \"reason\": \"\"}, "
                          "{\"uuid\": \"%2\", \"status\": \"conflict\", "
                          "\"reason\": \"uuid already stored with different content\"}], "
                          "\"accepted\": 1, \"duplicate\": 0, \"conflict\": 1, \"rejected\": 0, "
                          "\"server_time\": \"2026-11-25T08:45:00.001Z\"}")
        .arg(a, b)
        .toUtf8();
}

} // namespace

class tst_SyncResponse : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void errorReason_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("server error body")
            << QByteArray(R"({"error":"storage_unavailable","reason":"disk full"})")
            << QStringLiteral("disk full");
        QTest::newRow("unicode escape")
            << QByteArray(R"({"reason":"\u7f3a\u5c11 site"})")
            << (QString(QChar(0x7f3a)) + QChar(0x5c11) + QStringLiteral(" site"));
        QTest::newRow("no reason") << QByteArray(R"({"error":"x"})") << QString();
        QTest::newRow("reason not a string") << QByteArray(R"({"reason":42})") << QString();
        QTest::newRow("top level array") << QByteArray(R"(["reason"])") << QString();
        QTest::newRow("HTML error page")
            << QByteArray("<html><body>502 Bad Gateway</body></html>") << QString();
        QTest::newRow("truncated JSON") << QByteArray("{\"reason\":\"disk f") << QString();
        QTest::newRow("empty body") << QByteArray() << QString();
    }

    void errorReason() {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        QCOMPARE(syncErrorReason(body), reason);
    }

    void deviceToken_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("token");
        QTest::newRow("enroll answer")
            << QByteArray(R"({"device_token":"tok-123","site":"GZ-TH-017","device_id":"t03"})")
            << QStringLiteral("tok-123");
        QTest::newRow("rotate answer")
            << QByteArray(R"({"device_token":"fresh"})") << QStringLiteral("fresh");
        QTest::newRow("error body")
            << QByteArray(R"({"error":"forbidden","reason":"code expired"})") << QString();
        QTest::newRow("token not a string") << QByteArray(R"({"device_token":["a"]})") << QString();
        QTest::newRow("not JSON") << QByteArray("device_token=abc") << QString();
    }

    void deviceToken() {
        QFETCH(QByteArray, body);
        QFETCH(QString, token);
        QCOMPARE(syncDeviceToken(body), token);
    }

    void matchingAnswerGivesEachOutcome() {
        const auto outcomes = parseBatchAnswer(batchAnswer(kA, kB), {kA, kB});
        QVERIFY(outcomes.has_value());
        QCOMPARE(outcomes->size(), 2);
        QCOMPARE(outcomes->at(0).uuid, kA);
        QCOMPARE(outcomes->at(0).status, QStringLiteral("accepted"));
        QCOMPARE(outcomes->at(0).reason, QString());
        QCOMPARE(outcomes->at(1).uuid, kB);
        QCOMPARE(outcomes->at(1).status, QStringLiteral("conflict"));
        QCOMPARE(outcomes->at(1).reason,
                 QStringLiteral("uuid already stored with different content"));
    }

    void unknownStatusIsPassedOn() {
        // Deciding what an unknown status does is OutboxStore's job (it stays pending).
        const auto outcomes = parseBatchAnswer(
            QByteArray(R"({"results":[{"uuid":"u1","status":"later"}]})"), {QStringLiteral("u1")});
        QVERIFY(outcomes.has_value());
        QCOMPARE(outcomes->at(0).status, QStringLiteral("later"));
        QCOMPARE(outcomes->at(0).reason, QString());
    }

    void emptyBatchMatchesEmptyResults() {
        const auto outcomes = parseBatchAnswer(QByteArray(R"({"results":[]})"), {});
        QVERIFY(outcomes.has_value());
        QVERIFY(outcomes->isEmpty());
    }

    void answerNotMatchingTheBatch_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("sent");
        QTest::newRow("order swapped") << batchAnswer(kB, kA) << QStringList{kA, kB};
        QTest::newRow("other uuid")
            << batchAnswer(kA, QStringLiteral("9a11b2c3-d4e5-4f60-8172-839405a6b7c8"))
            << QStringList{kA, kB};
        QTest::newRow("one result fewer") << batchAnswer(kA, kB) << QStringList{kA, kB, kA};
        QTest::newRow("one result more") << batchAnswer(kA, kB) << QStringList{kA};
        QTest::newRow("uuid differs in case")
            << batchAnswer(kA, kB.toUpper()) << QStringList{kA, kB};
        QTest::newRow("results not an array")
            << QByteArray(R"({"results":{"uuid":"u1","status":"accepted"}})")
            << QStringList{QStringLiteral("u1")};
        QTest::newRow("result not an object")
            << QByteArray(R"({"results":["u1"]})") << QStringList{QStringLiteral("u1")};
        QTest::newRow("uuid not a string")
            << QByteArray(R"({"results":[{"uuid":1,"status":"accepted"}]})")
            << QStringList{QStringLiteral("1")};
        QTest::newRow("error body with 200")
            << QByteArray(R"({"error":"x","reason":"y"})") << QStringList{kA};
        QTest::newRow("truncated") << batchAnswer(kA, kB).chopped(3) << QStringList{kA, kB};
        QTest::newRow("empty body") << QByteArray() << QStringList{kA};
    }

    void answerNotMatchingTheBatch() {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, sent);
        QVERIFY(!parseBatchAnswer(body, sent).has_value());
    }

    // The audit head goes with the batch and comes back in the answer (section 3, "The
    // audit anchor"); a malformed one makes the batch unreadable, an answer without one
    // has none.
    void auditHeadTravelsBothWays() {
        const AuditHead head{3117, QStringLiteral("9d4e")};
        const QByteArray body = batchRequestBody(QStringLiteral("gz-th-017-t03"), {}, head);
        QString reason;
        const auto batch = parseBatchRequest(QJsonDocument::fromJson(body).object(), &reason);
        QVERIFY2(batch.has_value(), qPrintable(reason));
        QVERIFY(batch->auditHead.has_value());
        QCOMPARE(batch->auditHead->seq, 3117);
        QCOMPARE(batch->auditHead->mac, QStringLiteral("9d4e"));
        const auto without = parseBatchRequest(
            QJsonDocument::fromJson(batchRequestBody(QStringLiteral("s"), {})).object(), &reason);
        QVERIFY(without.has_value());
        QVERIFY(!without->auditHead.has_value());
        for (const char *bad :
             {R"({"station":"s","records":[],"audit_head":{"seq":"1","mac":"a"}})",
              R"({"station":"s","records":[],"audit_head":{"seq":-1,"mac":"a"}})",
              R"({"station":"s","records":[],"audit_head":{"seq":1.5,"mac":"a"}})",
              R"({"station":"s","records":[],"audit_head":[]})"}) {
            reason.clear();
            QVERIFY2(!parseBatchRequest(QJsonDocument::fromJson(bad).object(), &reason), bad);
            QVERIFY(reason.contains(QLatin1String("audit_head")));
        }
        const QByteArray answer =
            QJsonDocument(batchAnswerBody({}, QStringLiteral("2026-11-25T08:45:00Z"), head))
                .toJson(QJsonDocument::Compact);
        QCOMPARE(batchAnswerAuditHead(answer), std::optional<AuditHead>(head));
        QVERIFY(!batchAnswerAuditHead(batchAnswer(kA, kB)).has_value());
        QVERIFY(!batchAnswerAuditHead(QByteArray("not json")).has_value());
    }

    // The station's backlog goes with the batch for the site dashboard (section 5a); a
    // malformed one is left out and the batch is read all the same.
    void stationStatusTravelsWithTheBatch() {
        const StationStatus status{QStringLiteral("Table 3"), 12,
                                   QStringLiteral("2026-12-03T08:02:11.412Z")};
        QString reason;
        const auto batch = parseBatchRequest(
            QJsonDocument::fromJson(batchRequestBody(QStringLiteral("s"), {}, std::nullopt, status))
                .object(),
            &reason);
        QVERIFY2(batch.has_value(), qPrintable(reason));
        QVERIFY(batch->stationStatus.has_value());
        QCOMPARE(batch->stationStatus->table, status.table);
        QCOMPARE(batch->stationStatus->pending, 12);
        QCOMPARE(batch->stationStatus->oldestPendingAt, status.oldestPendingAt);
        const QByteArray none = batchRequestBody(QStringLiteral("s"), {}, std::nullopt,
                                                 StationStatus{QStringLiteral("Table 3"), 0, {}});
        QVERIFY(none.contains(R"("oldest_pending_at":null)"));
        QVERIFY(parseBatchRequest(QJsonDocument::fromJson(none).object(), &reason)
                    ->stationStatus->oldestPendingAt.isEmpty());
        for (const char *bad :
             {R"({"station":"s","records":[],"station_status":{"table":3,"pending":1}})",
              R"({"station":"s","records":[],"station_status":{"table":"T","pending":-1}})",
              R"({"station":"s","records":[],"station_status":"busy"})"}) {
            const auto read = parseBatchRequest(QJsonDocument::fromJson(bad).object(), &reason);
            QVERIFY2(read.has_value(), bad);
            QVERIFY2(!read->stationStatus.has_value(), bad);
        }
        QVERIFY(!batchRequestBody(QStringLiteral("s"), {}).contains("station_status"));
    }
};

QTEST_GUILESS_MAIN(tst_SyncResponse)
#include "tst_sync_response.moc"
