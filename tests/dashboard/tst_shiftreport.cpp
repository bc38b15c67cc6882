// SPDX-License-Identifier: GPL-3.0-or-later
// The shift report: figures built from a hand-made day, its CSV content, and the PDF that
// `sampling-station-cli report` writes, read back with pdftotext: totals present, reasons
// present, ID numbers masked and never in full.
#include "core/dashboard/ShiftReport.h"
#include "core/domain/IdDocument.h"
#include "tests/dashboard/BoxesElsewhere.h"
#include "tests/dashboard/DashboardFixture.h"
#include "tests/support/TestData.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace station;
using namespace station::dashboard;
using namespace station::test;

namespace {

const QByteArray kZone("Asia/Shanghai");
const QDate kDay(2026, 11, 25);
constexpr int kRemovedPerson = 15;
constexpr int kPeople = 30; // persons 1..30 are used
// The courier's name the tester's report cut to "Courie…" (review 36).
const QString kCourier = QStringLiteral("Courier Wang");

QDateTime at(int h, int m, int s = 0) {
    return zoned(kZone, 2026, 11, 25, h, m, s);
}

// 29 swabs: S001 20 (tubes 1-2, one more scanned and removed), S002 9 (3 lost with the
// voided tube 3, 4 in tube 4 sealed early, 2 in the open tube 5). Box 1 (tubes 1, 2)
// handed over; box 2 (tube 4) sealed.
void populate(TempStation &st) {
    SamplingService &s = st.service();
    st.setNow(at(7, 50));
    QVERIFY(st.store()
                .addOperator({QStringLiteral("S002"), QStringLiteral("王医生"),
                              QStringLiteral("135790"),
                              StaffRole::SiteLead}, // a lead: voids a tube with samples
                             st.op())
                .ok());
    const auto second = st.store().signIn(QStringLiteral("S002"), QStringLiteral("135790"));
    QVERIFY(second.ok());
    int tube = 1;
    int person = 1;
    for (int i = 0; i < 10; ++i)
        QVERIFY(swabAt(st, at(8, i), person++, tube) > 0);
    qint64 removed = 0;
    for (int i = 0; i < 11; ++i) {
        const qint64 id = swabAt(st, at(8, 10 + i), person++, tube);
        QVERIFY(id > 0);
        if (person - 1 == kRemovedPerson) {
            removed = id;
            st.setNow(at(8, 10 + i, 30));
            QVERIFY(s.removeSample(removed, QStringLiteral("wrong person scanned")).ok());
        }
    }
    s.setOperator(second.value());
    for (int i = 0; i < 3; ++i)
        QVERIFY(swabAt(st, at(9, i), person++, tube) > 0);
    st.setNow(at(9, 3));
    QVERIFY(s.voidTube(tubeCode(3), QStringLiteral("tube dropped")).ok());
    for (int i = 0; i < 4; ++i)
        QVERIFY(swabAt(st, at(9, 5 + i), person++, tube) > 0);
    st.setNow(at(9, 10));
    QVERIFY(s.sealOpenTubeEarly(QStringLiteral("end of queue")).ok());
    st.setNow(at(9, 30));
    QVERIFY(s.openBox(boxCode(1)).ok());
    QVERIFY(s.addTubeToBox(tubeCode(1)).ok());
    QVERIFY(s.addTubeToBox(tubeCode(2)).ok());
    QVERIFY(s.sealBox().ok());
    st.setNow(at(10, 0));
    QVERIFY(
        s.handOverBox(boxCode(1), {QStringLiteral("李护士"), kCourier, 6.5}).ok());
    QVERIFY(s.openBox(boxCode(2)).ok());
    QVERIFY(s.addTubeToBox(tubeCode(4)).ok());
    QVERIFY(s.sealBox().ok());
    for (int i = 0; i < 2; ++i)
        QVERIFY(swabAt(st, at(10, 30 + i), person++, tube) > 0);
    QCOMPARE(person - 1, kPeople);
    // The province acknowledged everything created before 09:00.
    QSqlQuery q(st.db().connection());
    q.prepare(
        QStringLiteral("UPDATE outbox SET state = 'acked', acked_at = ? WHERE created_at < ?"));
    q.addBindValue(isoUtc(at(9, 0)));
    q.addBindValue(isoUtc(at(9, 0)));
    QVERIFY(q.exec());
}

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &args) {
    QProcess process;
    process.start(buildDir() + QStringLiteral("/cli/sampling-station-cli"),
                  QStringList{QStringLiteral("report")} + args);
    CliRun run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString readText(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestShiftReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void figures() {
        TempStation st;
        QVERIFY(st.ok());
        populate(st);
        if (QTest::currentTestFailed())
            return;
        auto built = buildShiftReport(st.db(), kDay, QTimeZone(kZone), at(18, 0));
        QVERIFY2(built.ok(), qPrintable(built.message()));
        const ShiftReport &r = built.value();
        QCOMPARE(r.swabs, 29);
        QCOMPARE(r.activeSamples, 26);
        QCOMPARE(r.removedSamples, 1);
        QCOMPARE(r.voidedSamples, 3);
        QCOMPARE(r.distinctPeople, 26);
        QCOMPARE(r.firstSwabAt, at(8, 0));
        QCOMPARE(r.lastSwabAt, at(10, 31));
        QCOMPARE(r.hourly.size(), 24);
        QCOMPARE(r.hourly[8].samples, 20);
        QCOMPARE(r.hourly[9].samples, 7);
        QCOMPARE(r.hourly[10].samples, 2);
        QCOMPARE(r.operators.size(), 2);
        QCOMPARE(r.operators[0].staffId, QStringLiteral("S001"));
        QCOMPARE(r.operators[0].samples, 20);
        QCOMPARE(r.operators[1].samples, 9);
        QCOMPARE(r.tables.size(), 1);
        QCOMPARE(r.tables[0].samples, 29);
        QCOMPARE(r.tubes.opened, 5);
        QCOMPARE(r.tubes.open, 1);
        QCOMPARE(r.tubes.boxed, 1);
        QCOMPARE(r.tubes.handedOver, 2);
        QCOMPARE(r.tubes.voided, 1);
        QCOMPARE(r.tubes.sealedEarly, 1);
        QCOMPARE(r.tubes.peopleInOpen, 2);
        QCOMPARE(r.tubes.peopleInBoxed, 4);
        QCOMPARE(r.tubes.peopleInHandedOver, 20);
        QVERIFY(r.tubes.balanced(r.activeSamples));
        QCOMPARE(r.boxes.size(), 2);
        QCOMPARE(r.boxes[0].people, 20);
        QCOMPARE(r.boxes[0].carriedBy, kCourier);
        QVERIFY(r.boxes[0].reconciles());
        QCOMPARE(r.voids.size(), 1);
        QCOMPARE(r.voids[0].people, 3);
        QCOMPARE(r.voids[0].reason, QStringLiteral("tube dropped"));
        QCOMPARE(r.removals.size(), 1);
        QCOMPARE(r.removals[0].idMasked, maskIdNumber(residentCardNumber(kRemovedPerson)));
        QCOMPARE(r.removals[0].byStaffId, QStringLiteral("S001"));
        QCOMPARE(r.earlySeals.size(), 1);
        QCOMPARE(r.earlySeals[0].people, 4);
        QVERIFY(r.sync.acked > 0);
        QVERIFY(r.sync.pending > 0);
        QCOMPARE(r.sync.conflict + r.sync.rejected, 0);
        // The next day is empty.
        auto next = buildShiftReport(st.db(), kDay.addDays(1), QTimeZone(kZone));
        QVERIFY(next.ok());
        QCOMPARE(next->swabs, 0);
    }

    // The tester's site: a tube packed and handed over at table 1, this table's box handed
    // over at the site hub. The report said "sealed, not yet boxed", "handed over —".
    void tubesAndBoxesHandedOverElsewhere() {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is required");
        TempStation st;
        QVERIFY(st.ok());
        QVERIFY(populateBoxesElsewhere(st, kZone, kDay));
        auto built = buildShiftReport(st.db(), kDay, QTimeZone(kZone), at(18, 0));
        QVERIFY2(built.ok(), qPrintable(built.message()));
        const ShiftReport &r = built.value();
        QCOMPARE(r.tubes.opened, 4);
        QCOMPARE(r.tubes.open, 1);
        QCOMPARE(r.tubes.sealed, 1);
        QCOMPARE(r.tubes.boxed, 0);
        QCOMPARE(r.tubes.handedOver, 2);
        QCOMPARE(r.tubes.peopleInOpen, 1);
        QCOMPARE(r.tubes.peopleInSealed, 4);
        QCOMPARE(r.tubes.peopleInBoxed, 0);
        QCOMPARE(r.tubes.peopleInHandedOver, 5);
        QVERIFY(r.tubes.balanced(r.activeSamples));
        QCOMPARE(r.boxes.size(), 1);
        QCOMPARE(r.boxes[0].state, QStringLiteral("handed_over"));
        QCOMPARE(r.boxes[0].handedOverAt, at(10, 0));
        QCOMPARE(r.boxes[0].handedOverElsewhere, kHubLabel);
        QCOMPARE(r.tubesElsewhere.size(), 1);
        QCOMPARE(r.tubesElsewhere[0].tubeCode, tubeCode(1));
        QCOMPARE(r.tubesElsewhere[0].box, kElsewhereBox);
        QCOMPARE(r.tubesElsewhere[0].packedAt, QStringLiteral("Table 1"));
        QCOMPARE(r.tubesElsewhere[0].handedOverAt, at(10, 0));

        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("report.pdf"));
        const CliRun run =
            runCli({QStringLiteral("--data-dir"), st.dataDir(), QStringLiteral("--date"),
                    QStringLiteral("2026-11-25"), QStringLiteral("--time-zone"),
                    QString::fromLatin1(kZone), QStringLiteral("--out"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(QString::number(run.exitCode) + run.out + run.err));
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        const QString flat = text.simplified();
        QVERIFY2(
            QRegularExpression(QStringLiteral("BX00000001 Handed over 1 2 1 ?/ ?2 09:\\d\\d 10:00"))
                .match(flat)
                .hasMatch(),
            qPrintable(text));
        QVERIFY(flat.contains(
            QStringLiteral("Box BX00000001 was handed over at the site hub at 10:00.")));
        QVERIFY(flat.contains(
            QStringLiteral("Tube GZ0000000001 went into box BX00000009 at table 1; the box "
                           "was handed over at table 1 at 10:00.")));
        QVERIFY(QRegularExpression(QStringLiteral("Handed over to the courier 2 5"))
                    .match(flat)
                    .hasMatch());
    }

    void csvThroughCli() {
        TempStation st;
        QVERIFY(st.ok());
        populate(st);
        if (QTest::currentTestFailed())
            return;
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("report.csv"));
        const CliRun run =
            runCli({QStringLiteral("--data-dir"), st.dataDir(), QStringLiteral("--date"),
                    QStringLiteral("2026-11-25"), QStringLiteral("--time-zone"),
                    QString::fromLatin1(kZone), QStringLiteral("--format"), QStringLiteral("csv"),
                    QStringLiteral("--out"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("29 swabs")));
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(raw.read(3) == QByteArray("\xEF\xBB\xBF")); // BOM: spreadsheets read UTF-8
        const QString csv = readText(path);
        const QStringList lines = csv.split(QStringLiteral("\r\n"));
        for (const char *expected :
             {"swabs_taken,29", "samples_valid,26", "samples_removed,1", "samples_voided,3",
              "people_sampled,26", "first_swab,2026-11-25 08:00:00", "08:00,20", "09:00,7",
              "10:00,2", "S001,李护士,20", "S002,王医生,9", "handed_over,2,20", "boxed,1,4",
              "voided,1,3", "reconciles,yes,", "total,5,29"})
            QVERIFY2(lines.contains(QString::fromUtf8(expected)), expected);
        const QString masked = maskIdNumber(residentCardNumber(kRemovedPerson));
        QVERIFY(csv.contains(QStringLiteral(",%1,wrong person scanned,S001").arg(masked)));
        QVERIFY(csv.contains(QStringLiteral("tube dropped")));
        QVERIFY(csv.contains(QStringLiteral("end of queue")));
        QVERIFY(csv.contains(kCourier));
        for (int n = 1; n <= kPeople; ++n)
            QVERIFY2(!csv.contains(residentCardNumber(n)), "a full ID number is in the CSV");
        QVERIFY(!csv.contains(QStringLiteral("测试居民")));
    }

    void pdfThroughCli() {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is required");
        TempStation st;
        QVERIFY(st.ok());
        populate(st);
        if (QTest::currentTestFailed())
            return;
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("report.pdf"));
        const CliRun run =
            runCli({QStringLiteral("--data-dir"), st.dataDir(), QStringLiteral("--date"),
                    QStringLiteral("2026-11-25"), QStringLiteral("--time-zone"),
                    QString::fromLatin1(kZone), QStringLiteral("--out"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        if (!qEnvironmentVariableIsEmpty("STATION_KEEP_REPORT"))
            QFile::copy(path, qEnvironmentVariable("STATION_KEEP_REPORT"));
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(text.contains(QStringLiteral("Sampling Shift Report")));
        QVERIFY(text.contains(QStringLiteral("GZ-TH-0001")));
        QVERIFY(text.contains(QStringLiteral("天河体育中心")));
        QVERIFY(text.contains(QStringLiteral("2026-11-25")));
        // Totals: label then the figure below it in the same cell.
        const QString simplified = text.simplified();
        QVERIFY(simplified.contains(QStringLiteral("Swabs taken")));
        QVERIFY(QRegularExpression(QStringLiteral("\\b29\\b")).match(text).hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("\\b26\\b")).match(text).hasMatch());
        QVERIFY(text.contains(QStringLiteral("wrong person scanned")));
        QVERIFY(text.contains(QStringLiteral("tube dropped")));
        QVERIFY(text.contains(QStringLiteral("end of queue")));
        QVERIFY(text.contains(boxCode(1)));
        // The courier's name whole, not cut to "Courie…" (review 36).
        QVERIFY2(simplified.contains(kCourier), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("counts reconcile")));
        QVERIFY(text.contains(maskIdNumber(residentCardNumber(kRemovedPerson))));
        for (int n = 1; n <= kPeople; ++n)
            QVERIFY2(!text.contains(residentCardNumber(n)), "a full ID number is in the PDF");
        QVERIFY(!text.contains(QStringLiteral("测试居民")));
    }

    // Free text typed at the table is quoted, and never runs as a spreadsheet formula.
    void csvEscaping_data() {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << QStringLiteral("dropped") << QStringLiteral(",dropped\r\n");
        QTest::newRow("comma") << QStringLiteral("dropped, cracked")
                               << QStringLiteral(",\"dropped, cracked\"\r\n");
        QTest::newRow("quote") << QStringLiteral("said \"no\"")
                               << QStringLiteral(",\"said \"\"no\"\"\"\r\n");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")")
                                 << QStringLiteral(",\"'=HYPERLINK(\"\"x\"\")\"\r\n");
        QTest::newRow("minus") << QStringLiteral("-cmd") << QStringLiteral(",\"'-cmd\"\r\n");
    }
    void csvEscaping() {
        QFETCH(QString, reason);
        QFETCH(QString, cell);
        ShiftReport r;
        r.day = kDay;
        r.timeZoneId = QString::fromLatin1(kZone);
        r.voids.append({at(9, 0), tubeCode(1), 2, reason});
        ShiftReport::Box box;
        box.code = boxCode(1);
        box.state = QStringLiteral("handed_over");
        box.temperatureC = -2.0;
        r.boxes.append(box);
        const QString csv = QString::fromUtf8(shiftReportCsv(r));
        QVERIFY2(csv.contains(QStringLiteral("2026-11-25 09:00:00,GZ0000000001,2") + cell),
                 qPrintable(csv));
        QVERIFY(csv.contains(QStringLiteral(",-2.0\r\n"))); // numbers stay numbers
    }

    void cliRefusesBadInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad-format")
            << QStringList{QStringLiteral("--format"), QStringLiteral("xls"),
                           QStringLiteral("--out"), QStringLiteral("x")}
            << 2 << QStringLiteral("pdf or csv");
        QTest::newRow("bad-date") << QStringList{QStringLiteral("--date"),
                                                 QStringLiteral("25/11/2026"),
                                                 QStringLiteral("--out"), QStringLiteral("x")}
                                  << 2 << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("no-out") << QStringList{} << 2 << QStringLiteral("--out");
        QTest::newRow("bad-zone") << QStringList{QStringLiteral("--time-zone"),
                                                 QStringLiteral("Mars/Olympus"),
                                                 QStringLiteral("--out"), QStringLiteral("x")}
                                  << 2 << QStringLiteral("Mars/Olympus");
    }
    void cliRefusesBadInput() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir empty;
        const CliRun run = runCli(QStringList{QStringLiteral("--data-dir"), empty.path()} + args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void cliNeedsAStation() {
        QTemporaryDir empty;
        const CliRun run =
            runCli({QStringLiteral("--data-dir"), empty.path(), QStringLiteral("--out"),
                    empty.filePath(QStringLiteral("r.pdf"))});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(QStringLiteral("No station")));
    }
};

QTEST_GUILESS_MAIN(TestShiftReport)
#include "tst_shiftreport.moc"
