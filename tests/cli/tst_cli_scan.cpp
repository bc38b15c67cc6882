// SPDX-License-Identifier: GPL-3.0-or-later
// `scan`'s questions on standard input: the next line answers a question only when it is an
// answer; a scan where a yes/no, a reason or a tube code belongs is given back and scanned
// next, never swallowed (review 36: a resident after a re-test question was lost).
#include "core/domain/ResidentCode.h"
#include "core/storage/Database.h"
#include "core/storage/StationPaths.h"
#include "core/sync/SiteFactsStore.h"
#include "core/sync/SiteNotes.h"
#include "tests/support/CliRun.h"
#include "tests/support/CliSite.h"
#include "tests/support/TempStation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace station;

namespace {

QString residentLine(int n) {
    return QString::fromUtf8(encodeResidentCode(test::makeResident(n)));
}

// What the site hub says when another table used this station's tube `tube` too (a
// tube_code_reused note on its tube.opened record), as a sync pass keeps it.
bool noteTubeCodeUsedAtTable2(const QString &dir, const QString &tube) {
    Database db;
    if (!db.open(databasePath(dir)).ok())
        return false;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT uuid FROM tubes WHERE code = ?"));
    q.addBindValue(tube);
    if (!q.exec() || !q.next())
        return false;
    SiteNote note;
    note.uuid = q.value(0).toString();
    note.kind = QStringLiteral("tube_code_reused");
    note.tube = tube;
    note.otherStation = QStringLiteral("gz-th-0001-t02");
    note.otherTable = QStringLiteral("Table 2");
    note.reason = QStringLiteral("tube code already used at Table 2");
    q.finish();
    return !saveSiteNotes(db, {note}, QDateTime::currentDateTimeUtc()).isValid();
}

// The site's facts that table 2 opened its own tube `tube` and packed it into BX00000901.
bool otherTubeBoxedAtTable2(const QString &dir, const QString &tube) {
    Database db;
    if (!db.open(databasePath(dir)).ok())
        return false;
    const auto fact = [&tube](qint64 seq, const char *state) {
        QJsonObject o{
            {QStringLiteral("seq"), seq},
            {QStringLiteral("kind"), QStringLiteral("tube_state")},
            {QStringLiteral("station"), QStringLiteral("gz-th-0001-t02")},
            {QStringLiteral("table"), QStringLiteral("Table 2")},
            {QStringLiteral("tube"), tube},
            {QStringLiteral("tube_uuid"), QStringLiteral("tube-of-table-2")},
            {QStringLiteral("state"), QLatin1String(state)},
            {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
        if (qstrcmp(state, "boxed") == 0) {
            o.insert(QStringLiteral("box"), QStringLiteral("BX00000901"));
            o.insert(QStringLiteral("box_uuid"), QStringLiteral("box-of-table-2"));
        }
        return o;
    };
    SiteFactsStore facts(db, QByteArray(32, 'k'), QStringLiteral("this-station"));
    return !facts
                .apply(QJsonArray{fact(1, "opened"), fact(2, "sealed"), fact(3, "boxed")}, 3,
                       QDateTime::currentDateTimeUtc())
                .isValid();
}

QString tubeState(const QString &dir, const QString &tube) {
    Database db;
    if (!db.open(databasePath(dir)).ok())
        return {};
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT state || ' ' || (SELECT count(*) FROM samples s WHERE "
                             "s.tube_id = tubes.id AND s.state = 'active') FROM tubes "
                             "WHERE code = ?"));
    q.addBindValue(tube);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QStringList outcomes(const QList<QJsonObject> &lines) {
    QStringList words;
    for (const QJsonObject &line : lines)
        words << line.value(QStringLiteral("outcome")).toString();
    return words;
}

} // namespace

class TestCliScan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Person 1 again in tube 2 asks "re-test?"; person 2's code on the next line is no
    // answer: the question is left unanswered (person 1 not recorded again) and person 2 is
    // scanned into tube 2. "no" and "yes" still answer it.
    void aScanAfterAQuestionIsScannedNotSwallowed() {
        QTemporaryDir dir;
        QVERIFY(test::provisionCliStation(dir.path(), 5, 1));
        QString errors;
        const QList<QJsonObject> lines = test::CliSite::scan(
            dir.path(),
            {test::tubeCode(1), residentLine(1), test::tubeCode(2), residentLine(1),
             residentLine(2), test::tubeCode(3), residentLine(1), QStringLiteral("yes")},
            &errors);
        QCOMPARE(outcomes(lines),
                 (QStringList{QStringLiteral("recorded"), QStringLiteral("recorded"),
                              QStringLiteral("recorded"), QStringLiteral("question"),
                              QStringLiteral("not_an_answer"), QStringLiteral("refused"),
                              QStringLiteral("recorded"), QStringLiteral("recorded"),
                              QStringLiteral("question"), QStringLiteral("recorded")}));
        // What was given back is named without the person's data.
        const QString given = lines.at(4).value(QStringLiteral("input")).toString();
        QVERIFY2(!given.contains(test::makeResident(2).idNumber), qPrintable(given));
        QVERIFY2(!given.contains(test::makeResident(2).name), qPrintable(given));
        // Person 2 went into tube 2; person 1 was recorded a second time only once "yes"
        // confirmed it, in tube 3.
        QCOMPARE(lines.at(6).value(QStringLiteral("tube")).toString(), test::tubeCode(2));
        QCOMPARE(lines.at(9).value(QStringLiteral("tube")).toString(), test::tubeCode(3));
    }

    // The command line obeys the rule as the window does: once the station knows that
    // another table used its open tube's code, `scan` puts no one more into it, saying why;
    // `tube seal --reason 5` (the usual reason for it) seals it with its people.
    void noOneMoreIntoATubeWhoseCodeAnotherTableUsed() {
        QTemporaryDir dir;
        QVERIFY(test::provisionCliStation(dir.path(), 5, 10));
        QString errors;
        QList<QJsonObject> lines = test::CliSite::scan(
            dir.path(), {test::tubeCode(1), residentLine(1), residentLine(2)}, &errors);
        QCOMPARE(outcomes(lines),
                 (QStringList{QStringLiteral("recorded"), QStringLiteral("recorded"),
                              QStringLiteral("recorded")}));
        QVERIFY(noteTubeCodeUsedAtTable2(dir.path(), test::tubeCode(1)));

        lines = test::CliSite::scan(dir.path(), {residentLine(3)}, &errors);
        QCOMPARE(outcomes(lines), QStringList{QStringLiteral("refused")});
        const QString why = lines.at(0).value(QStringLiteral("message")).toString();
        QVERIFY2(why.contains(QStringLiteral("Table 2")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("its 2 people")), qPrintable(why));
        QVERIFY2(!why.contains(test::makeResident(3).name), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("tube seal --reason 5")), qPrintable(why));
        QVERIFY(lines.at(0).value(QStringLiteral("tube_code_shared")).toBool());
        QCOMPARE(tubeState(dir.path(), test::tubeCode(1)), QStringLiteral("open 2"));

        const test::CliRun sealed = test::CliSite::run(
            dir.path(), QStringLiteral("tube"),
            {QStringLiteral("seal"), QStringLiteral("--operator"), QStringLiteral("S001"),
             QStringLiteral("--reason"), QStringLiteral("5")});
        QVERIFY2(sealed.exitCode == 0, qPrintable(sealed.err));
        QCOMPARE(tubeState(dir.path(), test::tubeCode(1)), QStringLiteral("sealed 2"));

        // The table goes on in a new tube.
        lines = test::CliSite::scan(dir.path(), {test::tubeCode(2), residentLine(3)}, &errors);
        QCOMPARE(outcomes(lines),
                 (QStringList{QStringLiteral("recorded"), QStringLiteral("recorded")}));

        // Table 2 packs its own tube with the code: this table's sealed tube 1 is another
        // tube, still packed here (it was refused as "already packed into BX00000901").
        QVERIFY(otherTubeBoxedAtTable2(dir.path(), test::tubeCode(1)));
        lines = test::CliSite::scan(dir.path(), {test::boxCode(1), test::tubeCode(1)}, &errors);
        QCOMPARE(outcomes(lines),
                 (QStringList{QStringLiteral("recorded"), QStringLiteral("recorded")}));
        QCOMPARE(tubeState(dir.path(), test::tubeCode(1)), QStringLiteral("boxed 2"));
    }
};

QTEST_GUILESS_MAIN(TestCliScan)
#include "tst_cli_scan.moc"
