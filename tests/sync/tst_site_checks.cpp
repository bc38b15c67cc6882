// SPDX-License-Identifier: GPL-3.0-or-later
// Site-wide checks end to end, against a real province-server process over TLS on loopback:
// two stations enrolled at the same site. Table 1 samples and syncs; table 2's facts feed
// (on its own thread) receives the facts; table 2 scanning the same person gets the re-test
// question naming table 1, and table 1's tube code is refused. The feed goes on after the
// server is killed and restarted. Table 2 cut off from the facts samples the same person
// and opens the same tube code: after its sync, the site notes are its sync problems, and
// neither table puts anyone more into its tube with that code.
#include "core/domain/IdDocument.h"
#include "core/sync/SiteFactsFeed.h"
#include "core/sync/SiteNotes.h"
#include "tests/support/CliRun.h"
#include "tests/support/InProcessSiteStation.h"

#include <QTemporaryFile>

#include <memory>

using namespace station;
using namespace station::test;

namespace {

// Answers the re-test question as told and every reason with a word; remembers the questions.
class Asker : public TableAsker {
public:
    bool confirmRetest = false;
    QList<TableQuestion> asked;
    std::optional<QString> ask(const TableQuestion &question) override {
        asked.append(question);
        if (question.kind == TableQuestion::Kind::ConfirmRetest && !confirmRetest)
            return std::nullopt;
        return QStringLiteral("test");
    }
};

// A station of the site on the real clock (the facts a feed starts with are those of the
// last 24 hours) with its asker.
struct SiteStation : InProcessSiteStation {
    Asker asker;
    bool setUp(const ServerProcess &server, int tableNumber, QString *error) {
        return InProcessSiteStation::setUp(server, tableNumber, &asker, error);
    }
};

} // namespace

class tst_SiteChecks : public QObject {
    Q_OBJECT

    ServerProcess m_server;
    SiteStation m_first;  // Table 1
    SiteStation m_second; // Table 2

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.prepare(&error), qPrintable(error));
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_first.setUp(m_server, 1, &error), qPrintable(error));
        QVERIFY2(m_second.setUp(m_server, 2, &error), qPrintable(error));
        // Every station of the site holds the same key.
        QCOMPARE(readSiteKey(m_first.dir.path()), readSiteKey(m_second.dir.path()));
    }

    void cleanupTestCase() { m_server.kill(); }

    void theOtherTableKnowsThroughItsFeed() {
        SiteStation &a = m_first;
        SiteStation &b = m_second;
        QCOMPARE(a.table->scan(tubeCode(1), EntryMethod::Scanner).tone, ScanOutcome::Tone::Success);
        QVERIFY(a.table->scan(residentScan(1), EntryMethod::Scanner).recorded);
        QVERIFY(a.sync(m_server));

        SiteFactsFeedThread feed(databasePath(b.dir.path()), quickSyncSettings(m_server), b.token);
        feed.start();
        QTRY_VERIFY_WITH_TIMEOUT(b.factCount() >= 2, 20000); // the tube, the person

        // Table 2 opens a tube of its own, then scans the person table 1 sampled.
        QCOMPARE(b.table->scan(tubeCode(21), EntryMethod::Scanner).tone,
                 ScanOutcome::Tone::Success);
        const ScanOutcome declined = b.table->scan(residentScan(1), EntryMethod::Scanner);
        QCOMPARE(b.asker.asked.size(), 1);
        QCOMPARE(b.asker.asked.first().kind, TableQuestion::Kind::ConfirmRetest);
        QVERIFY2(b.asker.asked.first().text.contains(QStringLiteral("Table 1")),
                 qPrintable(b.asker.asked.first().text));
        QVERIFY(!declined.recorded);
        QCOMPARE(b.service->openTubeSnapshot()->count(), 0);

        // Table 1's tube code is refused at table 2, with what to do.
        const ScanOutcome refused = b.table->scan(tubeCode(1), EntryMethod::Scanner);
        QCOMPARE(refused.tone, ScanOutcome::Tone::Refusal);
        QVERIFY2(refused.message.contains(QStringLiteral("Table 1")), qPrintable(refused.message));
        QCOMPARE(b.service->openTubeSnapshot()->code, tubeCode(21));

        // The server goes away and comes back: the feed retries and goes on from its cursor.
        const qint64 before = b.factCount();
        QString error;
        m_server.kill();
        QTest::qWait(300);
        QVERIFY2(m_server.start(&error, m_server.port()), qPrintable(error));
        QVERIFY(a.table->scan(residentScan(3), EntryMethod::Scanner).recorded);
        QVERIFY(a.sync(m_server));
        QTRY_VERIFY_WITH_TIMEOUT(b.factCount() == before + 1, 20000);
        feed.shutdown();
    }

    void clashesFoundLaterBecomeSyncProblems() {
        SiteStation &a = m_first;
        SiteStation &b = m_second;
        // Table 2 hears nothing now (no feed runs): table 1 samples person 2 in tube 2.
        a.asker.confirmRetest = true;
        QVERIFY(a.table->sealEarly().recorded || !a.service->openTubeSnapshot());
        QCOMPARE(a.table->scan(tubeCode(2), EntryMethod::Scanner).tone, ScanOutcome::Tone::Success);
        QVERIFY(a.table->scan(residentScan(2), EntryMethod::Scanner).recorded);
        QVERIFY(a.sync(m_server));

        // Table 2 goes on alone: the empty tube is replaced by table 1's code, the person
        // is taken without a question.
        const int questionsBefore = int(b.asker.asked.size());
        QCOMPARE(b.table->scan(tubeCode(2), EntryMethod::Scanner).tone, ScanOutcome::Tone::Success);
        QVERIFY(b.table->scan(residentScan(2), EntryMethod::Scanner).recorded);
        QCOMPARE(int(b.asker.asked.size()), questionsBefore);
        QVERIFY(b.sync(m_server));

        QSqlError error;
        const QList<SiteNote> notes = siteNotes(b.db, &error);
        QVERIFY(!error.isValid());
        QCOMPARE(notes.size(), 2);
        QStringList kinds;
        for (const SiteNote &note : notes) {
            kinds << note.kind;
            QCOMPARE(note.otherTable, QStringLiteral("Table 1"));
            QCOMPARE(note.tube, tubeCode(2));
            QVERIFY(!note.recordKind.isEmpty());
        }
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("person_sampled_elsewhere"),
                                     QStringLiteral("tube_code_reused")}));
        // Table 1 synced first and its batch answer said nothing: the code both tables opened
        // reaches it through its facts, as a sync problem naming table 2 (it would otherwise
        // go on filling the tube). Once, however often the facts come.
        QVERIFY(siteNotes(a.db, &error).isEmpty());
        SiteFactsFeedThread feed(databasePath(a.dir.path()), quickSyncSettings(m_server), a.token);
        feed.start();
        QTRY_VERIFY_WITH_TIMEOUT(siteNotes(a.db, &error).size() == 1, 20000);
        feed.shutdown();
        const SiteNote told = siteNotes(a.db, &error).first();
        QCOMPARE(told.kind, QStringLiteral("tube_code_reused"));
        QCOMPARE(told.tube, tubeCode(2));
        QCOMPARE(told.otherTable, QStringLiteral("Table 2"));
        QCOMPARE(told.otherStation, b.deviceId);
        QCOMPARE(told.recordKind, QStringLiteral("tube.opened"));

        // Now neither table fills its tube with that code: each refuses the next person,
        // naming the other table; each tube keeps its one person, to be sealed.
        const ScanOutcome atSecond = b.table->scan(residentScan(5), EntryMethod::Scanner);
        QVERIFY(atSecond.tubeCodeShared);
        QVERIFY2(atSecond.message.contains(QStringLiteral("Table 1")),
                 qPrintable(atSecond.message));
        const ScanOutcome atFirst = a.table->scan(residentScan(5), EntryMethod::Scanner);
        QVERIFY(atFirst.tubeCodeShared);
        QVERIFY2(atFirst.message.contains(QStringLiteral("Table 2")), qPrintable(atFirst.message));
        QCOMPARE(a.service->openTubeSnapshot()->count(), 1);
        QCOMPARE(b.service->openTubeSnapshot()->count(), 1);
    }

    void commandLineAsksTheSite() {
        const QString dir = m_second.dir.path();
        const ResidentCode person = resident(2);
        // The ID number is a secret: never on the command line (the process list, the shell
        // history), as person-status; refused, nothing asked.
        CliRun r = runCli({QStringLiteral("site-check"), QStringLiteral("--data-dir"), dir,
                           QStringLiteral("--person-id"),
                           idTypeCode(person.idType) + QLatin1Char(':') + person.idNumber});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("no ID number on the command line")),
                 qPrintable(r.err));
        QVERIFY(!r.out.contains(person.idNumber) && !r.err.contains(person.idNumber));
        // From a file (or standard input, "-"), with the type as an option.
        const auto idFile = [](const ResidentCode &who) {
            auto file = std::make_unique<QTemporaryFile>();
            if (file->open()) {
                file->write(who.idNumber.toUtf8() + '\n');
                file->flush();
            }
            return file;
        };
        const auto personFile = idFile(person);
        r = runCli({QStringLiteral("site-check"), QStringLiteral("--data-dir"), dir,
                    QStringLiteral("--id-type"), idTypeCode(person.idType),
                    QStringLiteral("--id-number-file"), personFile->fileName(),
                    QStringLiteral("--tube"), tubeCode(2)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Both tables sampled person 2 and used tube 2 (table 1 first).
        QVERIFY2(r.out.contains(QStringLiteral("Table 1")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("this station")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("single tube")), qPrintable(r.out));
        QVERIFY(!r.out.contains(person.idNumber) && !r.err.contains(person.idNumber));
        // A person sampled alone (as a recall's resample is) is said to be in a single tube.
        SiteStation &a = m_first;
        a.table->sealEarly();
        QCOMPARE(a.table->scan(tubeCode(4), EntryMethod::Scanner).tone, ScanOutcome::Tone::Success);
        QCOMPARE(a.table->choosePoolSize(1).tone, ScanOutcome::Tone::Success);
        QVERIFY(a.table->scan(residentScan(4), EntryMethod::Scanner).recorded);
        QVERIFY(a.sync(m_server));
        const ResidentCode alone = resident(4);
        const auto aloneFile = idFile(alone);
        r = runCli({QStringLiteral("site-check"), QStringLiteral("--data-dir"), dir,
                    QStringLiteral("--id-type"), idTypeCode(alone.idType),
                    QStringLiteral("--id-number-file"), aloneFile->fileName()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("alone in single tube %1").arg(tubeCode(4))),
                 qPrintable(r.out));
        r = runCli({QStringLiteral("site-check"), QStringLiteral("--data-dir"), dir,
                    QStringLiteral("--tube"), tubeCode(77)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("not used")), qPrintable(r.out));

        // `site-facts` catches up once and says how many facts it kept.
        r = runCli({QStringLiteral("site-facts"), QStringLiteral("--data-dir"), dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("site facts kept")), qPrintable(r.out));
        QTRY_VERIFY(m_second.facts->tubeUsedElsewhere(tubeCode(2)).has_value());
    }
};

QTEST_GUILESS_MAIN(tst_SiteChecks)
#include "tst_site_checks.moc"
