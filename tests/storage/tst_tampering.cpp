// SPDX-License-Identifier: GPL-3.0-or-later
// A station's database tampered with in each of the ways docs/data-protection.md lists:
// `check` detects every one and names its kind; a clean database passes; checking never
// writes to the file.
#include "core/sampling/SamplingService.h"
#include "core/security/PersonalDataAccess.h"
#include "core/security/StationKeyring.h"
#include "core/storage/Database.h"
#include "core/storage/IntegrityCheck.h"
#include "core/storage/Journal.h"
#include "core/storage/StationPaths.h"
#include "core/storage/StationStore.h"
#include "tests/support/CliRun.h"
#include "tests/support/TempStation.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace station;
using namespace station::test;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery");

QByteArray fileBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs SQL on a copy with a plain connection, the way a tamperer with the file would: the
// append-only triggers dropped first.
bool tamper(const QString &path, const QStringList &statements, QString *error) {
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            *error = db.lastError().text();
            ok = false;
        } else {
            QSqlQuery q(db);
            const QStringList all =
                QStringList{QStringLiteral("DROP TRIGGER IF EXISTS audit_append_only"),
                            QStringLiteral("DROP TRIGGER IF EXISTS audit_no_delete"),
                            QStringLiteral("DROP TRIGGER IF EXISTS samples_tube_open"),
                            QStringLiteral("DROP TRIGGER IF EXISTS samples_tube_capacity"),
                            QStringLiteral("DROP TRIGGER IF EXISTS outbox_immutable"),
                            QStringLiteral("DROP TRIGGER IF EXISTS outbox_payload_purge_only")} +
                statements;
            for (const QString &sql : all) {
                if (!q.exec(sql)) {
                    *error = sql + QStringLiteral(": ") + q.lastError().text();
                    ok = false;
                    break;
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Recomputes the keyless hash chain from the first row on, as a tamperer without the
// passphrase can; `stripMacs` also clears the signatures it cannot recompute.
bool rechain(const QString &path, bool stripMacs, QString *error) {
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        ok = ok && q.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_append_only"));
        ok = ok && q.exec(QStringLiteral(
                       "SELECT id, at, operator_id, action, subject, detail FROM audit_log "
                       "ORDER BY id"));
        QList<QPair<qint64, QString>> hashes;
        QString prev = QString(64, QLatin1Char('0'));
        while (ok && q.next()) {
            const QString hash =
                auditRowHash(prev, q.value(1).toString(), q.value(2).toLongLong(),
                             q.value(3).toString(), q.value(4).toString(), q.value(5).toString());
            hashes.append({q.value(0).toLongLong(), hash});
            prev = hash;
        }
        QString last = QString(64, QLatin1Char('0'));
        for (const auto &row : hashes) {
            QSqlQuery u(db);
            u.prepare(stripMacs ? QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ?, "
                                                 "mac = NULL WHERE id = ?")
                                : QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? "
                                                 "WHERE id = ?"));
            u.addBindValue(last);
            u.addBindValue(row.second);
            u.addBindValue(row.first);
            if (!u.exec()) {
                *error = u.lastError().text();
                ok = false;
                break;
            }
            last = row.second;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestTampering : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanDatabasePasses();
    void everyTamperingIsDetectedAndNamed_data();
    void everyTamperingIsDetectedAndNamed();
    void cliCheckNamesTamperings_data();
    void cliCheckNamesTamperings();
    void checkNeverWritesTheFile();
    void checkDoesNotMigrateAHalfCreatedDatabase();

private:
    // A copy of the station's database in a new directory (the station's layout).
    QString copyStation(QTemporaryDir &into) const;
    IntegrityReport checkCopy(const QString &dir, bool deep);

    QTemporaryDir m_dir;
    std::shared_ptr<PersonalDataCodec> m_codec;
};

void TestTampering::initTestCase() {
    QVERIFY(m_dir.isValid());
    Database db;
    QVERIFY(db.open(databasePath(m_dir.path())).ok());
    QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::LocalTime).toUTC();
    Clock clock = [&now] { return now; };
    StationStore store(db, clock);
    QVERIFY(store
                .provision(testIdentity(5),
                           {QStringLiteral("S001"), QStringLiteral("李护士"),
                            QStringLiteral("246810")},
                           kPassphrase, PassphraseCost::minimal())
                .ok());
    auto codec = unlockPersonalData(db, kPassphrase);
    QVERIFY2(codec.ok(), qPrintable(codec.message()));
    m_codec = codec.value();
    db.setAuditSigner(m_codec);
    const auto op = store.signIn(QStringLiteral("S001"), QStringLiteral("246810"));
    QVERIFY(op.ok());

    SamplingService s(db, *m_codec, *store.identity(), clock);
    s.setOperator(op.value());
    // Tube 1: five people, sealed at capacity. Tube 2: three, one removed, sealed early.
    // Both in box 1, sealed. Tube 3: open with two people.
    QVERIFY(s.openTube(tubeCode(1)).ok());
    for (int i = 1; i <= 5; ++i) {
        now = now.addSecs(30);
        QVERIFY(s.addResident(makeResident(i), EntryMethod::Scanner).ok());
    }
    QVERIFY(s.openTube(tubeCode(2)).ok());
    qint64 toRemove = 0;
    for (int i = 6; i <= 8; ++i) {
        now = now.addSecs(30);
        const auto added = s.addResident(makeResident(i), EntryMethod::Scanner);
        QVERIFY(added.ok());
        if (i == 7)
            toRemove = added->sampleId;
    }
    QVERIFY(s.removeSample(toRemove, QStringLiteral("wrong person")).ok());
    QVERIFY(s.sealOpenTubeEarly(QStringLiteral("end of queue")).ok());
    QVERIFY(s.openBox(boxCode(1)).ok());
    QVERIFY(s.addTubeToBox(tubeCode(1)).ok());
    QVERIFY(s.addTubeToBox(tubeCode(2)).ok());
    QVERIFY(s.sealBox().ok());

    // Synchronised up to here: the server acknowledged the records and confirmed the head.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET state = 'acked', acked_at = '2026-11-25T02:"
                                  "00:00Z'")));
    QVERIFY(q.exec(
        QStringLiteral("INSERT INTO audit_anchor (id, seq, mac, confirmed_at) SELECT 1, id, mac, "
                       "'2026-11-25T02:00:00Z' FROM audit_log ORDER BY id DESC LIMIT 1")));

    // Not synchronised yet.
    QVERIFY(s.openTube(tubeCode(3)).ok());
    for (int i = 9; i <= 10; ++i) {
        now = now.addSecs(30);
        QVERIFY(s.addResident(makeResident(i), EntryMethod::Scanner).ok());
    }
    const IntegrityReport r = checkIntegrity(db, m_codec.get());
    QVERIFY2(r.ok(), qPrintable(r.problems.join(QLatin1Char('\n'))));
    QVERIFY(r.signedAuditRows > 0);
    db.close();
}

QString TestTampering::copyStation(QTemporaryDir &into) const {
    const QString to = databasePath(into.path());
    QDir().mkpath(QFileInfo(to).absolutePath());
    QFile::copy(databasePath(m_dir.path()), to);
    return to;
}

IntegrityReport TestTampering::checkCopy(const QString &dir, bool deep) {
    Database db;
    if (!db.openReadOnly(databasePath(dir)).ok())
        return {};
    return checkIntegrity(db, deep ? m_codec.get() : nullptr);
}

void TestTampering::cleanDatabasePasses() {
    QTemporaryDir dir;
    copyStation(dir);
    const IntegrityReport plain = checkCopy(dir.path(), false);
    QVERIFY2(plain.ok(), qPrintable(plain.problems.join(QLatin1Char('\n'))));
    QVERIFY(plain.samples > 0);
    const IntegrityReport deep = checkCopy(dir.path(), true);
    QVERIFY2(deep.ok(), qPrintable(deep.problems.join(QLatin1Char('\n'))));
    QVERIFY(deep.deep);
}

namespace {

// Sample ids by tube and position, in SQL.
QString sampleAt(int tube, int position) {
    return QStringLiteral("(SELECT s.id FROM samples s JOIN tubes t ON t.id = s.tube_id WHERE "
                          "t.code = '%1' AND s.position = %2)")
        .arg(tubeCode(tube))
        .arg(position);
}

} // namespace

void TestTampering::everyTamperingIsDetectedAndNamed_data() {
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<int>("rechain"); // 0 no, 1 recompute hashes, 2 recompute and strip MACs
    QTest::addColumn<bool>("deep");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("named"); // a word the message must hold

    const QString lastAudit = QStringLiteral("(SELECT max(id) FROM audit_log)");
    QTest::newRow("edited audit row")
        << QStringList{QStringLiteral("UPDATE audit_log SET detail = '{}' WHERE id = 5")} << 0
        << false << QString::fromLatin1(integrity::kAuditChainBroken) << QStringLiteral("row 5");
    QTest::newRow("deleted audit row")
        << QStringList{QStringLiteral("DELETE FROM audit_log WHERE id = 6")} << 0 << false
        << QString::fromLatin1(integrity::kAuditChainBroken) << QStringLiteral("row 7");
    QTest::newRow("swapped audit rows")
        << QStringList{QStringLiteral("UPDATE audit_log SET id = -1 WHERE id = 8"),
                       QStringLiteral("UPDATE audit_log SET id = 8 WHERE id = 9"),
                       QStringLiteral("UPDATE audit_log SET id = 9 WHERE id = -1")}
        << 0 << false << QString::fromLatin1(integrity::kAuditChainBroken)
        << QStringLiteral("row 8");
    QTest::newRow("last audit rows deleted")
        << QStringList{QStringLiteral("DELETE FROM audit_log WHERE id >= ") + lastAudit +
                       QStringLiteral(" - 1")}
        << 0 << false << QString::fromLatin1(integrity::kAuditTailCut) << QStringLiteral("removed");
    QTest::newRow("synchronised tail cut, sequence reset")
        << QStringList{QStringLiteral("DELETE FROM audit_log WHERE id >= (SELECT seq FROM "
                                      "audit_anchor) - 1"),
                       QStringLiteral("UPDATE sqlite_sequence SET seq = (SELECT max(id) FROM "
                                      "audit_log) WHERE name = 'audit_log'"),
                       QStringLiteral("DELETE FROM outbox WHERE seq > 1000")}
        << 0 << false << QString::fromLatin1(integrity::kAuditAnchorMismatch)
        << QStringLiteral("synchronised");
    QTest::newRow("edited row, keyless chain recomputed")
        << QStringList{QStringLiteral("UPDATE audit_log SET detail = replace(detail, "
                                      "'\"scanner\"', '\"manual\"') WHERE action = "
                                      "'sample.taken'")}
        << 1 << true << QString::fromLatin1(integrity::kAuditSignatureInvalid)
        << QStringLiteral("signature");
    QTest::newRow("chain recomputed, signatures stripped")
        << QStringList{QStringLiteral("UPDATE audit_log SET detail = '{}' WHERE action = "
                                      "'tube.voided'")}
        << 2 << false << QString::fromLatin1(integrity::kAuditUnsigned)
        << QStringLiteral("not signed");
    QTest::newRow("sample moved to another tube of the same box")
        << QStringList{QStringLiteral("UPDATE samples SET tube_id = (SELECT id FROM tubes WHERE "
                                      "code = '%1'), position = 4 WHERE id = %2")
                           .arg(tubeCode(2), sampleAt(1, 5))}
        << 0 << false << QString::fromLatin1(integrity::kSampleMoved)
        << QStringLiteral("audit log put it");
    QTest::newRow("two samples swapped between tubes")
        << QStringList{QStringLiteral("UPDATE samples SET uuid = 'a-' || uuid WHERE id IN (%1, "
                                      "%2)")
                           .arg(sampleAt(1, 1), sampleAt(2, 1)),
                       QStringLiteral("UPDATE samples SET uuid = CASE WHEN id = %1 THEN (SELECT "
                                      "substr(uuid, 3) FROM samples WHERE id = %2) ELSE (SELECT "
                                      "substr(uuid, 3) FROM samples WHERE id = %1) END WHERE id IN "
                                      "(%1, %2)")
                           .arg(sampleAt(1, 1), sampleAt(2, 1))}
        << 0 << false << QString::fromLatin1(integrity::kSampleMoved)
        << QStringLiteral("audit log put it");
    QTest::newRow("removed sample deleted")
        << QStringList{QStringLiteral("DELETE FROM samples WHERE state = 'removed'")} << 0 << false
        << QString::fromLatin1(integrity::kSampleMissing) << QStringLiteral("deleted");
    QTest::newRow("boxed sample deleted")
        << QStringList{QStringLiteral("DELETE FROM samples WHERE id = ") + sampleAt(1, 2)} << 0
        << false << QString::fromLatin1(integrity::kBoxCounts) << boxCode(1);
    QTest::newRow("outbox record deleted")
        << QStringList{QStringLiteral("DELETE FROM outbox WHERE kind = 'tube.sealed'")} << 0
        << false << QString::fromLatin1(integrity::kOutboxMissing) << QStringLiteral("outbox");
    QTest::newRow("encrypted fields of two samples swapped")
        << QStringList{QStringLiteral("UPDATE samples SET name = CASE WHEN id = %1 THEN (SELECT "
                                      "name FROM samples WHERE id = %2) ELSE (SELECT name FROM "
                                      "samples WHERE id = %1) END WHERE id IN (%1, %2)")
                           .arg(sampleAt(1, 3), sampleAt(1, 4))}
        << 0 << true << QString::fromLatin1(integrity::kFieldUnopenable)
        << QStringLiteral("Column name");
    QTest::newRow("key row deleted")
        << QStringList{QStringLiteral("DELETE FROM keyring")} << 0 << false
        << QString::fromLatin1(integrity::kKeyMissing) << QStringLiteral("key");
    QTest::newRow("removed sample made active again")
        << QStringList{QStringLiteral("UPDATE samples SET state = 'active', removed_at = NULL "
                                      "WHERE state = 'removed'")}
        << 0 << false << QString::fromLatin1(integrity::kSampleStateUnexplained)
        << QStringLiteral("leaves it removed");
    QTest::newRow("sample inserted behind the log")
        << QStringList{QStringLiteral("INSERT INTO samples (uuid, tube_id, position, state, "
                                      "person_key, id_type, "
                                      "id_masked, id_tail, name, id_number, entry_method, "
                                      "operator_id, taken_at, "
                                      "taken_day) SELECT 'forged-' || uuid, tube_id, 9, state, 'x' "
                                      "|| person_key, "
                                      "id_type, id_masked, id_tail, name, id_number, entry_method, "
                                      "operator_id, taken_at, "
                                      "taken_day FROM samples WHERE id = ") +
                       sampleAt(3, 1)}
        << 0 << false << QString::fromLatin1(integrity::kSampleUnexplained)
        << QStringLiteral("no audit row");
    QTest::newRow("open tube and its samples deleted")
        << QStringList{QStringLiteral("DELETE FROM samples WHERE tube_id = (SELECT id FROM tubes "
                                      "WHERE code = '%1')")
                           .arg(tubeCode(3)),
                       QStringLiteral("DELETE FROM outbox WHERE kind = 'sample.taken' AND uuid "
                                      "NOT IN (SELECT uuid FROM samples)"),
                       QStringLiteral("DELETE FROM tubes WHERE code = '%1'").arg(tubeCode(3))}
        << 0 << false << QString::fromLatin1(integrity::kTubeMissing) << tubeCode(3);
    QTest::newRow("tube taken out of its box")
        << QStringList{QStringLiteral("UPDATE tubes SET box_id = NULL, state = 'sealed' WHERE "
                                      "code = '%1'")
                           .arg(tubeCode(2))}
        << 0 << false << QString::fromLatin1(integrity::kTubeBoxUnexplained) << tubeCode(2);
    QTest::newRow("person keys of two samples swapped")
        << QStringList{QStringLiteral("UPDATE samples SET person_key = CASE WHEN id = %1 THEN "
                                      "(SELECT person_key FROM samples WHERE id = %2) ELSE (SELECT "
                                      "person_key FROM samples WHERE id = %1) END WHERE id IN "
                                      "(%1, %2)")
                           .arg(sampleAt(1, 3), sampleAt(2, 1))}
        << 0 << true << QString::fromLatin1(integrity::kPersonKeyMismatch)
        << QStringLiteral("person key");
}

void TestTampering::everyTamperingIsDetectedAndNamed() {
    QFETCH(QStringList, statements);
    QFETCH(int, rechain);
    QFETCH(bool, deep);
    QFETCH(QString, kind);
    QFETCH(QString, named);
    QTemporaryDir dir;
    const QString path = copyStation(dir);
    QString error;
    QVERIFY2(tamper(path, statements, &error), qPrintable(error));
    if (rechain > 0)
        QVERIFY2(::rechain(path, rechain == 2, &error), qPrintable(error));
    const IntegrityReport r = checkCopy(dir.path(), deep);
    const QString all = r.problemKinds.join(QLatin1Char(',')) + QLatin1Char('\n') +
                        r.problems.join(QLatin1Char('\n'));
    QVERIFY2(r.has(kind.toLatin1().constData()), qPrintable(all));
    const int at = int(r.problemKinds.indexOf(kind));
    QVERIFY2(r.problems.at(at).contains(named), qPrintable(all));
}

void TestTampering::cliCheckNamesTamperings_data() {
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<bool>("deep");
    QTest::addColumn<QString>("kind");
    QTest::newRow("clean") << QStringList{} << true << QString();
    QTest::newRow("last audit rows deleted")
        << QStringList{QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM "
                                      "audit_log)")}
        << false << QString::fromLatin1(integrity::kAuditTailCut);
    QTest::newRow("removed sample deleted")
        << QStringList{QStringLiteral("DELETE FROM samples WHERE state = 'removed'")} << false
        << QString::fromLatin1(integrity::kSampleMissing);
    QTest::newRow("encrypted fields swapped")
        << QStringList{QStringLiteral("UPDATE samples SET id_number = CASE WHEN id = %1 THEN "
                                      "(SELECT id_number FROM samples WHERE id = %2) ELSE (SELECT "
                                      "id_number FROM samples WHERE id = %1) END WHERE id IN (%1, "
                                      "%2)")
                           .arg(sampleAt(1, 3), sampleAt(2, 1))}
        << true << QString::fromLatin1(integrity::kFieldUnopenable);
}

void TestTampering::cliCheckNamesTamperings() {
    QFETCH(QStringList, statements);
    QFETCH(bool, deep);
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString path = copyStation(dir);
    QString error;
    if (!statements.isEmpty())
        QVERIFY2(tamper(path, statements, &error), qPrintable(error));
    const QString passFile = dir.filePath(QStringLiteral("passphrase"));
    QFile f(passFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kPassphrase.toUtf8() + '\n');
    f.close();
    QStringList args{QStringLiteral("check"), QStringLiteral("--json"),
                     QStringLiteral("--data-dir"), dir.path()};
    if (deep)
        args << QStringLiteral("--deep") << QStringLiteral("--site-passphrase-file") << passFile;
    const CliRun run = runCli(args);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QStringList kinds =
        report.value(QLatin1String("problem_kinds")).toVariant().toStringList();
    if (kind.isEmpty()) {
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(report.value(QLatin1String("ok")).toBool());
        QCOMPARE(report.value(QLatin1String("deep")).toBool(), deep);
    } else {
        QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
        QVERIFY2(kinds.contains(kind), qPrintable(run.out + run.err));
    }
}

void TestTampering::checkNeverWritesTheFile() {
    QTemporaryDir dir;
    const QString path = copyStation(dir);
    const QByteArray before = fileBytes(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    const CliRun run = runCli({QStringLiteral("check"), QStringLiteral("--data-dir"), dir.path()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(fileBytes(path) == before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")) ||
            QFileInfo(path + QStringLiteral("-wal")).size() == 0);
}

void TestTampering::checkDoesNotMigrateAHalfCreatedDatabase() {
    // What an interrupted first start leaves: a file with an old schema version and no
    // station in it.
    QTemporaryDir dir;
    const QString path = databasePath(dir.path());
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString error;
    QVERIFY2(tamper(path,
                    {QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
                     QStringLiteral("INSERT INTO schema_version VALUES (3)")},
                    &error),
             qPrintable(error));
    const QByteArray before = fileBytes(path);
    const CliRun run = runCli({QStringLiteral("check"), QStringLiteral("--json"),
                               QStringLiteral("--data-dir"), dir.path()});
    QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(QLatin1String("schema_version")).toInt(), 3);
    QVERIFY(report.value(QLatin1String("problem_kinds"))
                .toVariant()
                .toStringList()
                .contains(QString::fromLatin1(integrity::kSchema)));
    QVERIFY(fileBytes(path) == before);
    Database db;
    QVERIFY(db.openReadOnly(path).ok());
    QCOMPARE(db.schemaVersion(), 3);
}

QTEST_GUILESS_MAIN(TestTampering)
#include "tst_tampering.moc"
