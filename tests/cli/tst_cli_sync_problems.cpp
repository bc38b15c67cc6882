// SPDX-License-Identifier: GPL-3.0-or-later
// `sampling-station-cli sync-problems` words every kind of site note as the window's list
// (F7) does, in the station's language: what happened and what to do, never the server's
// English sentence (kept as the JSON `reason`); other tables as the user calls them.
#include "core/storage/StationPaths.h"
#include "tests/support/CliRun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

const QString kServerSentence = QStringLiteral("the server's own sentence");

// Site notes as a batch answer leaves them in the station database (core/sync/SiteNotes).
bool keepNotes(const QString &dataDir) {
    bool ok = true;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("notes"));
        db.setDatabaseName(databasePath(dataDir));
        ok = db.open();
        QSqlQuery q(db);
        const QStringList kinds{
            QStringLiteral("tube_code_reused"), QStringLiteral("person_sampled_elsewhere"),
            QStringLiteral("tube_boxed_twice"), QStringLiteral("box_handed_over_twice")};
        for (int i = 0; ok && i < kinds.size(); ++i) {
            q.prepare(QStringLiteral(
                "INSERT INTO site_notes (uuid, kind, record_kind, tube, other_station, "
                "other_table, other_at, reason, noted_at, box) "
                "VALUES (?, ?, 'sample.taken', 'GZ2611250001', 'gz-th-0001-t05', 'Table 5', "
                "'2026-12-03T08:00:00.000Z', ?, '2026-12-03T09:00:00.000Z', 'BX00000042')"));
            q.addBindValue(QStringLiteral("note-%1").arg(i));
            q.addBindValue(kinds.at(i));
            q.addBindValue(kServerSentence);
            ok = q.exec();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("notes"));
    return ok;
}

} // namespace

class tst_CliSyncProblems : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(provisionCliStation(m_dir.path()));
        QVERIFY(keepNotes(m_dir.path()));
    }

    void everyKindIsWorded() {
        const CliRun run =
            runCli({QStringLiteral("sync-problems"), QStringLiteral("--data-dir"), m_dir.path()},
                   60000, {{QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        for (const QString &words :
             {QStringLiteral("Tube code GZ2611250001 was also used at Table 5"),
              QStringLiteral("This person was also sampled at Table 5 at"),
              QStringLiteral("Tube GZ2611250001 was also packed into a box at Table 5"),
              QStringLiteral("Box BX00000042 was also handed over at Table 5"),
              QStringLiteral("4 sync problem")})
            QVERIFY2(run.out.contains(words), qPrintable(run.out));
        QCOMPARE(run.out.count(QStringLiteral("Tell the site lead")), 4);
        QVERIFY2(!run.out.contains(kServerSentence), qPrintable(run.out));
    }

    void jsonKeepsTheServersSentenceApart() {
        const CliRun run = runCli({QStringLiteral("sync-problems"), QStringLiteral("--data-dir"),
                                   m_dir.path(), QStringLiteral("--json")},
                                  60000, {{QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        for (const QString &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            QCOMPARE(o.value(QStringLiteral("reason")).toString(), kServerSentence);
            QCOMPARE(o.value(QStringLiteral("other_table")).toString(), QStringLiteral("Table 5"));
            QVERIFY(
                o.value(QStringLiteral("problem")).toString().contains(QStringLiteral("Table 5")));
            QVERIFY(o.value(QStringLiteral("what_to_do"))
                        .toString()
                        .contains(QStringLiteral("site lead")));
        }
    }

    // In Chinese the other table is "5号台" (the words themselves follow the translations).
    void otherTablesInTheStationsLanguage() {
        const CliRun run =
            runCli({QStringLiteral("sync-problems"), QStringLiteral("--data-dir"), m_dir.path()},
                   60000, {{QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8")}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.count(QStringLiteral("5号台")), 7); // each problem, 3 of the advices
        QVERIFY(!run.out.contains(QStringLiteral("Table 5")));
        QVERIFY(!run.out.contains(kServerSentence));
    }
};

QTEST_GUILESS_MAIN(tst_CliSyncProblems)
#include "tst_cli_sync_problems.moc"
