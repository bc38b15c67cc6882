// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/PdfFileBackend.h"
#include "tests/labels/LabelTestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

using namespace station::labels;

namespace {

TubeLabelData tube(const QString &code) {
    TubeLabelData d;
    d.tubeCode = code;
    d.siteName = QStringLiteral("Tianhe Stadium");
    d.tableNumber = 3;
    d.sealedOrOpened = QDateTime(QDate(2026, 11, 25), QTime(10, 5));
    d.poolSize = 10;
    return d;
}

// The /MediaBox of every page, in points.
QVector<QSizeF> mediaBoxes(const QByteArray &pdf) {
    static const QRegularExpression re(
        QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]"));
    QVector<QSizeF> boxes;
    auto it = re.globalMatch(QString::fromLatin1(pdf));
    while (it.hasNext()) {
        const auto m = it.next();
        boxes.append(QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()));
    }
    return boxes;
}

} // namespace

class TestPdfBackend : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pageIsExactlyTheLabel_data() {
        QTest::addColumn<QString>("size");
        QTest::addColumn<int>("copies");
        QTest::newRow("50x25") << QStringLiteral("50x25") << 1;
        QTest::newRow("40x30 x3") << QStringLiteral("40x30") << 3;
        QTest::newRow("60x40 x2") << QStringLiteral("60x40") << 2;
    }
    void pageIsExactlyTheLabel() {
        QFETCH(QString, size);
        QFETCH(int, copies);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("label.pdf"));
        const LabelSize labelSize = LabelSize::parse(size).value();
        PdfFileBackend backend(path);
        const PrintResult result =
            backend.print(PrintJob::tube(tube(QStringLiteral("12345678")), labelSize, 300, copies));
        QVERIFY2(result.ok, qPrintable(result.userMessage));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QVector<QSizeF> boxes = mediaBoxes(file.readAll());
        QCOMPARE(boxes.size(), copies); // one page per copy
        // Qt writes the MediaBox in whole points (QPageLayout::fullRectPoints() is a QRect),
        // so the page is the label to the nearest point (at most 0.18 mm off).
        for (const QSizeF &box : boxes) {
            QCOMPARE(box.width(), double(qRound(labelSize.widthMm / 25.4 * 72)));
            QCOMPARE(box.height(), double(qRound(labelSize.heightMm / 25.4 * 72)));
        }
    }

    // The PDF rasterised by poppler (as a print pipeline would) still decodes.
    void pdfRasterisedByPopplerDecodes() {
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (pdftoppm.isEmpty())
            QSKIP("pdftoppm (poppler-utils, in scripts/packages.txt) is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("label.pdf"));
        const QString code = QStringLiteral("TH0012345678");
        QVERIFY(PdfFileBackend(path).print(PrintJob::tube(tube(code), {}, 203)).ok);
        QProcess p;
        p.start(pdftoppm, {QStringLiteral("-r"), QStringLiteral("203"), QStringLiteral("-gray"),
                           QStringLiteral("-png"), QStringLiteral("-singlefile"), path,
                           dir.filePath(QStringLiteral("page"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QImage image(dir.filePath(QStringLiteral("page.png")));
        QVERIFY(!image.isNull());
        QVERIFY2(qAbs(image.width() - 400) <= 1, qPrintable(QString::number(image.width())));
        QCOMPARE(station::test::decodeBarcode(image, ZXing::BarcodeFormat::Code128), code);
    }

    // The UI prints through QtConcurrent: several jobs at once on worker threads.
    void printsFromWorkerThreads() {
        QTemporaryDir dir;
        QStringList codes;
        for (int i = 0; i < 8; ++i)
            codes.append(QStringLiteral("TH%1").arg(2026112500100 + i));
        const QString base = dir.path();
        const QList<PrintResult> results =
            QtConcurrent::blockingMapped(codes, [base](const QString &code) {
                return PdfFileBackend(base + QLatin1Char('/') + code + QStringLiteral(".pdf"))
                    .print(PrintJob::tube(tube(code), {}, 300));
            });
        QCOMPARE(results.size(), codes.size());
        for (int i = 0; i < results.size(); ++i) {
            QVERIFY2(results[i].ok, qPrintable(results[i].userMessage));
            QFile f(dir.filePath(codes[i] + QStringLiteral(".pdf")));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(mediaBoxes(f.readAll()).size(), 1);
        }
    }

    void unwritablePathIsReported() {
        PdfFileBackend backend(QStringLiteral("/nonexistent-dir/label.pdf"));
        const PrintResult result = backend.print(PrintJob::tube(tube(QStringLiteral("12345678"))));
        QVERIFY(!result.ok);
        QVERIFY2(result.userMessage.contains(QStringLiteral("/nonexistent-dir/label.pdf")),
                 qPrintable(result.userMessage));
    }
};

QTEST_MAIN(TestPdfBackend)
#include "tst_pdf_backend.moc"
