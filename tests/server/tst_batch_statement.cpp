// SPDX-License-Identifier: GPL-3.0-or-later
// The ingest's statements on SQLite (server/BatchStatement speaks to SQLite itself): values
// bind and read back as QSqlQuery binds and reads them (a null QString is NULL, an empty
// one is ''), a conflict that inserts nothing changes no row, rows come one by one, a
// statement is run again after a read left half done, and a wrong number of values is
// refused. Its PostgreSQL twin: the same on PostgreSQL (libpq on Qt's connection), a statement
// prepared once per connection, and the pipeline (answers read when asked for; a failed
// statement fails the batch at the next statement and at settle()).
#include "server/BatchStatement.h"
#include "tests/support/PostgresCluster.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using station::server::BatchStatement;
using station::test::PostgresCluster;
using station::test::runsOnPostgres;

class TstBatchStatement : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (!runsOnPostgres())
            return;
        m_postgres = std::make_unique<PostgresCluster>();
        QString error;
        if (!m_postgres->start(&error))
            QSKIP(qPrintable(error));
    }
    void init() {
        if (m_postgres) {
            m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("batch"));
            m_postgres->configure(m_db);
            QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
            QSqlQuery q(m_db);
            QVERIFY(q.exec(QStringLiteral("DROP TABLE IF EXISTS t")));
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE t (id TEXT PRIMARY KEY, name TEXT, n INTEGER, big BIGINT)")));
            return;
        }
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("batch"));
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(m_db.open());
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE t (id TEXT PRIMARY KEY, name TEXT, n INTEGER, big INTEGER)")));
    }
    void cleanup() {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("batch"));
    }

    void bindsAsQtDoes() {
        QVERIFY(m_db.transaction());
        {
            BatchStatement insert(m_db);
            QVERIFY(insert.prepare(QStringLiteral(
                "INSERT INTO t (id, name, n, big) VALUES (?,?,?,?) ON CONFLICT (id) DO NOTHING")));
            const struct {
                QString id;
                QString name;
                QVariant n;
                QVariant big;
            } rows[] = {{QStringLiteral("a"), QString(), QVariant(7), QVariant(qint64(1) << 40)},
                        {QStringLiteral("b"), QStringLiteral(""),
                         QVariant(QMetaType::fromType<int>()),
                         m_postgres ? QVariant(qint64(5)) : QVariant(QStringLiteral("x"))},
                        {QStringLiteral("c"), QStringLiteral("测试 ü"),
                         m_postgres ? QVariant(1) : QVariant(true), QVariant(qint64(-3))}};
            for (const auto &row : rows) {
                insert.addBindValue(row.id);
                insert.addBindValue(row.name);
                insert.addBindValue(row.n);
                insert.addBindValue(row.big);
                QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
                QCOMPARE(insert.numRowsAffected(), 1);
            }
            // The same id again: nothing inserted, no row changed.
            insert.addBindValue(QStringLiteral("a"));
            insert.addBindValue(QStringLiteral("other"));
            insert.addBindValue(QVariant(1));
            insert.addBindValue(QVariant(2));
            QVERIFY(insert.exec());
            QCOMPARE(insert.numRowsAffected(), 0);
            // Too few values: refused, nothing run.
            insert.addBindValue(QStringLiteral("d"));
            QVERIFY(!insert.exec());
            QVERIFY(insert.lastError().isValid());
        }
        QVERIFY(m_db.commit());

        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT id, name IS NULL, name, n IS NULL, n, big, %1 "
                                      "FROM t ORDER BY id")
                           .arg(m_postgres ? QStringLiteral("pg_typeof(big)::text")
                                           : QStringLiteral("typeof(big)"))));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toInt(), 1); // null QString: NULL
        QCOMPARE(q.value(4).toInt(), 7);
        QCOMPARE(q.value(5).toLongLong(), qint64(1) << 40);
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toInt(), 0); // empty QString: ''
        QCOMPARE(q.value(2).toString(), QString());
        QCOMPARE(q.value(3).toInt(), 1); // null int: NULL
        QCOMPARE(q.value(6).toString(),
                 m_postgres ? QStringLiteral("bigint") : QStringLiteral("text"));
        QVERIFY(q.next());
        QCOMPARE(q.value(2).toString(), QStringLiteral("测试 ü"));
        QCOMPARE(q.value(4).toInt(), 1);
        QCOMPARE(q.value(5).toLongLong(), qint64(-3));
        QVERIFY(!q.next());
        QCOMPARE(countRows(), 3);
    }

    void readsRowsAndRunsAgain() {
        QSqlQuery fill(m_db);
        QVERIFY(fill.exec(QStringLiteral("INSERT INTO t (id, name, n) VALUES ('a', 'x', 1), "
                                         "('b', NULL, 2), ('c', 'z', 3)")));
        BatchStatement select(m_db);
        QVERIFY(
            select.prepare(QStringLiteral("SELECT id, name, n FROM t WHERE n >= ? ORDER BY n")));
        select.addBindValue(QVariant(1));
        QVERIFY(select.exec());
        QVERIFY(select.next());
        QCOMPARE(select.value(0).toString(), QStringLiteral("a"));
        QCOMPARE(select.value(2).toLongLong(), 1);
        QVERIFY(select.next());
        QVERIFY(select.value(1).toString().isNull()); // NULL reads as a null QString
        // Left half read: bound and run again from the start.
        select.addBindValue(QVariant(3));
        QVERIFY(select.exec());
        QVERIFY(select.next());
        QCOMPARE(select.value(1).toString(), QStringLiteral("z"));
        QVERIFY(!select.next());
        // No row at all.
        select.addBindValue(QVariant(9));
        QVERIFY(select.exec());
        QVERIFY(!select.next());
        // Finished mid-read, then a write on the same connection commits.
        select.addBindValue(QVariant(1));
        QVERIFY(select.exec());
        QVERIFY(select.next());
        select.finish();
        QVERIFY(m_db.transaction());
        BatchStatement update(m_db);
        QVERIFY(update.prepare(QStringLiteral("UPDATE t SET n = n + 10 WHERE n < ?")));
        update.addBindValue(QVariant(3));
        QVERIFY(update.exec());
        QCOMPARE(update.numRowsAffected(), 2);
        QVERIFY(m_db.commit());
    }

    void refusesBadSql() {
        BatchStatement bad(m_db);
        // PostgreSQL prepares on the server at the first run, and refuses there.
        QCOMPARE(bad.prepare(QStringLiteral("SELECT x FROM nowhere")), bool(m_postgres));
        if (m_postgres)
            QVERIFY(!bad.exec());
        QVERIFY2(bad.lastError().text().contains(QStringLiteral("nowhere")),
                 qPrintable(bad.lastError().text()));
        QVERIFY(!bad.exec());
    }

    // PostgreSQL: read back with the types Qt's driver gives; a placeholder in quotes is text.
    void readsPostgresTypes() {
        if (!m_postgres)
            QSKIP("PostgreSQL only");
        BatchStatement select(m_db);
        QVERIFY(select.prepare(
            QStringLiteral("SELECT ?::int, ?::bigint, ?::text, NULL::text, 'a?b', ?::boolean")));
        select.addBindValue(QVariant(-7));
        select.addBindValue(QVariant(qint64(1) << 40));
        select.addBindValue(QStringLiteral("测试"));
        select.addBindValue(QVariant(true));
        QVERIFY2(select.exec(), qPrintable(select.lastError().text()));
        QVERIFY(select.next());
        QCOMPARE(select.value(0).typeId(), QMetaType::Int);
        QCOMPARE(select.value(0).toInt(), -7);
        QCOMPARE(select.value(1).typeId(), QMetaType::LongLong);
        QCOMPARE(select.value(1).toLongLong(), qint64(1) << 40);
        QCOMPARE(select.value(2).toString(), QStringLiteral("测试"));
        QVERIFY(select.value(3).isNull());
        QVERIFY(select.value(3).toString().isNull());
        QCOMPARE(select.value(4).toString(), QStringLiteral("a?b"));
        QCOMPARE(select.value(5).toBool(), true);
        QVERIFY(!select.next());
    }

    // PostgreSQL: a statement is prepared once per connection, not per batch.
    void preparesOncePerConnection() {
        if (!m_postgres)
            QSKIP("PostgreSQL only");
        const QString sql = QStringLiteral("INSERT INTO t (id, n) VALUES (?, ?)");
        for (int batch = 0; batch < 3; ++batch) {
            QVERIFY(m_db.transaction());
            BatchStatement insert(m_db);
            QVERIFY(insert.prepare(sql));
            insert.addBindValue(QStringLiteral("id%1").arg(batch));
            insert.addBindValue(QVariant(batch));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            QVERIFY(m_db.commit());
        }
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM pg_prepared_statements WHERE "
                                      "statement LIKE 'INSERT INTO t (id, n)%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(countRows(), 3);
    }

    // PostgreSQL's pipeline: statements whose answer is not read go with the next one that
    // is; every answer is there when asked for; Qt's driver uses the connection after settle().
    void pipelinesAndSettles() {
        if (!m_postgres)
            QSKIP("PostgreSQL only");
        QVERIFY(m_db.transaction());
        {
            BatchStatement::Pipeline pipeline(m_db);
            BatchStatement insert(m_db);
            BatchStatement count(m_db);
            QVERIFY(insert.prepare(
                QStringLiteral("INSERT INTO t (id, n) VALUES (?, ?) ON CONFLICT (id) DO NOTHING")));
            QVERIFY(count.prepare(QStringLiteral("SELECT COUNT(*), MAX(n) FROM t WHERE n >= ?")));
            for (int i = 0; i < 1200; ++i) { // more than the answers it keeps unread
                insert.addBindValue(QStringLiteral("p%1").arg(i));
                insert.addBindValue(QVariant(i));
                QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            }
            count.addBindValue(QVariant(0));
            QVERIFY(count.exec());
            QVERIFY(count.next()); // reads the inserts' answers on the way
            QCOMPARE(count.value(0).toLongLong(), 1200);
            QCOMPARE(count.value(1).toInt(), 1199);
            // An answer asked for after later statements were sent.
            insert.addBindValue(QStringLiteral("p0"));
            insert.addBindValue(QVariant(0));
            QVERIFY(insert.exec());
            count.addBindValue(QVariant(1000));
            QVERIFY(count.exec());
            QCOMPARE(insert.numRowsAffected(), 0); // a conflict: nothing inserted
            QVERIFY(count.next());
            QCOMPARE(count.value(0).toLongLong(), 200);
            QVERIFY2(!BatchStatement::settle(m_db).isValid(),
                     qPrintable(BatchStatement::settle(m_db).text()));
            {
                QSqlQuery q(m_db); // Qt's driver, inside the same transaction
                QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM t")),
                         qPrintable(q.lastError().text()));
                QVERIFY(q.next());
                QCOMPARE(q.value(0).toInt(), 1200);
            } // (a QSqlQuery reads what is left of its answer when it ends)
            // Sent again after Qt's driver: the pipeline is entered again.
            insert.addBindValue(QStringLiteral("q"));
            insert.addBindValue(QVariant(-1));
            QVERIFY(insert.exec());
        }
        QVERIFY2(m_db.commit(), qPrintable(m_db.lastError().text()));
        QCOMPARE(countRows(), 1201);
    }

    // PostgreSQL's pipeline: a statement that fails while its answer is unread fails the
    // statements after it and settle(); the batch rolls back and the connection serves the
    // next one.
    void pipelineFailureFailsTheBatch() {
        if (!m_postgres)
            QSKIP("PostgreSQL only");
        QVERIFY(m_db.transaction());
        {
            BatchStatement::Pipeline pipeline(m_db);
            BatchStatement insert(m_db); // no ON CONFLICT: a second "a" fails
            QVERIFY(insert.prepare(QStringLiteral("INSERT INTO t (id, n) VALUES (?, ?)")));
            for (const char *id : {"a", "b", "a"}) {
                insert.addBindValue(QString::fromLatin1(id));
                insert.addBindValue(QVariant(1));
                QVERIFY(insert.exec()); // sent; the failure is not known yet
            }
            BatchStatement later(m_db);
            QVERIFY(later.prepare(QStringLiteral("SELECT COUNT(*) FROM t WHERE n = ?")));
            later.addBindValue(QVariant(1));
            const bool ran = later.exec() && later.next();
            QVERIFY(!ran);
            QVERIFY(later.lastError().isValid());
            insert.addBindValue(QStringLiteral("c"));
            insert.addBindValue(QVariant(1));
            QVERIFY(!insert.exec()); // refused: the batch has failed
            const QSqlError failure = BatchStatement::settle(m_db);
            QVERIFY(failure.isValid());
            QCOMPARE(failure.nativeErrorCode(), QStringLiteral("23505")); // unique_violation
            QVERIFY(m_db.rollback());
        }
        QCOMPARE(countRows(), 0);
        // The next batch on the same connection.
        QVERIFY(m_db.transaction());
        {
            BatchStatement::Pipeline pipeline(m_db);
            BatchStatement insert(m_db);
            QVERIFY(insert.prepare(QStringLiteral("INSERT INTO t (id, n) VALUES (?, ?)")));
            insert.addBindValue(QStringLiteral("a"));
            insert.addBindValue(QVariant(1));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            QVERIFY(!BatchStatement::settle(m_db).isValid());
        }
        QVERIFY(m_db.commit());
        QCOMPARE(countRows(), 1);
    }

private:
    int countRows() {
        QSqlQuery q(m_db);
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM t")) && q.next() ? q.value(0).toInt()
                                                                            : -1;
    }
    QSqlDatabase m_db;
    std::unique_ptr<PostgresCluster> m_postgres;
};

QTEST_GUILESS_MAIN(TstBatchStatement)
#include "tst_batch_statement.moc"
