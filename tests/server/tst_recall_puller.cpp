// SPDX-License-Identifier: GPL-3.0-or-later
// The site hub's copy of the province's recalls (server/RecallPuller::keep): only `recall`
// facts are copied, each named by the hub's person key of the same sample (the hub's
// stations compute keys with the hub's site key), and the province's cursor is kept with
// them in one transaction.
#include "server/Database.h"
#include "server/RecallPuller.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace station::server;

namespace {
const QString kSite = QStringLiteral("GZ-TH-017");
}

class tst_RecallPuller : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void copiesRecallFactsUnderTheHubsPersonKey() {
        QTemporaryDir dir;
        DatabaseTarget target;
        target.sqlitePath = dir.filePath(QStringLiteral("hub.db"));
        target.createIfMissing = true;
        Database database(target);
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QSqlQuery q(database.connection());
        // The hub's own fact of a sample it relayed, under the hub's key.
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO site_facts (site, kind, station, table_label, person_key, tube, "
            "sample_uuid, at, record_uuid) VALUES ('GZ-TH-017', 'person_sampled', "
            "'gz-th-017-t01', 'Table 1', 'hub-key-1', 'GZ0001', 'sample-1', "
            "'2026-12-03T09:00:00.000Z', 'sample-1')")));
        RecallPuller puller(
            database, kSite,
            [](const QString &, const QString &, int) { return std::optional<QNetworkRequest>(); },
            RecallPuller::Timing{});
        QCOMPARE(puller.cursor(&error), 0);
        const auto fact = [](qint64 seq, const QString &kind, const QString &sample,
                             const QString &state) {
            return QJsonObject{{QStringLiteral("seq"), seq},
                               {QStringLiteral("kind"), kind},
                               {QStringLiteral("station"), QStringLiteral("gz-th-017-t01")},
                               {QStringLiteral("table"), QStringLiteral("Table 1")},
                               {QStringLiteral("person_key"), QStringLiteral("province-key")},
                               {QStringLiteral("tube"), QStringLiteral("GZ0001")},
                               {QStringLiteral("sample_uuid"), sample},
                               {QStringLiteral("outcome"), QStringLiteral("positive")},
                               {QStringLiteral("state"), state},
                               {QStringLiteral("at"), QStringLiteral("2026-12-03T10:00:00.000Z")}};
        };
        const QJsonArray answer{
            fact(40, QStringLiteral("person_sampled"), QStringLiteral("sample-1"), QString()),
            fact(41, QStringLiteral("recall"), QStringLiteral("sample-1"), QStringLiteral("open")),
            fact(42, QStringLiteral("recall"), QStringLiteral("sample-9"), QStringLiteral("open"))};
        const std::optional<int> kept = puller.keep(answer, 42, &error);
        QVERIFY2(kept, qPrintable(error));
        QCOMPARE(*kept, 2);
        QCOMPARE(puller.cursor(&error), 42);
        QVERIFY(q.exec(QStringLiteral("SELECT sample_uuid, person_key, state, outcome FROM "
                                      "site_facts WHERE kind = 'recall' ORDER BY seq")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("sample-1"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("hub-key-1")); // the hub's key
        QCOMPARE(q.value(2).toString(), QStringLiteral("open"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("positive"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("sample-9"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("province-key")); // unknown here
        QVERIFY(!q.next());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM site_facts")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3); // the province's person fact was not copied
        // A closed fact later moves the cursor on.
        QCOMPARE(*puller.keep({fact(50, QStringLiteral("recall"), QStringLiteral("sample-1"),
                                    QStringLiteral("closed"))},
                              50, &error),
                 1);
        QCOMPARE(puller.cursor(&error), 50);
    }
};

QTEST_GUILESS_MAIN(tst_RecallPuller)
#include "tst_recall_puller.moc"
