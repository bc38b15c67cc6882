// SPDX-License-Identifier: GPL-3.0-or-later
// The site lead's list of conflicts and rejections, and the site's notes on records it
// stored (a tube code or a person another table had too), each with what to do.
#include "models/SyncProblemsModel.h"

#include "StationFixture.h"
#include "core/domain/Clock.h"
#include "core/sync/SiteFactsStore.h"
#include "protocol/RecordKinds.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace station;

class tst_SyncProblemsModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsEachProblemWithItsReason_data() {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("problemWords");
        QTest::newRow("conflict") << QStringLiteral("conflict") << QStringLiteral("Conflict");
        QTest::newRow("rejected") << QStringLiteral("rejected") << QStringLiteral("Rejected");
    }

    void showsEachProblemWithItsReason() {
        QFETCH(QString, state);
        QFETCH(QString, problemWords);
        SyncProblemsModel model;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        OutboxProblem p;
        p.seq = 12;
        p.uuid = QStringLiteral("5f0c1d9e-2a47-4c1b-9a53-1f7f6f2b8e11");
        p.kind = QStringLiteral("sample.taken");
        p.state = state;
        p.reason = QStringLiteral("unknown kind 'sample.taked'");
        p.createdAt = QStringLiteral("2026-11-25T08:41:07.312Z");
        model.setProblems({p, p});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(SyncProblemsModel::ColumnCount));
        QVERIFY(model.data(model.index(0, SyncProblemsModel::Problem))
                    .toString()
                    .startsWith(problemWords));
        QCOMPARE(model.data(model.index(1, SyncProblemsModel::Reason)).toString(), p.reason);
        QCOMPARE(model.data(model.index(0, SyncProblemsModel::Record)).toString(), p.uuid);
        QCOMPARE(model.data(model.index(0, SyncProblemsModel::Kind)).toString(),
                 QStringLiteral("Sample taken"));
        QCOMPARE(model.data(model.index(0, SyncProblemsModel::Kind), Qt::ToolTipRole).toString(),
                 p.kind);
        QVERIFY(!model.headerData(SyncProblemsModel::Reason, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!model.data(model.index(2, 0)).isValid());
    }

    // The site lead reads what kind of record it was, not the protocol's id: every kind the
    // protocol has (protocol/RecordKinds) in words of its own; an unknown one as sent.
    void everyRecordKindInWords() {
        QSet<QString> words;
        for (const protocol::RecordKindSpec &spec : protocol::recordKinds()) {
            const QString shown = SyncProblemsModel::recordKindInWords(spec.name);
            QVERIFY2(!shown.isEmpty() && shown != spec.name, qPrintable(spec.name));
            QVERIFY2(!shown.contains(QLatin1Char('.')) && !shown.contains(QLatin1Char('_')),
                     qPrintable(shown));
            QVERIFY2(!words.contains(shown), qPrintable(shown)); // each says a kind of its own
            words.insert(shown);
            SyncProblemsModel model;
            OutboxProblem p;
            p.uuid = QStringLiteral("u");
            p.kind = spec.name;
            p.state = QStringLiteral("rejected");
            p.createdAt = QStringLiteral("2026-11-25T08:41:07.312Z");
            SiteNote note;
            note.uuid = QStringLiteral("n");
            note.kind = QStringLiteral("tube_code_reused");
            note.recordKind = spec.name;
            model.setProblems({p});
            model.setSiteNotes({note});
            QCOMPARE(model.data(model.index(0, SyncProblemsModel::Kind)).toString(), shown);
            QCOMPARE(model.data(model.index(1, SyncProblemsModel::Kind)).toString(), shown);
        }
        QCOMPARE(words.size(), protocol::recordKinds().size());
        QCOMPARE(SyncProblemsModel::recordKindInWords(QStringLiteral("sample.taked")),
                 QStringLiteral("sample.taked"));
    }

    void siteNotesFollowWithWhatToDo() {
        SyncProblemsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        OutboxProblem p;
        p.uuid = QStringLiteral("5f0c1d9e-2a47-4c1b-9a53-1f7f6f2b8e11");
        p.kind = QStringLiteral("sample.taken");
        p.state = QStringLiteral("rejected");
        p.reason = QStringLiteral("bad");
        p.createdAt = QStringLiteral("2026-11-25T08:41:07.312Z");
        model.setProblems({p});
        // As a batch answer carries them (docs/sync-protocol.md, site_notes).
        const QList<SiteNote> notes = parseSiteNotes(
            R"({"results":[],"site_notes":[
              {"uuid":"u-1","kind":"tube_code_reused","tube":"GZ2611250001",
               "other_station":"gz-th-017-t01","other_table":"Table 1","reason":"r1"},
              {"uuid":"u-2","kind":"person_sampled_elsewhere","tube":"GZ2611250002",
               "other_station":"gz-th-017-t01","other_table":"Table 1",
               "other_at":"2026-11-25T02:05:00.000Z","reason":"r2"},
              {"kind":"no uuid: left out"}]})");
        QCOMPARE(notes.size(), 2);
        model.setSiteNotes(notes);
        QCOMPARE(model.rowCount(), 3);
        const auto cell = [&model](int row, int column) {
            return model.data(model.index(row, column)).toString();
        };
        QVERIFY(cell(1, SyncProblemsModel::Problem).contains(QStringLiteral("GZ2611250001")));
        QVERIFY(cell(1, SyncProblemsModel::Problem).contains(QStringLiteral("Table 1")));
        QVERIFY(cell(1, SyncProblemsModel::Reason).contains(QStringLiteral("site lead")));
        QVERIFY(cell(2, SyncProblemsModel::Problem).contains(QStringLiteral("Table 1")));
        QVERIFY(cell(2, SyncProblemsModel::Problem)
                    .contains(QDateTime(QDate(2026, 11, 25), QTime(2, 5), Qt::UTC)
                                  .toLocalTime()
                                  .toString(QStringLiteral("HH:mm"))));
        QVERIFY(cell(2, SyncProblemsModel::Reason).contains(QStringLiteral("twice")));
        QCOMPARE(cell(2, SyncProblemsModel::Record), QStringLiteral("u-2"));
        // The server's own sentence stays at hand.
        QCOMPARE(model.data(model.index(2, SyncProblemsModel::Reason), Qt::ToolTipRole).toString(),
                 QStringLiteral("r2"));
        model.setSiteNotes({});
        QCOMPARE(model.rowCount(), 1);
    }

    // Boxes across tables (issue 18): a tube in two boxes, a box handed over twice; each
    // says what happened, where, and what to do, and the box survives the station database.
    void boxNotesSayWhatToDo() {
        station::test::StationFixture f;
        const QList<SiteNote> parsed = parseSiteNotes(
            R"({"results":[],"site_notes":[
              {"uuid":"u-3","kind":"tube_boxed_twice","tube":"GZ2611250003","box":"BX0001",
               "other_station":"gz-th-017-t05","other_table":"Table 5","reason":"r3"},
              {"uuid":"u-4","kind":"box_handed_over_twice","box":"BX0002",
               "other_station":"gz-th-017-t02","other_table":"Table 2","reason":"r4"}]})");
        QCOMPARE(parsed.size(), 2);
        QVERIFY(!saveSiteNotes(f.db, parsed, f.clock()()).isValid());
        QSqlError error;
        const QList<SiteNote> notes = siteNotes(f.db, &error);
        QVERIFY(!error.isValid());
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.at(1).box, QStringLiteral("BX0002"));
        // Neither record is in this station's outbox: the kind follows from the note's kind,
        // so the "Record type" cell is never empty.
        QCOMPARE(notes.at(0).recordKind, QStringLiteral("box.tube_added"));
        QCOMPARE(notes.at(1).recordKind, QStringLiteral("box.handed_over"));
        SyncProblemsModel model;
        model.setSiteNotes(notes);
        const auto cell = [&model](int row, int column) {
            return model.data(model.index(row, column)).toString();
        };
        QVERIFY2(cell(0, SyncProblemsModel::Problem).contains(QStringLiteral("GZ2611250003")),
                 qPrintable(cell(0, SyncProblemsModel::Problem)));
        QVERIFY(cell(0, SyncProblemsModel::Problem).contains(QStringLiteral("Table 5")));
        QVERIFY(cell(0, SyncProblemsModel::Reason).contains(QStringLiteral("site lead")));
        QVERIFY(cell(0, SyncProblemsModel::Reason).contains(QStringLiteral("laboratory")));
        QVERIFY2(cell(1, SyncProblemsModel::Problem).contains(QStringLiteral("BX0002")),
                 qPrintable(cell(1, SyncProblemsModel::Problem)));
        QVERIFY(cell(1, SyncProblemsModel::Problem).contains(QStringLiteral("Table 2")));
        QVERIFY(cell(1, SyncProblemsModel::Reason).contains(QStringLiteral("courier")));
        QVERIFY(!cell(1, SyncProblemsModel::Problem).contains(QStringLiteral("Site note")));
        QCOMPARE(cell(0, SyncProblemsModel::Kind),
                 SyncProblemsModel::recordKindInWords(QStringLiteral("box.tube_added")));
        QVERIFY(!cell(1, SyncProblemsModel::Kind).isEmpty());
    }

    void siteNotesAreKeptOnceInTheStation() {
        station::test::StationFixture f;
        SiteNote note;
        note.uuid = QStringLiteral("u-1");
        note.kind = QStringLiteral("tube_code_reused");
        note.tube = QStringLiteral("GZ2611250001");
        note.otherTable = QStringLiteral("Table 1");
        note.reason = QStringLiteral("r1");
        const QDateTime now = f.clock()();
        QVERIFY(!saveSiteNotes(f.db, {note, note}, now).isValid());
        QVERIFY(!saveSiteNotes(f.db, {note}, now).isValid()); // an answer repeated
        QSqlError error;
        const QList<SiteNote> kept = siteNotes(f.db, &error);
        QVERIFY(!error.isValid());
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().tube, note.tube);
        QCOMPARE(kept.first().notedAt, now);
    }

    // The province refused records the site hub had accepted: the hub tells their stations
    // through the site's facts (relay_refused); each station keeps those about its own
    // records, once, and says what to do from the code.
    void provinceRefusalsThroughTheHubSayWhatToDo() {
        station::test::StationFixture f;
        const QString own = QStringLiteral("gz-th-0001-t07");
        const auto refusal = [](qint64 seq, const QString &station, const QString &uuid,
                                const QString &state, const QString &code) {
            return QJsonObject{
                {QStringLiteral("seq"), seq},
                {QStringLiteral("kind"), QStringLiteral("relay_refused")},
                {QStringLiteral("station"), station},
                {QStringLiteral("table"), QStringLiteral("7")},
                {QStringLiteral("tube"), station::test::tubeCode(5)},
                {QStringLiteral("state"), state},
                {QStringLiteral("at"), QStringLiteral("2026-12-03T08:00:00.000Z")},
                {QStringLiteral("record_uuid"), uuid},
                {QStringLiteral("record_kind"), QStringLiteral("sample.taken")},
                {QStringLiteral("code"), code},
                {QStringLiteral("reason"), QStringLiteral("tube code TB00000005 "
                                                          "belongs to another site")}};
        };
        const QJsonArray facts{refusal(1, own, QStringLiteral("r-1"), QStringLiteral("rejected"),
                                       QStringLiteral("tube_code_of_other_site")),
                               refusal(2, QStringLiteral("gz-th-0001-t02"), QStringLiteral("r-2"),
                                       QStringLiteral("rejected"),
                                       QStringLiteral("tube_code_of_other_site")),
                               refusal(3, own, QStringLiteral("r-3"), QStringLiteral("rejected"),
                                       QStringLiteral("a_code_of_a_newer_province"))};
        SiteFactsStore store(f.db, QByteArray(32, 'k'), own);
        const QDateTime now = fromIsoUtc(QStringLiteral("2026-12-03T09:00:00.000Z"));
        QVERIFY(!store.apply(facts, 3, now).isValid());
        QVERIFY(!store.apply(facts, 3, now).isValid()); // the same answer again: kept once
        QSqlError error;
        const QList<SiteNote> notes = siteNotes(f.db, &error);
        QVERIFY(!error.isValid());
        QCOMPARE(notes.size(), 2); // another station's refusal is not this station's problem
        QCOMPARE(notes.at(0).kind, QStringLiteral("relay_refused"));
        QCOMPARE(notes.at(0).code, QStringLiteral("tube_code_of_other_site"));
        QCOMPARE(notes.at(0).recordKind, QStringLiteral("sample.taken"));
        SyncProblemsModel model;
        model.setSiteNotes(notes);
        const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role).toString();
        };
        const int row = notes.at(0).uuid == QLatin1String("r-1") ? 0 : 1;
        QVERIFY2(cell(row, SyncProblemsModel::Problem).contains(station::test::tubeCode(5)),
                 qPrintable(cell(row, SyncProblemsModel::Problem)));
        QVERIFY(cell(row, SyncProblemsModel::Problem).contains(QStringLiteral("another site")));
        QVERIFY(cell(row, SyncProblemsModel::Reason).contains(QStringLiteral("site lead")));
        QVERIFY(cell(row, SyncProblemsModel::Reason).contains(QStringLiteral("new tube")));
        QCOMPARE(cell(row, SyncProblemsModel::Reason, Qt::ToolTipRole),
                 QStringLiteral("tube code TB00000005 belongs to another site"));
        // A code this station does not know: named, with the general advice.
        QVERIFY(cell(1 - row, SyncProblemsModel::Problem)
                    .contains(QStringLiteral("a_code_of_a_newer_province")));
        QVERIFY(cell(1 - row, SyncProblemsModel::Reason).contains(QStringLiteral("relay-status")));
    }
    // Every kind is worded here, never the server's English sentence (which stays the
    // tooltip); other tables' labels as the window shows them (table/TableLabel: "5号台").
    // Review 36: a staff id two people hold, as the station keeps it (SiteStaffList), is a
    // row of F7 naming both and what to do, in the table label the user reads.
    void aStaffIdOfTwoPeopleIsARow() {
        station::test::StationFixture f;
        SiteNote kept;
        kept.uuid = QStringLiteral("S001");
        kept.otherStation = QStringLiteral("gz-th-017-t01");
        kept.otherName = QStringLiteral("护士1");
        kept.ownName = QStringLiteral("Nurse One");
        kept.reason = QStringLiteral("staff ID S001 is another person's");
        bool changed = false;
        QVERIFY(!keepStaffCollision(f.db.connection(), kept, f.clock()(), &changed).isValid());
        QVERIFY(changed);
        // The server's collisions name the table later: filled in, still one row.
        kept.otherTable = QStringLiteral("Table 1");
        QVERIFY(!keepStaffCollision(f.db.connection(), kept, f.clock()(), &changed).isValid());
        QVERIFY(changed);
        // Listed again: nothing changes (the window's alert is not told).
        QVERIFY(!keepStaffCollision(f.db.connection(), kept, f.clock()(), &changed).isValid());
        QVERIFY(!changed);
        QSqlError error;
        const QList<SiteNote> notes = siteNotes(f.db, &error);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().kind, QStringLiteral("staff_id_taken"));
        QCOMPARE(notes.first().otherTable, QStringLiteral("Table 1"));
        SyncProblemsModel model;
        model.setTableLabelShown(
            [](const QString &label) { return QStringLiteral("«%1»").arg(label); });
        model.setSiteNotes(notes);
        const auto cell = [&model](int column) {
            return model.data(model.index(0, column)).toString();
        };
        QCOMPARE(cell(SyncProblemsModel::Problem),
                 QStringLiteral("Staff ID S001 is 护士1 at «Table 1»; this station's S001 is "
                                "Nurse One"));
        QVERIFY2(cell(SyncProblemsModel::Reason).contains(QStringLiteral("another staff ID in F9")),
                 qPrintable(cell(SyncProblemsModel::Reason)));
        QCOMPARE(cell(SyncProblemsModel::Kind),
                 SyncProblemsModel::recordKindInWords(QStringLiteral("operator.changed")));
        QCOMPARE(cell(SyncProblemsModel::Record), QStringLiteral("S001"));
    }

    void everyNoteKindInTheStationsWords() {
        SiteNote note;
        note.uuid = QStringLiteral("u-1");
        note.tube = QStringLiteral("GZ2611250001");
        note.box = QStringLiteral("BX00000042");
        note.otherTable = QStringLiteral("Table 5");
        note.otherAt = fromIsoUtc(QStringLiteral("2026-12-03T08:00:00.000Z"));
        note.reason = QStringLiteral("the server's own sentence");
        QList<SiteNote> notes;
        for (const char *kind : {"tube_code_reused", "person_sampled_elsewhere", "tube_boxed_twice",
                                 "box_handed_over_twice"}) {
            note.kind = QString::fromLatin1(kind);
            notes.append(note);
        }
        SyncProblemsModel model;
        model.setTableLabelShown(
            [](const QString &label) { return QStringLiteral("«%1»").arg(label); });
        model.setSiteNotes(notes);
        for (int row = 0; row < notes.size(); ++row) {
            const QString problem =
                model.data(model.index(row, SyncProblemsModel::Problem)).toString();
            const QString advice =
                model.data(model.index(row, SyncProblemsModel::Reason)).toString();
            QCOMPARE(problem, siteNoteProblem(notes.at(row), QStringLiteral("«Table 5»")));
            QCOMPARE(advice, siteNoteAdvice(notes.at(row), QStringLiteral("«Table 5»")));
            QVERIFY2(problem.contains(QStringLiteral("«Table 5»")), qPrintable(problem));
            QVERIFY(!problem.contains(note.reason) && !advice.contains(note.reason));
            QVERIFY2(advice.contains(QStringLiteral("site lead")), qPrintable(advice));
        }
        // A kind this station does not know: named, and the server's sentence is all it has.
        note.kind = QStringLiteral("a_kind_of_a_newer_server");
        QVERIFY(siteNoteProblem(note, QString()).contains(note.kind));
        QCOMPARE(siteNoteAdvice(note, QString()), note.reason);
    }
};

QTEST_GUILESS_MAIN(tst_SyncProblemsModel)
#include "tst_sync_problems_model.moc"
