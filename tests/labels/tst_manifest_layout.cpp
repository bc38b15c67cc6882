// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/LabelRenderer.h"
#include "labels/ManifestLayout.h"
#include "labels/PdfFileBackend.h"
#include "tests/labels/LabelTestSupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace station::labels;

namespace {
BoxManifestData manifestWithTubes(int tubes) {
    BoxManifestData m;
    m.boxCode = QStringLiteral("BX20261125A017");
    m.siteName = QStringLiteral("Tianhe Stadium");
    m.siteCode = QStringLiteral("TH01");
    const QDateTime start(QDate(2026, 11, 25), QTime(8, 0));
    for (int i = 0; i < tubes; ++i) {
        ManifestTube t;
        t.code = QStringLiteral("TH%1").arg(20261125000 + i);
        t.personCount = i % 3 == 0 ? 7 : 10;
        t.firstSwabAt = start.addSecs(600 * i);
        t.sealedAt = start.addSecs(600 * i + 540);
        m.tubes.append(t);
    }
    m.boxSealedAt = start.addSecs(600 * tubes);
    m.printedAt = m.boxSealedAt.addSecs(60);
    return m;
}
} // namespace

class TestManifestLayout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void totalsComeFromTheTubes() {
        const BoxManifestData m = manifestWithTubes(6);
        QCOMPARE(m.tubeCount(), 6);
        QCOMPARE(m.personCount(), 7 + 10 + 10 + 7 + 10 + 10);
        QCOMPARE(m.firstSwabAt(), QDateTime(QDate(2026, 11, 25), QTime(8, 0)));
    }

    void pagination_data() {
        QTest::addColumn<int>("tubes");
        QTest::addColumn<int>("pages");
        QTest::newRow("1 tube") << 1 << 1;
        QTest::newRow("12 tubes") << 12 << 1;
        QTest::newRow("20 tubes: hand-over needs a second page") << 20 << 2;
        QTest::newRow("60 tubes: rows on two, hand-over on a third") << 60 << 3;
        QTest::newRow("100 tubes") << 100 << 4;
    }
    void pagination() {
        QFETCH(int, tubes);
        QFETCH(int, pages);
        const PrintJob job = PrintJob::manifest(manifestWithTubes(tubes), 100);
        QCOMPARE(LabelRenderer::pageCount(job), pages);
        for (int p = 0; p < pages; ++p) {
            QString error;
            const QImage image = LabelRenderer::renderPage(job, p, &error);
            QVERIFY2(!image.isNull(), qPrintable(error));
            QCOMPARE(image.size(), QSize(827, 1169)); // A4 at 100 dpi
        }
        QString error;
        QVERIFY(LabelRenderer::renderPage(job, pages, &error).isNull());
    }

    void boxCodeOnEveryPageDecodes() {
        const PrintJob job = PrintJob::manifest(manifestWithTubes(40), 200);
        for (int p = 0; p < LabelRenderer::pageCount(job); ++p) {
            const QImage page = LabelRenderer::renderPage(job, p);
            QCOMPARE(station::test::decodeBarcode(page, ZXing::BarcodeFormat::Code128),
                     QStringLiteral("BX20261125A017"));
        }
    }

    // What the health bureau files: every tube, the totals and the hand-over block, read
    // back from the PDF with pdftotext.
    void pdfCarriesEveryTubeTotalsAndHandOver() {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils, in scripts/packages.txt) is not installed");
        BoxManifestData m = manifestWithTubes(40);
        m.handOver.handedOverBy = QStringLiteral("Site Lead A");
        m.handOver.carriedBy = QStringLiteral("Courier B");
        m.handOver.handedOverAt = QDateTime(QDate(2026, 11, 25), QTime(15, 5));
        m.handOver.temperatureCelsius = 6.5;
        QByteArray pdf;
        QVERIFY(PdfFileBackend::renderPdf(PrintJob::manifest(m, 300), &pdf).ok);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("m.pdf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        file.close();
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-layout"), file.fileName(), QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        for (const ManifestTube &t : std::as_const(m.tubes))
            QVERIFY2(text.contains(t.code), qPrintable(t.code));
        QCOMPARE(text.count(QStringLiteral("Sample transfer manifest")), 2); // two pages
        QVERIFY(text.contains(QStringLiteral("Total \u2014 tubes: 40")));
        QVERIFY(text.contains(QString::number(m.personCount())));
        QVERIFY(text.contains(QStringLiteral("2026-11-25 08:00"))); // first swab
        QVERIFY(text.contains(QStringLiteral("2026-11-25 12:00"))); // at the lab by (4 h)
        QVERIFY(text.contains(QStringLiteral("Site Lead A")));
        QVERIFY(text.contains(QStringLiteral("Courier B")));
        QVERIFY(text.contains(QStringLiteral("2026-11-25 15:05")));
        QVERIFY(text.contains(QStringLiteral("6.5 \u00B0C")));
        QCOMPARE(text.count(QStringLiteral("Signature")), 3);
        QVERIFY(text.contains(QStringLiteral("Page 2 of 2")));
    }

    // A box packed with tubes of several tables of the site (issue 18): the tubes are listed
    // under a heading per table with that table's tubes and people, then the box's totals.
    void tubesAreGroupedByTable() {
        BoxManifestData m = manifestWithTubes(6);
        const QStringList tables = {QStringLiteral("Table 3"), QStringLiteral("Table 5"),
                                    QStringLiteral("Table 3"), QStringLiteral("Table 12"),
                                    QStringLiteral("Table 5"), QStringLiteral("Table 3")};
        for (int i = 0; i < m.tubes.size(); ++i)
            m.tubes[i].table = tables[i];
        const QVector<ManifestTableGroup> groups = m.tableGroups();
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups[0].table, QStringLiteral("Table 3"));
        QCOMPARE(groups[0].tubes, (QVector<int>{0, 2, 5}));
        QCOMPARE(groups[0].personCount, 7 + 10 + 10);
        QCOMPARE(groups[1].table, QStringLiteral("Table 5"));
        QCOMPARE(groups[1].tubes, (QVector<int>{1, 4}));
        QCOMPARE(groups[1].personCount, 10 + 10);
        QCOMPARE(groups[2].table, QStringLiteral("Table 12"));
        QCOMPARE(groups[2].personCount, 7);
        // No table named: no headings (a manifest written before tables were known).
        QVERIFY(manifestWithTubes(3).tableGroups().isEmpty());
        // Three heading lines more than tubes: still one page for six tubes.
        const PrintJob job = PrintJob::manifest(m, 100);
        QCOMPARE(LabelRenderer::pageCount(job), 1);
        QVERIFY(!LabelRenderer::renderPage(job, 0).isNull());

        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils, in scripts/packages.txt) is not installed");
        QByteArray pdf;
        QVERIFY(PdfFileBackend::renderPdf(PrintJob::manifest(m, 300), &pdf).ok);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("m.pdf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        file.close();
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-layout"), file.fileName(), QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        const qsizetype table3 = text.indexOf(QStringLiteral("Table 3 \u2014 tubes: 3"));
        const qsizetype table5 = text.indexOf(QStringLiteral("Table 5 \u2014 tubes: 2"));
        const qsizetype table12 = text.indexOf(QStringLiteral("Table 12 \u2014 tubes: 1"));
        QVERIFY2(table3 >= 0 && table5 > table3 && table12 > table5, qPrintable(text));
        // Each tube under its table's heading.
        QVERIFY(text.indexOf(m.tubes[2].code) > table3 && text.indexOf(m.tubes[2].code) < table5);
        QVERIFY(text.indexOf(m.tubes[4].code) > table5 && text.indexOf(m.tubes[4].code) < table12);
        QVERIFY(text.indexOf(m.tubes[3].code) > table12);
        QVERIFY(text.contains(QStringLiteral("Total \u2014 tubes: 6")));
    }

    // A tube whose code another table used too (issue 18) is marked on its row in words, so
    // that the laboratory keeps it apart from the other tube with that code.
    void aTubeWithASharedCodeIsMarked() {
        BoxManifestData m = manifestWithTubes(3);
        m.codeSharedWith.insert(m.tubes[1].code, QStringLiteral("Table 2"));
        const PrintJob job = PrintJob::manifest(m, 100);
        QVERIFY(!LabelRenderer::renderPage(job, 0).isNull());
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils, in scripts/packages.txt) is not installed");
        QByteArray pdf;
        QVERIFY(PdfFileBackend::renderPdf(PrintJob::manifest(m, 300), &pdf).ok);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("m.pdf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        file.close();
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-layout"), file.fileName(), QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        // On the row of that tube, after its code (on one or two lines), and on no other.
        QCOMPARE(text.count(QStringLiteral("CODE SHARED")), 1);
        // (pdftotext may put the mark's first line above the row: between the rows around it)
        const qsizetype row = text.indexOf(m.tubes[0].code);
        const qsizetype next = text.indexOf(m.tubes[2].code);
        const qsizetype mark = text.indexOf(QStringLiteral("CODE SHARED"));
        const qsizetype table = text.indexOf(QStringLiteral("Table 2"));
        QVERIFY2(row < mark && mark < next && row < table && table < next, qPrintable(text));
    }

    void emptyBoxIsRefused() {
        BoxManifestData m = manifestWithTubes(0);
        const PrintResult r = LabelRenderer::check(PrintJob::manifest(m));
        QVERIFY(!r.ok);
        QVERIFY2(r.userMessage.contains(QStringLiteral("BX20261125A017")),
                 qPrintable(r.userMessage));
        QVERIFY2(r.userMessage.contains(QStringLiteral("no tubes")), qPrintable(r.userMessage));
    }
};

QTEST_MAIN(TestManifestLayout)
#include "tst_manifest_layout.moc"
