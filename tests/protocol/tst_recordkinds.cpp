// SPDX-License-Identifier: GPL-3.0-or-later
// Every kind of record the station writes, made by the station's own code (sampling, box
// packing, ID reveal, label prints, tube-code reservation, audit-anchor acknowledgement) and sent
// by its OutboxRelay to a real province-server over TLS: each one is accepted. The kinds made are
// exactly the protocol's table, so a new kind without a walk here fails. And records an older
// server rejected for a kind it did not know are sent again, so that sync problem clears itself.
#include "core/sampling/LabelPrintLog.h"
#include "core/sampling/TubeCodeReservation.h"
#include "core/security/IdReveal.h"
#include "core/staff/StaffService.h"
#include "core/storage/Journal.h"
#include "core/sync/AnchorAcknowledgement.h"
#include "core/sync/AuditAnchor.h"
#include "core/sync/OutboxRelay.h"
#include "core/sync/OutboxStore.h"
#include "protocol/RecordKinds.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempStation.h"
#include "tests/sync/SyncTestSupport.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

constexpr int kWaitMs = 120000;                // a guard against hanging, not a speed assertion
const QString kPin = QStringLiteral("246810"); // TempStation's operator

SyncSettings settingsFor(const ServerProcess &server) {
    SyncSettings s;
    s.serverUrl = server.baseUrl();
    s.pinnedCaPath = server.certificatePath();
    s.minBackoffMs = 20;
    s.maxBackoffMs = 400;
    s.probeIntervalMs = 200;
    return s;
}

QSet<QString> kindsIn(Database &db, const QString &where) {
    QSet<QString> kinds;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT DISTINCT kind FROM outbox WHERE ") + where);
    while (q.next())
        kinds.insert(q.value(0).toString());
    return kinds;
}

QSet<QString> protocolKinds() {
    QSet<QString> kinds;
    for (const protocol::RecordKindSpec &spec : protocol::recordKinds())
        kinds.insert(spec.name);
    return kinds;
}

// What a site lead's screen would list: conflicts and rejections.
QList<OutboxProblem> problems(Database &db) {
    QSqlError error;
    const QList<OutboxProblem> list = OutboxStore(db).problems(&error);
    if (error.isValid())
        qWarning() << error.text();
    return list;
}

// Marks the outbox rows of `kind` as the server before the protocol library answered them.
bool rejectAsUnknownKind(Database &db, const QString &kind) {
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'rejected', server_reason = ? "
                             "WHERE kind = ?"));
    q.addBindValue(QStringLiteral("unknown kind '%1'").arg(kind));
    q.addBindValue(kind);
    return q.exec() && q.numRowsAffected() > 0;
}

} // namespace

class tst_RecordKinds : public QObject {
    Q_OBJECT

private:
    // Runs one relay pass to completion against `server`; false when it did not end with
    // everything answered.
    bool syncAll(TempStation &station, const ServerProcess &server, QString *error) {
        const QString token = enrollStation(server, *station.store().identity(), error);
        if (token.isEmpty())
            return false;
        OutboxRelay relay(station.db().path(), settingsFor(server), token);
        QSignalSpy passes(&relay, &OutboxRelay::passFinished);
        relay.start();
        const bool answered = QTest::qWaitFor(
            [&] {
                return !passes.isEmpty() && passes.constLast().constFirst().toBool() &&
                       relay.status().pending == 0;
            },
            kWaitMs);
        *error = relay.status().lastError;
        relay.stop();
        return answered;
    }

    // Every operation of the station that writes to the outbox or the audit log, once.
    void walkEveryOperation(TempStation &st) {
        SamplingService &service = st.service();
        // An empty tube: its pool size changes, then it is replaced (voided).
        QVERIFY(service.openTube(tubeCode(1)).ok());
        QVERIFY(service.changePoolSize(10).ok());
        st.advance(10);
        QVERIFY(service.openTube(tubeCode(2), 5).ok());
        // A tube filled to capacity seals itself; its last person is taken out again, which
        // reopens it, and a new person fills it.
        Result<SampleAdded> added = makeError(ErrorCode::InvalidInput, QString());
        for (int n = 1; n <= 5; ++n) {
            st.advance(30);
            added = service.addResident(makeResident(n), EntryMethod::Scanner);
            QVERIFY2(added.ok(), qPrintable(added.message()));
        }
        QVERIFY(added->tubeSealed);
        QVERIFY(service.removeSample(added->sampleId, QStringLiteral("wrong person")).ok());
        QVERIFY(service.addResident(makeResident(6), EntryMethod::Manual).ok());
        // The full number of a sampled person is shown to the operator.
        const PlaintextPersonalDataCodec codec; // TempStation's
        IdReveal reveal(st.db(), st.store(), codec, st.clock());
        const Result<RevealedId> shown = reveal.reveal(
            st.op(), added->sampleUuid, RevealPurpose::ResidentRequest, QString(), kPin);
        QVERIFY2(shown.ok(), qPrintable(shown.message()));
        // A generated tube sealed early, one voided with its people, one undone.
        const Result<TubeSnapshot> generated = service.openGeneratedTube(5);
        QVERIFY2(generated.ok(), qPrintable(generated.message()));
        QVERIFY(service.addResident(makeResident(7), EntryMethod::Camera).ok());
        QVERIFY(service.undoLastSample(QStringLiteral("scanned twice")).ok());
        QVERIFY(service.addResident(makeResident(8), EntryMethod::Scanner).ok());
        QVERIFY(service.sealOpenTubeEarly(QStringLiteral("end of queue")).ok());
        QVERIFY(service.openTube(tubeCode(3), 5).ok());
        QVERIFY(service.addResident(makeResident(9), EntryMethod::Scanner).ok());
        QVERIFY(service.voidTube(tubeCode(3), QStringLiteral("tube dropped")).ok());
        // Tubes into a box, sealed and handed over.
        QVERIFY(service.openBox(boxCode(1)).ok());
        QVERIFY(service.addTubeToBox(tubeCode(2)).ok());
        QVERIFY(service.addTubeToBox(generated->code).ok());
        QVERIFY(service.sealBox().ok());
        st.advance(600);
        QVERIFY(
            service
                .handOverBox(boxCode(1), {QStringLiteral("S001"), QStringLiteral("Courier 9"), 4.5})
                .ok());
        // A member of staff is added by the administrator.
        StaffService staff(st.db(), codec, *st.store().identity(), st.clock());
        const Result<IssuedPin> lead = staff.add(
            {QStringLiteral("S002"), QStringLiteral("王芳"), StaffRole::SiteLead, QString()},
            st.op());
        QVERIFY2(lead.ok(), qPrintable(lead.message()));
        // Label prints and reserved tube codes are audit rows only, not records.
        LabelPrintLog prints(st.db(), st.clock());
        QVERIFY(prints
                    .record({PrintedDocument::TubeLabel, tubeCode(2), 1, QStringLiteral("test"),
                             QString()},
                            st.op().id)
                    .ok());
        QVERIFY(prints
                    .record({PrintedDocument::TubeLabel, tubeCode(2), 1, QStringLiteral("test"),
                             QStringLiteral("label smudged")},
                            st.op().id)
                    .ok());
        QVERIFY(reserveTubeCodes(st.db(), *st.store().identity(), 3, st.now(), st.op().id).ok());
        // An audit-anchor mismatch (the server confirmed a head this log does not hold, as
        // after restoring an older backup) acknowledged by the operator.
        QSqlError anchorError;
        const auto head = currentAuditHead(st.db().connection(), &anchorError);
        QVERIFY(head);
        QVERIFY(!saveAuditAnchor(st.db().connection(),
                                 {head->seq + 40, QString(64, QLatin1Char('e'))}, st.now())
                     .isValid());
        const auto acknowledged =
            acknowledgeAnchorMismatch(st.db(), codec, *st.store().identity(), st.op(),
                                      QStringLiteral("restored from backup"), st.now());
        QVERIFY2(acknowledged.ok(), qPrintable(acknowledged.message()));
    }

private Q_SLOTS:
    void initTestCase() {
        QLoggingCategory::setFilterRules(
            QStringLiteral("station.*.info=false\nstation.*.debug=false"));
    }

    void everyKindTheStationWritesIsAccepted() {
        TempStation station(5);
        QVERIFY(station.ok());
        walkEveryOperation(station);
        if (QTest::currentTestFailed())
            return;
        // The walk made every kind of the protocol and no other: a kind added to the table
        // (or written by the station) without a step here fails.
        QCOMPARE(kindsIn(station.db(), QStringLiteral("1")), protocolKinds());

        ServerProcess server;
        QString error;
        QVERIFY2(server.prepare(&error), qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY2(syncAll(station, server, &error), qPrintable(error));
        server.kill();

        QCOMPARE(kindsIn(station.db(), QStringLiteral("state != 'acked'")), QSet<QString>());
        QVERIFY(problems(station.db()).isEmpty());
        const ServerRecords stored =
            compareServerRecords(server.sqlitePath(), stationHashes(station.db()));
        QCOMPARE(stored.missing, 0);
        QCOMPARE(stored.wrongHash, 0);
        QCOMPARE(stored.unexpected, 0);
        QCOMPARE(stored.stored, station.rows(QStringLiteral("outbox")));
    }

    // A station that synced with a server which did not know tube.reopened holds that
    // record as rejected ("unknown kind"). After the upgrade its relay sends it again, the
    // server accepts it, and the station's sync problems are gone.
    void recordRejectedForItsKindIsSentAgainAfterTheUpgrade() {
        TempStation station(5);
        QVERIFY(station.ok());
        SamplingService &service = station.service();
        QVERIFY(service.openTube(tubeCode(1)).ok());
        Result<SampleAdded> added = makeError(ErrorCode::InvalidInput, QString());
        for (int n = 1; n <= 5; ++n)
            added = service.addResident(makeResident(n), EntryMethod::Scanner);
        QVERIFY2(added.ok() && added->tubeSealed, qPrintable(added.message()));
        QVERIFY(service.removeSample(added->sampleId, QStringLiteral("wrong person")).ok());
        QVERIFY(rejectAsUnknownKind(station.db(), QStringLiteral("tube.reopened")));
        QCOMPARE(problems(station.db()).size(), 1);

        ServerProcess server;
        QString error;
        QVERIFY2(server.prepare(&error), qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY2(syncAll(station, server, &error), qPrintable(error));
        server.kill();

        QVERIFY(problems(station.db()).isEmpty());
        QCOMPARE(kindsIn(station.db(), QStringLiteral("state = 'acked'")),
                 (QSet<QString>{QStringLiteral("tube.opened"), QStringLiteral("sample.taken"),
                                QStringLiteral("tube.sealed"), QStringLiteral("tube.reopened"),
                                QStringLiteral("sample.removed")}));
        const ServerRecords stored =
            compareServerRecords(server.sqlitePath(), stationHashes(station.db()));
        QCOMPARE(stored.missing, 0);
        QCOMPARE(stored.wrongHash, 0);
    }

    // Only a rejection for a kind the protocol now knows is undone; every other rejection
    // stays for the site lead, and nothing else changes.
    void onlyRecordsRejectedForAKindNowKnownAreSentAgain() {
        TempStation station(5);
        QVERIFY(station.ok());
        QVERIFY(station.service().openTube(tubeCode(1)).ok());
        QVERIFY(station.service().changePoolSize(10).ok());
        QVERIFY(station.service().openBox(boxCode(1)).ok());
        QVERIFY(rejectAsUnknownKind(station.db(), QStringLiteral("tube.pool_changed")));
        QSqlQuery q(station.db().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET state = 'rejected', server_reason = "
                                      "'hash mismatch: SHA-256 of content is not the hash sent' "
                                      "WHERE kind = 'box.opened'")));
        // A record of a kind the protocol does not know either stays rejected.
        const OutboxRecord typo{newRecordUuid(), QStringLiteral("tube.opend"),
                                QJsonObject{{QStringLiteral("tube"), tubeCode(1)}}};
        QVERIFY(!appendOutbox(station.db().connection(), PlaintextPersonalDataCodec(), typo,
                              station.now())
                     .isValid());
        QVERIFY(rejectAsUnknownKind(station.db(), QStringLiteral("tube.opend")));
        QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET state = 'acked' WHERE kind = "
                                      "'tube.opened'")));

        OutboxStore store(station.db());
        QSqlError error;
        QCOMPARE(store.resendRecordsOfKnownKinds(&error), 1);
        QVERIFY2(!error.isValid(), qPrintable(error.text()));
        QCOMPARE(kindsIn(station.db(), QStringLiteral("state = 'pending'")),
                 QSet<QString>{QStringLiteral("tube.pool_changed")});
        QCOMPARE(station.rows(QStringLiteral("outbox"),
                              QStringLiteral("state = 'pending' AND server_reason IS NULL")),
                 1);
        QCOMPARE(kindsIn(station.db(), QStringLiteral("state = 'rejected'")),
                 (QSet<QString>{QStringLiteral("box.opened"), QStringLiteral("tube.opend")}));
        QCOMPARE(kindsIn(station.db(), QStringLiteral("state = 'acked'")),
                 QSet<QString>{QStringLiteral("tube.opened")});
        // Once is enough: nothing is left to send again.
        QCOMPARE(store.resendRecordsOfKnownKinds(&error), 0);
    }
};

QTEST_GUILESS_MAIN(tst_RecordKinds)
#include "tst_recordkinds.moc"
