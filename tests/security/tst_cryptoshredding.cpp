// SPDX-License-Identifier: GPL-3.0-or-later
// Retention with crypto-shredding, proved on the files: after a purge no copy of an old
// day's personal data opens, with or without the passphrase, in the database, its -wal or a
// copy made afterwards, and that holds while another connection was reading.
#include "core/security/PersonalDataAccess.h"
#include "core/security/RetentionPurge.h"
#include "core/security/StationBackup.h"
#include "core/storage/Journal.h"
#include "tests/support/TempStation.h"

#include <QFile>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace station;
using namespace station::test;

namespace {

struct DayOfSamples {
    QDate day;
    QStringList uuids;
    QList<QByteArray> idNumbers; // as stored
    QStringList personKeys;
    QStringList plainIds;
};

QByteArray fileBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCryptoShredding : public QObject {
    Q_OBJECT

    // Records `count` samples on `day` at 10:00 through the real service and codec.
    DayOfSamples sampleOn(TempStation &st, PersonalDataCodec &codec, const QDate &day, int tube,
                          int firstPerson, int count) {
        st.setNow(QDateTime(day, QTime(10, 0), Qt::LocalTime).toUTC());
        SamplingService s(st.db(), codec, *st.store().identity(), st.clock());
        s.setOperator(st.op());
        DayOfSamples out;
        out.day = day;
        if (!s.openTube(tubeCode(tube), 5).ok())
            return out;
        for (int i = 0; i < count; ++i) {
            const ResidentCode r = makeResident(firstPerson + i);
            st.advance(30);
            if (!s.addResident(r, EntryMethod::Scanner).ok())
                return out;
            out.plainIds << r.idNumber;
        }
        // Closed at the end of the day, as a table does.
        if (!s.sealOpenTubeEarly(QStringLiteral("end of the day")).ok())
            return out;
        QSqlQuery q(st.db().connection());
        q.prepare(QStringLiteral("SELECT uuid, id_number, person_key FROM samples "
                                 "WHERE taken_day = ? ORDER BY id"));
        q.addBindValue(day.toString(Qt::ISODate));
        if (q.exec())
            while (q.next()) {
                out.uuids << q.value(0).toString();
                out.idNumbers << q.value(1).toByteArray();
                out.personKeys << q.value(2).toString();
            }
        return out;
    }

    static void acknowledgeDay(TempStation &st, const QDate &day) {
        QSqlQuery q(st.db().connection());
        q.prepare(QStringLiteral("UPDATE outbox SET state = 'acked', acked_at = ? WHERE "
                                 "created_at >= ? AND created_at < ?"));
        q.addBindValue(isoUtc(QDateTime(day, QTime(23, 0), Qt::LocalTime)));
        q.addBindValue(isoUtc(QDateTime(day, QTime(0, 0), Qt::LocalTime)));
        q.addBindValue(isoUtc(QDateTime(day.addDays(1), QTime(0, 0), Qt::LocalTime)));
        QVERIFY(q.exec());
        QVERIFY(q.numRowsAffected() > 0);
    }

    static QByteArray storedChain(TempStation &st) {
        QSqlQuery q(st.db().connection());
        if (!q.exec(QStringLiteral("SELECT sealed_seed FROM day_key_chain")) || !q.next())
            return {};
        return q.value(0).toByteArray();
    }

private Q_SLOTS:
    void purgeDestroysOldDaysEverywhereWhileAReaderReads() {
        TempStation st;
        QVERIFY(st.ok());
        auto unlocked = unlockPersonalData(st.db(), kTestSitePassphrase);
        QVERIFY2(unlocked.ok(), qPrintable(unlocked.message()));
        PersonalDataCodec &codec = *unlocked.value();
        const QDate today(2026, 6, 20);
        const DayOfSamples day1 = sampleOn(st, codec, today.addDays(-19), 1, 1, 3);
        const DayOfSamples day2 = sampleOn(st, codec, today.addDays(-18), 2, 10, 2);
        const DayOfSamples recent = sampleOn(st, codec, today.addDays(-2), 3, 20, 2);
        QCOMPARE(day1.uuids.size(), 3);
        QCOMPARE(day2.uuids.size(), 2);
        QCOMPARE(recent.uuids.size(), 2);
        acknowledgeDay(st, day1.day);
        acknowledgeDay(st, day2.day);
        acknowledgeDay(st, recent.day);
        // The old outbox payloads, as stored, before the purge.
        QList<QPair<QString, QByteArray>> oldPayloads;
        {
            QSqlQuery q(st.db().connection());
            QVERIFY(q.exec(
                QStringLiteral("SELECT uuid, payload FROM outbox WHERE created_at < '%1'")
                    .arg(isoUtc(QDateTime(today.addDays(-17), QTime(0, 0), Qt::LocalTime)))));
            while (q.next())
                oldPayloads.append({q.value(0).toString(), q.value(1).toByteArray()});
        }
        QVERIFY(oldPayloads.size() >= 5);
        const QByteArray chainBefore = storedChain(st);
        QVERIFY(!chainBefore.isEmpty());
        // Everything opens before the purge.
        QCOMPARE(codec.open(day1.idNumbers.at(0), day1.uuids.at(0), QStringLiteral("id_number")),
                 std::optional<QString>(day1.plainIds.at(0)));

        // Another connection, in its own thread, holds a read snapshot from before the purge
        // and lets go of it a moment after the purge began.
        QSemaphore snapshotTaken;
        QSemaphore purgeStarted;
        int seenByReader = -1;
        const QString path = st.db().path();
        QThread *reader = QThread::create([&] {
            Database other;
            if (!other.open(path).ok()) {
                snapshotTaken.release();
                return;
            }
            QSqlQuery q(other.connection());
            q.exec(QStringLiteral("BEGIN"));
            if (q.exec(
                    QStringLiteral("SELECT count(*) FROM samples WHERE length(id_number) > 0")) &&
                q.next())
                seenByReader = q.value(0).toInt();
            q.finish();
            snapshotTaken.release();
            purgeStarted.acquire();
            QThread::msleep(400);
            q.exec(QStringLiteral("COMMIT"));
        });
        reader->start();
        snapshotTaken.acquire();
        QCOMPARE(seenByReader, 7);

        st.setNow(QDateTime(today, QTime(8, 0), Qt::LocalTime).toUTC());
        purgeStarted.release();
        auto purged = purgeAcknowledgedPersonalData(st.db(), codec, 14, st.clock(), st.op().id);
        reader->wait();
        delete reader;
        QVERIFY2(purged.ok(), qPrintable(purged.message()));
        QCOMPARE(purged->samples, 5);
        QCOMPARE(purged->outboxRecords, oldPayloads.size());
        QCOMPARE(purged->firstKeptDay, today.addDays(-14));
        QVERIFY(!purged->heldBackFrom.isValid());
        // The checkpoint waited for the reader, then wiped and truncated the -wal.
        QVERIFY(purged->wipedOnDisk);

        // On the files: neither the old values nor the old key chain are anywhere.
        const QByteArray db = fileBytes(path);
        const QByteArray wal = fileBytes(path + QStringLiteral("-wal"));
        QVERIFY(!db.isEmpty());
        for (const QByteArray &bytes : {db, wal}) {
            QVERIFY(!bytes.contains(chainBefore));
            for (const QByteArray &v : day1.idNumbers + day2.idNumbers)
                QVERIFY(!bytes.contains(v));
            for (const auto &p : oldPayloads)
                QVERIFY(!bytes.contains(p.second));
        }
        // The recent day's values are still there and open.
        QVERIFY(db.contains(recent.idNumbers.at(0)) || wal.contains(recent.idNumbers.at(0)));

        // With the passphrase, unlocked afresh from what is stored now: a copy of an old
        // value made before the purge (a backup, a file fragment) does not open, and the old
        // days' person keys can no longer be recomputed from an ID number.
        auto again = unlockPersonalData(st.db(), kTestSitePassphrase);
        QVERIFY(again.ok());
        for (const PersonalDataCodec *c : {&codec, again.value().get()}) {
            for (int i = 0; i < day1.uuids.size(); ++i)
                QVERIFY(
                    !c->open(day1.idNumbers.at(i), day1.uuids.at(i), QStringLiteral("id_number")));
            for (const auto &p : oldPayloads)
                QVERIFY(!c->open(p.second, p.first, QStringLiteral("outbox")));
            for (int i = 0; i < day2.uuids.size(); ++i)
                QVERIFY(c->personKey(IdType::ResidentCard, day2.plainIds.at(i), day2.day) !=
                        day2.personKeys.at(i));
            QCOMPARE(
                c->open(recent.idNumbers.at(1), recent.uuids.at(1), QStringLiteral("id_number")),
                std::optional<QString>(recent.plainIds.at(1)));
            QCOMPARE(c->personKey(IdType::ResidentCard, recent.plainIds.at(0), recent.day),
                     recent.personKeys.at(0));
        }
        // A copy of the station made after the purge holds no old key either.
        const QString copy = st.dataDir() + QStringLiteral("/after-purge-copy.sqlite3");
        {
            QSqlQuery q(st.db().connection());
            QVERIFY(q.exec(QStringLiteral("VACUUM INTO '%1'").arg(copy)));
        }
        const QByteArray copied = fileBytes(copy);
        QVERIFY(!copied.isEmpty());
        QVERIFY(!copied.contains(chainBefore));
        for (const QByteArray &v : day1.idNumbers)
            QVERIFY(!copied.contains(v));

        // The chain only moves forward, and the purge is audited.
        QSqlQuery q(st.db().connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE day_key_chain SET first_day = '2020-01-01'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM day_key_chain")));
        QCOMPARE(st.rows(QStringLiteral("audit_log"),
                         QStringLiteral("action = 'retention.purged' AND detail LIKE '%%1%'")
                             .arg(today.addDays(-14).toString(Qt::ISODate))),
                 1);
        // A second run finds nothing more.
        auto second = purgeAcknowledgedPersonalData(st.db(), codec, 14, st.clock());
        QVERIFY(second.ok());
        QCOMPARE(second->samples, 0);
        QCOMPARE(second->outboxRecords, 0);
    }

    void unacknowledgedDaysHoldBackThemselvesAndEveryLaterDay() {
        TempStation st;
        auto unlocked = unlockPersonalData(st.db(), kTestSitePassphrase);
        QVERIFY(unlocked.ok());
        PersonalDataCodec &codec = *unlocked.value();
        const QDate today(2026, 6, 20);
        const DayOfSamples day1 = sampleOn(st, codec, today.addDays(-30), 1, 1, 2);
        const DayOfSamples day2 = sampleOn(st, codec, today.addDays(-25), 2, 10, 2);
        const DayOfSamples day3 = sampleOn(st, codec, today.addDays(-20), 3, 20, 2);
        acknowledgeDay(st, day1.day);
        acknowledgeDay(st, day3.day); // day 2 never reached the province
        st.setNow(QDateTime(today, QTime(8, 0), Qt::LocalTime).toUTC());
        auto purged = purgeAcknowledgedPersonalData(st.db(), codec, 14, st.clock());
        QVERIFY2(purged.ok(), qPrintable(purged.message()));
        QCOMPARE(purged->samples, 2);
        QCOMPARE(purged->heldBackFrom, day2.day);
        QCOMPARE(purged->firstKeptDay, day2.day);
        QVERIFY(!codec.open(day1.idNumbers.at(0), day1.uuids.at(0), QStringLiteral("id_number")));
        // Unacknowledged and later days keep their data and their keys.
        QCOMPARE(codec.open(day2.idNumbers.at(0), day2.uuids.at(0), QStringLiteral("id_number")),
                 std::optional<QString>(day2.plainIds.at(0)));
        QCOMPARE(codec.open(day3.idNumbers.at(1), day3.uuids.at(1), QStringLiteral("id_number")),
                 std::optional<QString>(day3.plainIds.at(1)));
        QCOMPARE(st.rows(QStringLiteral("samples"), QStringLiteral("purged_at IS NOT NULL")), 2);
        // Unacknowledged payloads are never erased (a trigger refuses it).
        QSqlQuery q(st.db().connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE outbox SET payload = X'' WHERE state = 'pending'")));
        QVERIFY(!purgeAcknowledgedPersonalData(st.db(), codec, -1, st.clock()).ok());
    }

    void aClockSetBackNeverSealsUnderADestroyedDay() {
        TempStation st;
        auto unlocked = unlockPersonalData(st.db(), kTestSitePassphrase);
        QVERIFY(unlocked.ok());
        PersonalDataCodec &codec = *unlocked.value();
        const QDate today(2026, 6, 20);
        sampleOn(st, codec, today.addDays(-20), 1, 1, 1);
        acknowledgeDay(st, today.addDays(-20));
        st.setNow(QDateTime(today, QTime(8, 0), Qt::LocalTime).toUTC());
        QVERIFY(purgeAcknowledgedPersonalData(st.db(), codec, 14, st.clock()).ok());
        // The clock jumps back a month: what is recorded then still opens.
        const DayOfSamples back = sampleOn(st, codec, today.addDays(-30), 2, 5, 1);
        QCOMPARE(back.uuids.size(), 1);
        QCOMPARE(codec.open(back.idNumbers.at(0), back.uuids.at(0), QStringLiteral("id_number")),
                 std::optional<QString>(back.plainIds.at(0)));
    }

    void aBackupHoldsOnlyTheDaysTheProvinceLacks() {
        TempStation st;
        auto unlocked = unlockPersonalData(st.db(), kTestSitePassphrase);
        QVERIFY(unlocked.ok());
        PersonalDataCodec &codec = *unlocked.value();
        const QDate today(2026, 6, 20);
        const DayOfSamples acked = sampleOn(st, codec, today.addDays(-3), 1, 1, 2);
        const DayOfSamples pending = sampleOn(st, codec, today.addDays(-2), 2, 10, 2);
        acknowledgeDay(st, acked.day); // the network was down since
        st.setNow(QDateTime(today, QTime(8, 0), Qt::LocalTime).toUTC());
        const QString file = st.dataDir() + QStringLiteral("/backup.sqlite3");
        auto written =
            StationBackup::write(st.db(), file, kTestSitePassphrase, st.clock(), st.op().id);
        QVERIFY2(written.ok(), qPrintable(written.message()));
        QCOMPARE(written->firstKeptDay, pending.day);
        QCOMPARE(written->samplesErased, 2);
        // Never overwritten.
        QVERIFY(
            !StationBackup::write(st.db(), file, kTestSitePassphrase, st.clock(), st.op().id).ok());
        // The live station is untouched: both days still open there.
        QCOMPARE(codec.open(acked.idNumbers.at(0), acked.uuids.at(0), QStringLiteral("id_number")),
                 std::optional<QString>(acked.plainIds.at(0)));
        QCOMPARE(
            st.rows(QStringLiteral("audit_log"), QStringLiteral("action = 'station.backed_up'")),
            1);
        // The backup opens with the passphrase: the pending day is in it, the acknowledged day
        // neither as bytes nor with its key.
        const QByteArray bytes = fileBytes(file);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
        for (const QByteArray &v : acked.idNumbers)
            QVERIFY(!bytes.contains(v));
        QVERIFY(bytes.contains(pending.idNumbers.at(0)));
        Database restored;
        QVERIFY(restored.open(file).ok());
        auto inBackup = unlockPersonalData(restored, kTestSitePassphrase);
        QVERIFY(inBackup.ok());
        QVERIFY(!inBackup.value()->open(acked.idNumbers.at(0), acked.uuids.at(0),
                                        QStringLiteral("id_number")));
        QCOMPARE(inBackup.value()->open(pending.idNumbers.at(1), pending.uuids.at(1),
                                        QStringLiteral("id_number")),
                 std::optional<QString>(pending.plainIds.at(1)));
        QVERIFY(!unlockPersonalData(restored, QStringLiteral("wrong passphrase")).ok());
        QSqlQuery q(restored.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM samples")) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
    }

    void aStationFromBeforeDayKeysGetsItsChainAtFirstUnlock() {
        TempStation st;
        // Provisioning stores the chain with the data key; a station from before schema 7
        // has none (the triggers that keep it are dropped to make one).
        QCOMPARE(st.rows(QStringLiteral("day_key_chain")), 1);
        {
            QSqlQuery q(st.db().connection());
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER day_key_chain_kept")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM day_key_chain")));
        }
        QCOMPARE(st.rows(QStringLiteral("day_key_chain")), 0);
        // check opens read-only and stores nothing.
        QVERIFY(unlockPersonalData(st.db(), kTestSitePassphrase, UnlockMode::ReadOnly).ok());
        QCOMPARE(st.rows(QStringLiteral("day_key_chain")), 0);
        auto first = unlockPersonalData(st.db(), kTestSitePassphrase);
        QVERIFY(first.ok());
        QCOMPARE(st.rows(QStringLiteral("day_key_chain")), 1);
        QCOMPARE(
            st.rows(QStringLiteral("audit_log"), QStringLiteral("action = 'day_keys.created'")), 1);
        const QByteArray sealed = first.value()->seal(QStringLiteral("陈秀英"), QStringLiteral("u"),
                                                      QStringLiteral("name"), QDate(2026, 6, 1));
        // The next unlock reads the same chain: what the first sealed still opens.
        auto second = unlockPersonalData(st.db(), kTestSitePassphrase);
        QVERIFY(second.ok());
        QCOMPARE(st.rows(QStringLiteral("day_key_chain")), 1);
        QCOMPARE(second.value()->open(sealed, QStringLiteral("u"), QStringLiteral("name")),
                 std::optional<QString>(QStringLiteral("陈秀英")));
    }
};

QTEST_GUILESS_MAIN(TestCryptoShredding)
#include "tst_cryptoshredding.moc"
