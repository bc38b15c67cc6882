// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/RecordValidation.h"
#include "tests/support/SyncTestRecords.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace station::protocol;
using station::test::SyncTestRecord;

class tst_RecordValidation : public QObject {
    Q_OBJECT

private:
    // The sender the records are checked against: site GZ-1, station dev-1.
    static RecordCheck validate(const QJsonValue &json, int maxContentBytes = 16384) {
        return validateRecord(json, QStringLiteral("GZ-1"), QStringLiteral("dev-1"),
                              maxContentBytes);
    }
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
        const RecordCheck check = validate(record().toJson());
        QVERIFY2(check.valid, qPrintable(check.reason));
        QCOMPARE(check.record.kind, RecordKind::SampleTaken);
        QCOMPARE(check.record.seq, 1);
        QCOMPARE(check.record.content, QString::fromUtf8(record().payload()));
        QCOMPARE(check.record.atUtc, QStringLiteral("2026-11-25T08:41:07.312Z"));
        QCOMPARE(check.record.atSeconds,
                 QDateTime::fromString(QStringLiteral("2026-11-25T08:41:07Z"), Qt::ISODate)
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
        const RecordCheck check = validate(json);
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
        const RecordCheck check = validate(json);
        QVERIFY(!check.valid);
        QVERIFY2(check.reason.contains(QStringLiteral("object")), qPrintable(check.reason));
    }

    void oversizedContentIsRejected() {
        SyncTestRecord big = record();
        big.extra.insert(QStringLiteral("note"), QString(2000, QLatin1Char('x')));
        const RecordCheck check = validate(big.toJson(), 1024);
        QVERIFY(!check.valid);
        QVERIFY2(check.reason.contains(QStringLiteral("1024")), qPrintable(check.reason));
    }

    void hashCoversExactBytesOfNonAsciiContent() {
        // The hash is over the UTF-8 bytes of the string, not a re-serialisation.
        SyncTestRecord r = record();
        r.extra.insert(QStringLiteral("name_hint"), QStringLiteral("张三 \u00e9"));
        const RecordCheck check = validate(r.toJson());
        QVERIFY2(check.valid, qPrintable(check.reason));
        QCOMPARE(check.record.hash, sha256Hex(r.payload()));
    }

    void knownKinds_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("known");
        for (const char *kind :
             {"sample.taken", "sample.removed", "tube.opened", "tube.sealed", "tube.voided",
              "tube.reopened", "tube.pool_changed", "box.opened", "box.tube_added", "box.sealed",
              "box.handed_over", "id.revealed", "operator.changed"})
            QTest::newRow(kind) << QString::fromLatin1(kind) << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("case") << QStringLiteral("Sample.Taken") << false;
        QTest::newRow("prefix") << QStringLiteral("sample") << false;
        QTest::newRow("audit only") << QStringLiteral("label.printed") << false;
    }

    void knownKinds() {
        QFETCH(QString, kind);
        QFETCH(bool, known);
        QCOMPARE(recordKindFromName(kind).has_value(), known);
    }

    void tableIsInTheOrderOfTheEnumWithOneRowPerName() {
        QSet<QString> names;
        for (qsizetype i = 0; i < recordKinds().size(); ++i) {
            const RecordKindSpec &spec = recordKinds().at(i);
            QCOMPARE(static_cast<qsizetype>(spec.kind), i);
            QCOMPARE(recordKindName(spec.kind), spec.name);
            QCOMPARE(recordKindFromName(spec.name), std::optional<RecordKind>(spec.kind));
            QVERIFY2(!spec.description.isEmpty(), qPrintable(spec.name));
            names.insert(spec.name);
        }
        QCOMPARE(names.size(), recordKinds().size());
        QCOMPARE(recordKindName(RecordKind::IdRevealed), QStringLiteral("id.revealed"));
    }

    // A staff change as the station writes it is accepted; without what changed, or with a
    // role that is not a string, it is rejected naming the member.
    void operatorChangedIsValidated() {
        SyncTestRecord r = record();
        r.kind = QStringLiteral("operator.changed");
        r.extra = {{QStringLiteral("staff_id"), QStringLiteral("S002")},
                   {QStringLiteral("name"), QStringLiteral("王芳")},
                   {QStringLiteral("change"), QStringLiteral("added")},
                   {QStringLiteral("role"), QStringLiteral("lead")},
                   {QStringLiteral("active"), true}};
        const RecordCheck ok = validate(r.toJson());
        QVERIFY2(ok.valid, qPrintable(ok.reason));
        QCOMPARE(ok.record.kind, RecordKind::OperatorChanged);
        SyncTestRecord noChange = r;
        noChange.extra.remove(QStringLiteral("change"));
        const RecordCheck missing = validate(noChange.toJson());
        QVERIFY(!missing.valid);
        QVERIFY2(missing.reason.contains(QLatin1String("'change'")), qPrintable(missing.reason));
        SyncTestRecord numericRole = r;
        numericRole.extra.insert(QStringLiteral("role"), 2);
        const RecordCheck wrongType = validate(numericRole.toJson());
        QVERIFY(!wrongType.valid);
        QVERIFY2(wrongType.reason.contains(QLatin1String("'role'")), qPrintable(wrongType.reason));
    }

    void unknownKindReasonIsRecognised() {
        QJsonObject json = record().toJson();
        json.insert(QStringLiteral("kind"), QStringLiteral("tube.unheard_of"));
        const RecordCheck check = validate(json);
        QVERIFY(!check.valid);
        QCOMPARE(check.reason, QStringLiteral("unknown kind 'tube.unheard_of'"));
        QVERIFY(isUnknownKindReason(check.reason));
        // The server before the protocol library said the same.
        QVERIFY(isUnknownKindReason(QStringLiteral("unknown kind 'tube.reopened'")));
        QVERIFY(!isUnknownKindReason(QStringLiteral("hash mismatch: SHA-256 of content is "
                                                    "not the hash sent")));
    }

    // Each kind's required members, each with the wrong type and missing: rejected, and the
    // reason names the member.
    void requiredMembersOfEachKind_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("member");
        QTest::addColumn<bool>("drop");
        for (const RecordKindSpec &spec : recordKinds()) {
            for (const PayloadMember &m : spec.requiredMembers) {
                const QByteArray row = (spec.name + QLatin1Char(' ') + m.name).toUtf8();
                QTest::newRow(QByteArray(row + " missing").constData())
                    << spec.name << m.name << true;
                QTest::newRow(QByteArray(row + " wrong type").constData())
                    << spec.name << m.name << false;
            }
        }
    }

    void requiredMembersOfEachKind() {
        QFETCH(QString, kind);
        QFETCH(QString, member);
        QFETCH(bool, drop);
        const RecordKindSpec &spec = recordKindSpec(*recordKindFromName(kind));
        SyncTestRecord r = record();
        r.kind = kind;
        r.extra = {};
        for (const PayloadMember &m : spec.requiredMembers) {
            switch (m.type) {
            case JsonType::String:
                r.extra.insert(m.name, QStringLiteral("x"));
                break;
            case JsonType::Number:
                r.extra.insert(m.name, 1);
                break;
            case JsonType::Bool:
                r.extra.insert(m.name, true);
                break;
            case JsonType::Array:
                r.extra.insert(m.name, QJsonArray());
                break;
            case JsonType::Object:
                r.extra.insert(m.name, QJsonObject());
                break;
            }
        }
        const RecordCheck complete = validate(r.toJson());
        QVERIFY2(complete.valid, qPrintable(complete.reason));
        if (drop)
            r.extra.remove(member);
        else // a JSON null is of no type the table names
            r.extra.insert(member, QJsonValue::Null);
        const RecordCheck check = validate(r.toJson());
        QVERIFY(!check.valid);
        QVERIFY2(check.reason.contains(QLatin1Char('\'') + member + QLatin1Char('\'')),
                 qPrintable(check.reason));
    }
};

QTEST_GUILESS_MAIN(tst_RecordValidation)
#include "tst_record_validation.moc"
