// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/RecordValidation.h"
#include "tests/support/SyncTestRecords.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace station::server;
using station::test::SyncTestRecord;

class tst_RecordValidation : public QObject {
    Q_OBJECT

private:
    static DeviceIdentity device() { return {QStringLiteral("dev-1"), QStringLiteral("GZ-1")}; }
    static SyncTestRecord record() {
        SyncTestRecord r;
        r.uuid = QStringLiteral("5f0c1d9e-2a47-4c1b-9a53-1f7f6f2b8e11");
        r.site = QStringLiteral("GZ-1");
        r.station = QStringLiteral("dev-1");
        r.extra.insert(QStringLiteral("tube"), QStringLiteral("GZ0001"));
        return r;
    }

private Q_SLOTS:
    void validRecordIsAccepted() {
        const RecordCheck check = validateRecord(record().toJson(), device(), 16384);
        QVERIFY2(check.valid, qPrintable(check.reason));
        QCOMPARE(check.record.kind, QStringLiteral("sample.taken"));
        QCOMPARE(check.record.seq, 1);
        QCOMPARE(check.record.content, QString::fromUtf8(record().payload()));
        QCOMPARE(check.record.atUtc, QStringLiteral("2026-11-25T08:41:07.312Z"));
        QCOMPARE(check.record.atBucket,
                 QDateTime::fromString(QStringLiteral("2026-11-25T08:40:00Z"), Qt::ISODate)
                     .toSecsSinceEpoch());
    }

    void invalidRecordIsRejected_data() {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("reasonPart");
        const auto with = [](const char *key, const QJsonValue &value) {
            QJsonObject json = record().toJson();
            json.insert(QLatin1String(key), value);
            return json;
        };
        const auto withPayload = [](const char *key, const QString &value) {
            const SyncTestRecord r = record();
            QJsonObject json = r.toJson();
            // SyncTestRecord always writes its own site/station/at: patch the content.
            QJsonObject payload = QJsonDocument::fromJson(r.payload()).object();
            payload.insert(QLatin1String(key), value);
            const QByteArray text = QJsonDocument(payload).toJson(QJsonDocument::Compact);
            json.insert(QStringLiteral("content"), QString::fromUtf8(text));
            json.insert(QStringLiteral("hash"), sha256Hex(text));
            return json;
        };
        QJsonObject noContent = record().toJson();
        noContent.remove(QStringLiteral("content"));
        QJsonObject noSeq = record().toJson();
        noSeq.remove(QStringLiteral("seq"));
        QTest::newRow("unknown kind")
            << with("kind", QStringLiteral("sample.taked")) << QStringLiteral("unknown kind");
        QTest::newRow("missing content") << noContent << QStringLiteral("'content'");
        QTest::newRow("missing seq") << noSeq << QStringLiteral("seq");
        QTest::newRow("seq zero") << with("seq", 0) << QStringLiteral("seq");
        QTest::newRow("upper-case uuid")
            << with("uuid", QStringLiteral("5F0C1D9E-2A47-4C1B-9A53-1F7F6F2B8E11"))
            << QStringLiteral("uuid");
        QTest::newRow("braced uuid")
            << with("uuid", QStringLiteral("{5f0c1d9e-2a47-4c1b-9a53-1f7f6f2b8e11}"))
            << QStringLiteral("uuid");
        QTest::newRow("hash mismatch")
            << with("hash", QString(64, QLatin1Char('0'))) << QStringLiteral("hash mismatch");
        QTest::newRow("other site")
            << withPayload("site", QStringLiteral("SZ-9")) << QStringLiteral("site");
        QTest::newRow("other station")
            << withPayload("station", QStringLiteral("dev-2")) << QStringLiteral("station");
        QTest::newRow("at without zone")
            << withPayload("at", QStringLiteral("2026-11-25T08:41:07")) << QStringLiteral("at");
        QTest::newRow("at not a time")
            << withPayload("at", QStringLiteral("yesterday")) << QStringLiteral("at");
        QTest::newRow("created_at bad")
            << with("created_at", QStringLiteral("noon")) << QStringLiteral("created_at");
        QTest::newRow("not an object") << QJsonObject() << QStringLiteral("missing");
    }

    void invalidRecordIsRejected() {
        QFETCH(QJsonObject, json);
        QFETCH(QString, reasonPart);
        const RecordCheck check = validateRecord(json, device(), 16384);
        QVERIFY(!check.valid);
        QVERIFY2(check.reason.contains(reasonPart), qPrintable(check.reason));
    }

    void contentThatIsNotAnObjectIsRejected_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("not json") << QByteArray("{\"site\":");
        QTest::newRow("string") << QByteArray("\"GZ-1\"");
    }

    void contentThatIsNotAnObjectIsRejected() {
        QFETCH(QByteArray, content);
        QJsonObject json = record().toJson();
        json.insert(QStringLiteral("content"), QString::fromUtf8(content));
        json.insert(QStringLiteral("hash"), sha256Hex(content));
        const RecordCheck check = validateRecord(json, device(), 16384);
        QVERIFY(!check.valid);
        QVERIFY2(check.reason.contains(QStringLiteral("object")), qPrintable(check.reason));
    }

    void oversizedContentIsRejected() {
        SyncTestRecord big = record();
        big.extra.insert(QStringLiteral("note"), QString(2000, QLatin1Char('x')));
        const RecordCheck check = validateRecord(big.toJson(), device(), 1024);
        QVERIFY(!check.valid);
        QVERIFY2(check.reason.contains(QStringLiteral("1024")), qPrintable(check.reason));
    }

    void hashCoversExactBytesOfNonAsciiContent() {
        // The hash is over the UTF-8 bytes of the string, not a re-serialisation.
        SyncTestRecord r = record();
        r.extra.insert(QStringLiteral("name_hint"), QStringLiteral("张三 \u00e9"));
        const RecordCheck check = validateRecord(r.toJson(), device(), 16384);
        QVERIFY2(check.valid, qPrintable(check.reason));
        QCOMPARE(check.record.hash, sha256Hex(r.payload()));
    }

    void knownKinds_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("known");
        for (const char *kind :
             {"sample.taken", "sample.removed", "tube.opened", "tube.sealed", "tube.voided",
              "box.opened", "box.tube_added", "box.sealed", "box.handed_over", "id.revealed"})
            QTest::newRow(kind) << QString::fromLatin1(kind) << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("case") << QStringLiteral("Sample.Taken") << false;
        QTest::newRow("prefix") << QStringLiteral("sample") << false;
    }

    void knownKinds() {
        QFETCH(QString, kind);
        QFETCH(bool, known);
        QCOMPARE(isKnownRecordKind(kind), known);
    }
};

QTEST_GUILESS_MAIN(tst_RecordValidation)
#include "tst_record_validation.moc"
