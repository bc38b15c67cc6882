// SPDX-License-Identifier: GPL-3.0-or-later
// Storage: migrations from an empty file, reopening, durability settings, the schema's
// own guards, and typed errors.
#include "core/storage/Database.h"
#include "core/storage/IntegrityCheck.h"
#include "core/storage/Journal.h"
#include "tests/support/PlaintextPersonalDataCodec.h"
#include "tests/support/TempStation.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace station;
using namespace station::test;

namespace {

QVariant pragma(Database &db, const QString &name) {
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return {};
    return q.value(0);
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void migratesEmptyFile() {
        QTemporaryDir dir;
        Database db;
        const QString path = dir.filePath(QStringLiteral("sub/dir/station.sqlite3"));
        auto opened = db.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        QVERIFY(QFile::exists(path));
        for (const char *table : {"station", "operators", "tubes", "samples", "boxes", "outbox",
                                  "audit_log", "schema_version"}) {
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table)));
        }
    }

    void filesAreTheOwnersOnlyFromTheFirstWrite() {
#ifdef Q_OS_UNIX
        // A permissive umask, as a caller that did not set one would have: the folder and
        // the database (and SQLite's -wal and -shm, which take the database's mode) are still
        // the owner's only.
        const mode_t before = ::umask(022);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("new/station"));
        const QString path = folder + QStringLiteral("/station.sqlite3");
        {
            Database db;
            QVERIFY(db.open(path).ok());
            // The migrations wrote the schema: the -wal and -shm are there while it is open.
            QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
            QVERIFY(QFile::exists(path + QStringLiteral("-shm")));
            const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                QFileDevice::WriteOther | QFileDevice::ExeOther;
            const auto ownerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
            QCOMPARE(QFileInfo(folder).permissions() & (others | ownerFile | QFileDevice::ExeOwner),
                     ownerFile | QFileDevice::ExeOwner);
            for (const char *suffix : {"", "-wal", "-shm"})
                QCOMPARE(QFileInfo(path + QLatin1String(suffix)).permissions() &
                             (others | ownerFile | QFileDevice::ExeOwner),
                         ownerFile);
        }
        // An older station's files (644) are tightened when it is opened.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
        {
            Database db;
            QVERIFY(db.open(path).ok());
            QCOMPARE(QFileInfo(path).permissions() & QFileDevice::ReadOther,
                     QFileDevice::Permissions());
        }
        ::umask(before);
#else
        QSKIP("file modes are a Unix matter");
#endif
    }

    void durabilitySettings() {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("s.sqlite3"))).ok());
        QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(db, QStringLiteral("synchronous")).toInt(), 2); // FULL
        QCOMPARE(pragma(db, QStringLiteral("secure_delete")).toInt(), 1);
        QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
    }

    void reopenKeepsData() {
        TempStation st;
        QVERIFY(st.ok());
        QVERIFY(st.service().openTube(tubeCode(1)).ok());
        QVERIFY(st.service().addResident(makeResident(1), EntryMethod::Scanner).ok());
        const QString path = st.db().path();
        st.db().close();
        Database again;
        QVERIFY(again.open(path).ok());
        QCOMPARE(again.schemaVersion(), Database::currentSchemaVersion());
        QSqlQuery q(again.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM samples")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(checkIntegrity(again).ok());
    }

    void refusesNewerSchema() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite3"));
        {
            Database db;
            QVERIFY(db.open(path).ok());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
        }
        Database db;
        auto opened = db.open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.code(), ErrorCode::DatabaseNewerThanApp);
        QVERIFY(opened.message().contains(QLatin1String("99")));
        QVERIFY(!db.isOpen());
    }

    void refusesFileThatIsNotADatabase() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite3"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        Database db;
        auto opened = db.open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.code(), ErrorCode::DatabaseCorrupt);
        QVERIFY(!opened.message().contains(QLatin1String("SQL")));
    }

    // The schema refuses what the service would never do, as a second line of defence.
    void schemaGuards_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("marker");
        const QString sample = QStringLiteral(
            "INSERT INTO samples (uuid, tube_id, position, state, person_key, id_type, id_masked, "
            "id_tail, name, id_number, entry_method, operator_id, taken_at, taken_day) VALUES "
            "('u-x', %1, %2, 'active', 'pk-x', '01', 'm', '1234', 'n', 'i', 'scanner', 1, "
            "'2026-11-25T01:00:00.000Z', '2026-11-25')");
        QTest::newRow("sample into sealed tube")
            << sample.arg(QStringLiteral("(SELECT id FROM tubes WHERE state = 'sealed')"),
                          QStringLiteral("9"))
            << QStringLiteral("tube_not_open");
        QTest::newRow("sample over capacity")
            << sample.arg(QStringLiteral("(SELECT id FROM tubes WHERE state = 'open')"),
                          QStringLiteral("3"))
            << QStringLiteral("tube_full");
        QTest::newRow("second open tube")
            << QStringLiteral("INSERT INTO tubes (uuid, code, pool_size, state, opened_at, "
                              "opened_by) VALUES ('t-x', 'GZ9999999999', 5, 'open', 'x', 1)")
            << QStringLiteral("UNIQUE");
        QTest::newRow("reused tube code")
            << QStringLiteral("INSERT INTO tubes (uuid, code, pool_size, state, opened_at, "
                              "opened_by) VALUES ('t-y', '%1', 5, 'sealed', 'x', 1)")
                   .arg(tubeCode(1))
            << QStringLiteral("UNIQUE");
        QTest::newRow("bad pool size")
            << QStringLiteral("UPDATE tubes SET pool_size = 7") << QStringLiteral("CHECK");
        QTest::newRow("outbox content changed")
            << QStringLiteral("UPDATE outbox SET payload = '{}'")
            << QStringLiteral("outbox_immutable");
        QTest::newRow("audit row changed") << QStringLiteral("UPDATE audit_log SET detail = '{}'")
                                           << QStringLiteral("audit_append_only");
        QTest::newRow("audit row deleted")
            << QStringLiteral("DELETE FROM audit_log") << QStringLiteral("audit_append_only");
        QTest::newRow("sample of unknown operator")
            << QStringLiteral("UPDATE samples SET operator_id = 999")
            << QStringLiteral("FOREIGN KEY");
    }
    void schemaGuards() {
        QFETCH(QString, sql);
        QFETCH(QString, marker);
        TempStation st(5);
        SamplingService &s = st.service();
        QVERIFY(s.openTube(tubeCode(1), 5).ok());
        QVERIFY(s.addResident(makeResident(1), EntryMethod::Scanner).ok());
        QVERIFY(s.sealOpenTubeEarly(QStringLiteral("end")).ok());
        QVERIFY(s.openTube(tubeCode(2), 1).ok());
        QSqlQuery q(st.db().connection());
        // Make the open tube full at its own pool size of 1 only for the capacity row.
        if (marker == QLatin1String("tube_full"))
            QVERIFY(q.exec(QStringLiteral("INSERT INTO samples (uuid, tube_id, position, state, "
                                          "person_key, id_type, id_masked, id_tail, name, "
                                          "id_number, entry_method, operator_id, taken_at, "
                                          "taken_day) SELECT 'u-f', id, 1, 'active', 'pk-f', "
                                          "'01', 'm', '1', 'n', 'i', 'scanner', 1, 'x', 'x' "
                                          "FROM tubes WHERE state = 'open'")));
        QVERIFY(!q.exec(sql));
        QVERIFY2(q.lastError().databaseText().contains(marker),
                 qPrintable(q.lastError().databaseText()));
    }

    void outboxStateMayChange() {
        TempStation st;
        QVERIFY(st.service().openTube(tubeCode(1)).ok());
        QSqlQuery q(st.db().connection());
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE outbox SET state = 'acked', acked_at = 'x', attempts = attempts + 1")));
        QCOMPARE(st.rows(QStringLiteral("outbox"), QStringLiteral("state = 'acked'")), 1);
    }

    void outboxRecordsAreFrozenWithTheirHash() {
        TempStation st;
        QVERIFY(st.service().openTube(tubeCode(1)).ok());
        QSqlQuery q(st.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT uuid, payload, content_hash FROM outbox")) &&
                q.next());
        QCOMPARE(q.value(2).toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(q.value(1).toByteArray(), QCryptographicHash::Sha256)
                         .toHex()));
        QVERIFY(!QUuid::fromString(q.value(0).toString()).isNull());
    }

    void journalWritesOutboxAndAuditTogether() {
        TempStation st;
        PlaintextPersonalDataCodec codec;
        const QSqlDatabase db = st.db().connection();
        const QDateTime at = QDateTime::currentDateTimeUtc();
        const OutboxRecord record{newRecordUuid(), QStringLiteral("tube.opened"),
                                  QJsonObject{{QStringLiteral("tube"), tubeCode(7)}}};
        QVERIFY(!appendJournal(db, codec, st.op().id, record, tubeCode(7), {}, at).isValid());
        QCOMPARE(st.rows(QStringLiteral("outbox"), QStringLiteral("kind = 'tube.opened'")), 1);
        QCOMPARE(
            st.rows(QStringLiteral("audit_log"),
                    QStringLiteral("action = 'tube.opened' AND subject = '%1'").arg(tubeCode(7))),
            1);
        // The same uuid again: the outbox refuses it and no audit row is written alone.
        const int auditBefore = st.rows(QStringLiteral("audit_log"));
        QVERIFY(appendJournal(db, codec, st.op().id, record, tubeCode(7), {}, at).isValid());
        QCOMPARE(st.rows(QStringLiteral("audit_log")), auditBefore);
        // Chain and outbox agree; only the replay notices that no tube 7 was written.
        const IntegrityReport report = checkIntegrity(st.db());
        QCOMPARE(report.problemKinds, QStringList{QString::fromLatin1(integrity::kTubeMissing)});
    }

    // The one transaction skeleton of every mutation: what the work returns is committed,
    // a refusal leaves nothing behind, and a busy database is reported for the operation.
    void inTransactionCommitsOrRollsBack() {
        TempStation st;
        const QSqlDatabase db = st.db().connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE scratch (n INTEGER)")));
        const QString what = QStringLiteral("writing the scratch row");
        auto insert = [&db](int n) {
            QSqlQuery w(db);
            w.prepare(QStringLiteral("INSERT INTO scratch (n) VALUES (?)"));
            w.addBindValue(n);
            return w.exec();
        };

        const Result<int> kept = inTransaction(db, what, [&]() -> Result<int> {
            if (!insert(1))
                return makeError(ErrorCode::StorageFailure, QStringLiteral("insert failed"));
            return 1;
        });
        QVERIFY2(kept.ok(), qPrintable(kept.message()));
        QCOMPARE(kept.value(), 1);

        const Status refused = inTransaction(db, what, [&]() -> Status {
            if (!insert(2))
                return makeError(ErrorCode::StorageFailure, QStringLiteral("insert failed"));
            return makeError(ErrorCode::InvalidInput, QStringLiteral("refused after writing"));
        });
        QCOMPARE(refused.code(), ErrorCode::InvalidInput);
        QCOMPARE(refused.message(), QStringLiteral("refused after writing"));
        QCOMPARE(st.rows(QStringLiteral("scratch")), 1);

        // Another connection holds the write lock: BEGIN IMMEDIATE fails at once and the
        // work never runs.
        const QString other = QStringLiteral("tst_database_other");
        {
            QSqlDatabase lockHolder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other);
            lockHolder.setDatabaseName(st.db().path());
            QVERIFY(lockHolder.open());
            QSqlQuery lock(lockHolder);
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout = 0")));
            bool ran = false;
            const Status busy = inTransaction(db, what, [&]() -> Status {
                ran = true;
                return success();
            });
            QVERIFY(!ran);
            QCOMPARE(busy.code(), ErrorCode::DatabaseLocked);
            QVERIFY2(busy.message().contains(what), qPrintable(busy.message()));
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        }
        QSqlDatabase::removeDatabase(other);
        QCOMPARE(st.rows(QStringLiteral("scratch")), 1);
    }

    void auditChainDetectsTampering() {
        TempStation st;
        QVERIFY(st.service().openTube(tubeCode(1)).ok());
        QVERIFY(st.service().addResident(makeResident(1), EntryMethod::Scanner).ok());
        QVERIFY(checkIntegrity(st.db()).ok());
        QSqlQuery q(st.db().connection());
        // Someone drops the guard and edits row 2.
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_append_only")));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET detail = '{\"x\":1}' WHERE id = 2")));
        const IntegrityReport r = checkIntegrity(st.db());
        QVERIFY(!r.ok());
        QVERIFY2(r.problems.join(QLatin1Char(' ')).contains(QLatin1String("row 2")),
                 qPrintable(r.problems.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
