// SPDX-License-Identifier: GPL-3.0-or-later
// server/WalCheckpointer: the WAL of an SQLite database is copied back into the file on a
// thread of its own while commits go on, the log then starts afresh (it does not grow with
// every commit), and every committed row is there when the database is opened again.
#include "server/WalCheckpointer.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using station::server::WalCheckpointer;

namespace {

sqlite3 *handleOf(const QSqlDatabase &db) {
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !handle.data())
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

} // namespace

class TstWalCheckpointer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void copiesOnItsThreadAndTheLogStartsAfresh() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("wal.db"));
        const QString name = QStringLiteral("wal");
        int rows = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const char *statement :
                 {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                  "PRAGMA wal_autocheckpoint=0", // only the checkpointer copies
                  "CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB NOT NULL)"})
                QVERIFY2(query.exec(QLatin1String(statement)), statement);
            // Small sizes: the thread wakes at 32 pages; no commit copies the log for it.
            WalCheckpointer checkpointer(32, 1 << 30);
            QString error;
            QVERIFY2(checkpointer.start(handleOf(db), path, &error), qPrintable(error));

            QSqlQuery insert(db);
            QVERIFY(insert.prepare(QStringLiteral("INSERT INTO t (data) VALUES (?)")));
            const auto commitOne = [&] {
                if (!db.transaction())
                    return false;
                for (int i = 0; i < 2; ++i) { // two rows of a page each
                    insert.addBindValue(QByteArray(4000, char('a' + rows % 26)));
                    if (!insert.exec())
                        return false;
                    ++rows;
                }
                return db.commit();
            };
            for (int commit = 0; commit < 200; ++commit)
                QVERIFY(commitOne());
            QTRY_VERIFY(checkpointer.threadCheckpoints() > 0);

            // The frames in the log now (the PRAGMA's second column): after the thread's
            // copy, a commit copies the rest and the next one starts the log afresh.
            const auto framesInLog = [&] {
                QSqlQuery frames(db);
                if (!frames.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) ||
                    !frames.next())
                    return -1;
                return frames.value(1).toInt();
            };
            QTRY_VERIFY(commitOne() && framesInLog() >= 0 && framesInLog() < 32);
        }
        QSqlDatabase::removeDatabase(name);

        // Every committed row is in the database, and the file is sound.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM t")) && query.next());
            QCOMPARE(query.value(0).toInt(), rows);
            QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        }
        QSqlDatabase::removeDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TstWalCheckpointer)
#include "tst_wal_checkpointer.moc"
