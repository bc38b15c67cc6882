// SPDX-License-Identifier: GPL-3.0-or-later
// The ingest's statements on SQLite (server/BatchStatement speaks to SQLite itself): values
// bind and read back as QSqlQuery binds and reads them (a null QString is NULL, an empty
// one is ''), a conflict that inserts nothing changes no row, rows come one by one, a
// statement is run again after a read left half done, and a wrong number of values is
// refused.
#include "server/BatchStatement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using station::server::BatchStatement;

class TstBatchStatement : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
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
                         QVariant(QMetaType::fromType<int>()), QVariant(QStringLiteral("x"))},
                        {QStringLiteral("c"), QStringLiteral("测试 ü"), QVariant(true),
                         QVariant(qint64(-3))}};
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
        QVERIFY(q.exec(QStringLiteral("SELECT id, name IS NULL, name, n IS NULL, n, big, "
                                      "typeof(big) FROM t ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toInt(), 1); // null QString: NULL
        QCOMPARE(q.value(4).toInt(), 7);
        QCOMPARE(q.value(5).toLongLong(), qint64(1) << 40);
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toInt(), 0); // empty QString: ''
        QCOMPARE(q.value(2).toString(), QString());
        QCOMPARE(q.value(3).toInt(), 1); // null int: NULL
        QCOMPARE(q.value(6).toString(), QStringLiteral("text"));
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
        QVERIFY(!bad.prepare(QStringLiteral("SELECT x FROM nowhere")));
        QVERIFY2(bad.lastError().text().contains(QStringLiteral("nowhere")),
                 qPrintable(bad.lastError().text()));
        QVERIFY(!bad.exec());
    }

private:
    int countRows() {
        QSqlQuery q(m_db);
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM t")) && q.next() ? q.value(0).toInt()
                                                                            : -1;
    }
    QSqlDatabase m_db;
};

QTEST_GUILESS_MAIN(TstBatchStatement)
#include "tst_batch_statement.moc"
