// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/LabelRenderer.h"
#include "labels/ManifestLayout.h"
#include "tests/labels/LabelTestSupport.h"

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
