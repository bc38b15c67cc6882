// SPDX-License-Identifier: GPL-3.0-or-later
// Prints tube labels through a real CUPS scheduler into a cups-pdf queue, once with `lp`
// (labels::CupsBackend, what the cli uses) and once through QPrinter
// (widgets::SystemPrinterBackend, what the UI uses), then rasterises the PDF cups-pdf wrote
// with pdftoppm and decodes the tube code. Skipped, saying why, only where cupsd cannot run.
#include "labels/CupsBackend.h"
#include "tests/labels/LabelTestSupport.h"
#include "widgets/printing/SystemPrinterBackend.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <unistd.h>

using namespace station::labels;

namespace {

struct Run {
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 60000) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(timeoutMs)) {
        r.output = p.errorString();
        return r;
    }
    p.waitForFinished(timeoutMs);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.output = QString::fromLocal8Bit(p.readAll()).trimmed();
    return r;
}

QString tool(const QString &name) {
    return QStandardPaths::findExecutable(name,
                                          {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
                                           QStringLiteral("/sbin"), QStringLiteral("/bin")});
}

// Where cups-pdf writes (its Debian default "Out ${HOME}/PDF", and the anonymous spool).
QStringList cupsPdfOutputDirs() {
    return {QDir::homePath() + QStringLiteral("/PDF"), QStringLiteral("/root/PDF"),
            QStringLiteral("/var/spool/cups-pdf")};
}

QSet<QString> existingPdfs() {
    QSet<QString> files;
    for (const QString &dir : cupsPdfOutputDirs()) {
        QDirIterator it(dir, {QStringLiteral("*.pdf")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.insert(it.next());
    }
    return files;
}

} // namespace

class TestCupsPrint : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        m_lp = tool(QStringLiteral("lp"));
        m_lpstat = tool(QStringLiteral("lpstat"));
        m_lpadmin = tool(QStringLiteral("lpadmin"));
        m_pdftoppm = tool(QStringLiteral("pdftoppm"));
        const QString cupsd = tool(QStringLiteral("cupsd"));
        if (cupsd.isEmpty() || m_lp.isEmpty() || m_lpadmin.isEmpty() || m_lpstat.isEmpty())
            QSKIP("CUPS is not installed (scripts/packages.txt lists cups and "
                  "printer-driver-cups-pdf)");
        if (!QFileInfo::exists(QStringLiteral("/usr/lib/cups/backend/cups-pdf")))
            QSKIP("The cups-pdf backend is not installed (package printer-driver-cups-pdf)");
        if (m_pdftoppm.isEmpty())
            QSKIP("pdftoppm is not installed (package poppler-utils)");

        if (!schedulerRunning()) {
            if (::geteuid() != 0)
                QSKIP("cupsd is not running and starting it needs root (CI runs as root)");
            // In the foreground, as our child: we know its pid and stop it at the end.
            m_cupsd.setProcessChannelMode(QProcess::MergedChannels);
            m_cupsd.start(cupsd, {QStringLiteral("-f")});
            m_cupsd.waitForStarted(10000);
            QElapsedTimer waited;
            waited.start();
            while (m_cupsd.state() == QProcess::Running && !schedulerRunning() &&
                   waited.elapsed() < 30000)
                QThread::msleep(200);
            if (!schedulerRunning())
                QSKIP(qPrintable(
                    QStringLiteral("cupsd could not start (%1): %2")
                        .arg(m_cupsd.errorString(), QString::fromLocal8Bit(m_cupsd.readAll()))));
        }

        m_queue = QStringLiteral("StationTestPdf%1").arg(QCoreApplication::applicationPid());
        const Run added = run(
            m_lpadmin, {QStringLiteral("-p"), m_queue, QStringLiteral("-E"), QStringLiteral("-v"),
                        QStringLiteral("cups-pdf:/"), QStringLiteral("-P"),
                        QStringLiteral("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")});
        if (added.exitCode != 0 && ::geteuid() != 0)
            QSKIP(qPrintable(QStringLiteral("lpadmin could not add a test queue (needs root or "
                                            "the lpadmin group): %1")
                                 .arg(added.output)));
        QVERIFY2(added.exitCode == 0, qPrintable(added.output));
        m_queueAdded = true;
    }

    void cleanupTestCase() {
        if (m_queueAdded) {
            run(m_lpadmin, {QStringLiteral("-x"), m_queue});
            QFile::remove(QStringLiteral("/var/log/cups/cups-pdf-%1_log").arg(m_queue));
        }
        if (m_cupsd.state() != QProcess::NotRunning) {
            m_cupsd.terminate();
            if (!m_cupsd.waitForFinished(15000))
                m_cupsd.kill();
            m_cupsd.waitForFinished(5000);
        }
    }

    void tubeLabelPrintedWithLpDecodes() {
        const QString code = QStringLiteral("TH2026112500017");
        const QSet<QString> before = existingPdfs();
        CupsBackend backend(m_queue, CupsBackend::Payload::Pdf, m_lp);
        const PrintResult result = backend.print(tubeJob(code, 203));
        QVERIFY2(result.ok, qPrintable(result.userMessage));
        const QString pdf = waitForNewPdf(before);
        QVERIFY2(!pdf.isEmpty(), "cups-pdf wrote no PDF within 120 s; see /var/log/cups");
        QCOMPARE(decodePdf(pdf), code);
    }

    void tubeLabelPrintedThroughQPrinterDecodes() {
        const QString code = QStringLiteral("GZ0000123456789");
        QVERIFY2(station::widgets::SystemPrinterBackend::availablePrinters().contains(m_queue),
                 qPrintable(station::widgets::SystemPrinterBackend::availablePrinters().join(
                     QLatin1Char(' '))));
        const QSet<QString> before = existingPdfs();
        station::widgets::SystemPrinterBackend backend(m_queue);
        const PrintResult result = backend.print(tubeJob(code, 300));
        QVERIFY2(result.ok, qPrintable(result.userMessage));
        const QString pdf = waitForNewPdf(before);
        QVERIFY2(!pdf.isEmpty(), "cups-pdf wrote no PDF within 120 s; see /var/log/cups");
        QCOMPARE(decodePdf(pdf), code);
    }

    void unknownQueueIsReported() {
        CupsBackend backend(QStringLiteral("NoSuchQueue%1").arg(QCoreApplication::applicationPid()),
                            CupsBackend::Payload::Pdf, m_lp);
        const PrintResult result = backend.print(tubeJob(QStringLiteral("12345678"), 203));
        QVERIFY(!result.ok);
        QVERIFY2(result.userMessage.contains(QStringLiteral("NoSuchQueue")),
                 qPrintable(result.userMessage));
        station::widgets::SystemPrinterBackend printer(QStringLiteral("NoSuchQueue"));
        const PrintResult viaQPrinter = printer.print(tubeJob(QStringLiteral("12345678"), 203));
        QVERIFY(!viaQPrinter.ok);
        QVERIFY2(viaQPrinter.userMessage.contains(QStringLiteral("not available")),
                 qPrintable(viaQPrinter.userMessage));
    }

private:
    bool schedulerRunning() const {
        const Run r = run(m_lpstat, {QStringLiteral("-r")}, 10000);
        return r.exitCode == 0 && r.output.contains(QStringLiteral("is running"));
    }

    static PrintJob tubeJob(const QString &code, int dpi) {
        TubeLabelData data;
        data.tubeCode = code;
        data.siteName = QStringLiteral("Tianhe Stadium");
        data.siteCode = QStringLiteral("TH01");
        data.tableNumber = 7;
        data.sealedOrOpened = QDateTime(QDate(2026, 11, 25), QTime(14, 30));
        data.poolSize = 10;
        return PrintJob::tube(data, LabelSize::defaultSize(), dpi);
    }

    // The first PDF that was not there before, once the queue is empty and the file stable.
    QString waitForNewPdf(const QSet<QString> &before) const {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 120000) {
            const QSet<QString> now = existingPdfs();
            for (const QString &f : now) {
                if (before.contains(f))
                    continue;
                const Run pending = run(m_lpstat, {QStringLiteral("-o"), m_queue}, 10000);
                if (pending.exitCode == 0 && pending.output.isEmpty())
                    return f;
            }
            QThread::msleep(250);
        }
        return {};
    }

    QString decodePdf(const QString &pdf) const {
        QTemporaryDir dir;
        const Run r =
            run(m_pdftoppm, {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-gray"),
                             QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf,
                             dir.filePath(QStringLiteral("page"))});
        if (r.exitCode != 0)
            return QStringLiteral("pdftoppm failed: ") + r.output;
        QImage image(dir.filePath(QStringLiteral("page.png")));
        QFile::remove(pdf);
        // The page is the 50 x 25 mm label (141.7 x 70.9 pt; CUPS rounds to whole points),
        // not the label placed on a default A4 or Letter sheet.
        const QSizeF mm(image.width() * 25.4 / 300, image.height() * 25.4 / 300);
        if (qAbs(mm.width() - 50.0) > 1.0 || qAbs(mm.height() - 25.0) > 1.0)
            return QStringLiteral("page is %1 x %2 mm").arg(mm.width()).arg(mm.height());
        return station::test::decodeBarcode(image, ZXing::BarcodeFormat::Code128);
    }

    QString m_lp, m_lpstat, m_lpadmin, m_pdftoppm, m_queue;
    bool m_queueAdded = false;
    QProcess m_cupsd; // the scheduler, when this test had to start it
};

QTEST_MAIN(TestCupsPrint)
#include "tst_cups_print.moc"
