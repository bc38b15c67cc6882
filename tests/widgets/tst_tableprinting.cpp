// SPDX-License-Identifier: GPL-3.0-or-later
// Printing from the table screen through the real window: the tube label on Ctrl+P to a
// PNG file (decoded back) and to a ZPL file, the box label and manifest when a box is
// sealed, a reprint that asks why and is audited, and a printer that is off until a
// listener comes up, then Retry.
#include "tests/labels/LabelTestSupport.h"
#include "tests/widgets/TableDriver.h"

#include "core/sampling/LabelPrintLog.h"
#include "labels/PrintQueue.h"
#include "table/TablePrinting.h"
#include "widgets/BoxPanel.h"
#include "widgets/HandOverDialog.h"
#include "widgets/printing/PrinterAlert.h"
#include "widgets/printing/ReprintReasonDialog.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace station;
using namespace station::test;

using Look = StatusBanner::Look;

namespace {

const QString kBox = QStringLiteral("BX00000042");

// The table with printing wired as the application does, to the printer address given.
struct PrintingTable {
    explicit PrintingTable(const QString &printer, const QString &manifestPrinter = {})
        : queue(nullptr) {
        t.settings->setPrinterName(printer);
        t.settings->setManifestPrinterName(manifestPrinter);
        t.settings->setLabelSize(QStringLiteral("50x25"));
        log = std::make_unique<LabelPrintLog>(t.f.db, t.f.clock());
        printing = std::make_unique<TablePrinting>(*t.f.service, *log, queue);
        t.window.attachPrinting(printing.get());
    }

    SamplingScreen *screen() const { return t.window.samplingScreen(); }
    widgets::PrinterAlert *alert() const { return screen()->printerAlert(); }

    // Audit rows of label prints for `code`: action -> detail.
    QList<QPair<QString, QJsonObject>> prints(const QString &code) {
        QList<QPair<QString, QJsonObject>> rows;
        QSqlQuery q(t.f.db.connection());
        q.prepare(QStringLiteral("SELECT action, detail FROM audit_log WHERE action LIKE "
                                 "'label.%' AND subject = ? ORDER BY id"));
        q.addBindValue(code);
        if (!q.exec())
            return rows;
        while (q.next())
            rows.append({q.value(0).toString(),
                         QJsonDocument::fromJson(q.value(1).toByteArray()).object()});
        return rows;
    }

    TableDriver t;
    labels::PrintQueue queue;
    std::unique_ptr<LabelPrintLog> log;
    std::unique_ptr<TablePrinting> printing;
};

bool isReasonDialog(QWidget *w) {
    return qobject_cast<widgets::ReprintReasonDialog *>(w) != nullptr;
}

// Answers the next reprint question with a typed reason and Enter.
void answerReprintReason(const QString &reason, QString *question = nullptr) {
    onNextDialog(
        [reason, question](QWidget *w) {
            auto *dialog = static_cast<widgets::ReprintReasonDialog *>(w);
            if (question) {
                QStringList texts;
                for (auto *label : dialog->findChildren<QLabel *>())
                    texts << label->text();
                *question = texts.join(QLatin1Char('\n'));
            }
            typeText(dialog->otherField(), reason);
            QTest::keyClick(dialog->otherField(), Qt::Key_Return);
        },
        isReasonDialog);
}

// Opens tube 1 with one resident in it.
void openTubeWithOnePerson(TableDriver &t) {
    t.scan(tubeCode(1));
    t.scan(residentScan(1));
    QCOMPARE(t.banner()->look(), Look::Success);
}

} // namespace

class TestTablePrinting : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tubeLabelToPngDecodesAndReprintAsksWhy() {
        QTemporaryDir out;
        const QString png = out.filePath(QStringLiteral("tube.png"));
        PrintingTable p(QStringLiteral("png:") + png);
        p.t.signIn();
        openTubeWithOnePerson(p.t);

        p.t.key(Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY(QFileInfo::exists(png));
        QTRY_COMPARE(p.printing->pendingCount(), 0);
        const QImage label(png);
        QCOMPARE(label.size(), QSize(labels::LabelSize::defaultSize().widthDots(203),
                                     labels::LabelSize::defaultSize().heightDots(203)));
        QCOMPARE(decodeBarcode(label, ZXing::BarcodeFormat::Code128), tubeCode(1));
        auto rows = p.prints(tubeCode(1));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).first, QStringLiteral("label.printed"));
        QCOMPARE(rows.at(0).second.value(QStringLiteral("document")).toString(),
                 QStringLiteral("tube_label"));
        QVERIFY(p.alert()->isHidden());

        // Again: the station asks why; cancelling prints nothing.
        QVERIFY(QFile::remove(png));
        bool asked = false;
        onNextDialog(
            [&asked](QWidget *dialog) {
                asked = true;
                QTest::keyClick(dialog, Qt::Key_Escape);
            },
            isReasonDialog);
        p.t.key(Qt::Key_P, Qt::ControlModifier);
        QVERIFY(asked);
        QCOMPARE(p.printing->pendingCount(), 0);
        QVERIFY2(p.t.banner()->text().contains(tubeCode(1)), qPrintable(p.t.banner()->text()));
        QCOMPARE(p.prints(tubeCode(1)).size(), 1);
        QVERIFY(!QFileInfo::exists(png));

        // With a reason it prints and the audit log says why.
        QString question;
        answerReprintReason(QStringLiteral("label torn"), &question);
        p.t.key(Qt::Key_P, Qt::ControlModifier);
        QVERIFY2(question.contains(tubeCode(1)), qPrintable(question));
        QTRY_VERIFY(QFileInfo::exists(png));
        QTRY_COMPARE(p.printing->pendingCount(), 0);
        QCOMPARE(decodeBarcode(QImage(png), ZXing::BarcodeFormat::Code128), tubeCode(1));
        rows = p.prints(tubeCode(1));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).first, QStringLiteral("label.reprinted"));
        QCOMPARE(rows.at(1).second.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("label torn"));

        // Scanning goes on with the scan field focused (the window manager hands activation
        // back after a dialog; offscreen, the test does).
        p.t.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&p.t.window));
        QVERIFY(p.t.scanField()->hasFocus());
        p.t.scan(residentScan(2));
        QCOMPARE(p.t.banner()->look(), Look::Success);
    }

    // Ctrl+P prints the open tube's label; on a Zebra it is ZPL with the code as ^BC.
    void tubeLabelKeyPrintsZpl() {
        QTemporaryDir out;
        const QString zplPath = out.filePath(QStringLiteral("tube.zpl"));
        PrintingTable p(QStringLiteral("zpl-file:") + zplPath);
        p.t.signIn();
        p.t.scan(tubeCode(5));
        p.t.key(Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY(QFileInfo::exists(zplPath));
        QTRY_COMPARE(p.printing->pendingCount(), 0);
        QFile file(zplPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray zpl = file.readAll();
        QVERIFY2(zpl.startsWith("^XA") || zpl.contains("^XA"), zpl.constData());
        QVERIFY2(zpl.contains("^BC"), zpl.constData());
        QVERIFY2(zpl.contains(tubeCode(5).toLatin1()), zpl.constData());
        QVERIFY2(zpl.contains("GZ-TH-0001"), zpl.constData());
        QCOMPARE(p.prints(tubeCode(5)).size(), 1);
    }

    void sealingABoxPrintsLabelAndManifest() {
        QTemporaryDir out;
        const QString png = out.filePath(QStringLiteral("box.png"));
        PrintingTable p(QStringLiteral("png:") + png);
        p.t.signIn();
        openTubeWithOnePerson(p.t);
        answerNextQuestion(QStringLiteral("queue empty"));
        p.t.key(Qt::Key_E, Qt::ControlModifier);
        QVERIFY(!p.t.f.service->openTubeSnapshot());
        p.t.scan(kBox);
        p.t.scan(tubeCode(1));
        p.t.scan(kBox); // sealed: label and manifest go to the printer by themselves
        QCOMPARE(p.t.f.service->box(kBox)->state, BoxState::Sealed);
        QTRY_COMPARE(p.prints(kBox).size(), 2);
        QCOMPARE(p.printing->pendingCount(), 0);
        QStringList documents;
        for (const auto &row : p.prints(kBox)) {
            QCOMPARE(row.first, QStringLiteral("label.printed"));
            documents << row.second.value(QStringLiteral("document")).toString();
        }
        QCOMPARE(documents,
                 QStringList({QStringLiteral("box_label"), QStringLiteral("box_manifest")}));
        // The manifest is an A4 page at 300 dpi and printed last.
        QCOMPARE(QImage(png).size(), QSize(2480, 3508));

        // What the manifest carries, as the table filled it.
        const Result<labels::PrintJob> job =
            p.printing->jobFor(PrintedDocument::BoxManifest, kBox,
                               HandOver{QStringLiteral("Li Na"), QStringLiteral("Wang Wei"), 5.0});
        QVERIFY2(job.ok(), qPrintable(job.message()));
        const auto &manifest = std::get<labels::BoxManifestData>(job->content);
        QCOMPARE(manifest.boxCode, kBox);
        QCOMPARE(manifest.siteCode, QStringLiteral("GZ-TH-0001"));
        QCOMPARE(manifest.tubeCount(), 1);
        QCOMPARE(manifest.tubes.at(0).code, tubeCode(1));
        QCOMPARE(manifest.personCount(), 1);
        QVERIFY(manifest.boxSealedAt.isValid());
        QVERIFY(manifest.firstSwabAt().isValid());
        QCOMPARE(manifest.handOver.carriedBy, QStringLiteral("Wang Wei"));
        QCOMPARE(manifest.handOver.temperatureCelsius, std::optional<double>(5.0));

        // The manifest again (Ctrl+M) is a reprint with a reason.
        answerReprintReason(QStringLiteral("manifest got wet"));
        p.t.key(Qt::Key_M, Qt::ControlModifier);
        QTRY_COMPARE(p.prints(kBox).size(), 3);
        QCOMPARE(p.prints(kBox).at(2).first, QStringLiteral("label.reprinted"));
        QCOMPARE(p.prints(kBox).at(2).second.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("manifest got wet"));

        // From the hand-over dialog: printed with the courier's name, then handed over.
        bool printedFromDialog = false;
        bool handedOver = false;
        onNextDialog(
            [&](QWidget *w) {
                auto *dialog = static_cast<HandOverDialog *>(w);
                typeText(dialog->carriedByField(), QStringLiteral("Wang Wei"));
                answerReprintReason(QStringLiteral("courier needs a copy"));
                dialog->printManifestButton()->click();
                printedFromDialog = dialog->isVisible();
                QTest::keyClick(dialog->carriedByField(), Qt::Key_Return);
                handedOver = !dialog->isVisible();
                if (!handedOver)
                    dialog->reject();
            },
            [](QWidget *w) { return qobject_cast<HandOverDialog *>(w) != nullptr; });
        p.t.key(Qt::Key_H, Qt::ControlModifier);
        QVERIFY(printedFromDialog);
        QVERIFY(handedOver);
        QTRY_COMPARE(p.prints(kBox).size(), 4);
        QCOMPARE(p.prints(kBox).at(3).second.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("courier needs a copy"));
        QCOMPARE(p.t.f.service->box(kBox)->state, BoxState::HandedOver);
    }

    // A Zebra printer cannot print the A4 manifest: it goes to the manifest printer.
    void zebraLabelsWithManifestsToPdf() {
        QTemporaryDir out;
        const QString zplPath = out.filePath(QStringLiteral("box.zpl"));
        const QString pdfPath = out.filePath(QStringLiteral("manifest.pdf"));
        PrintingTable p(QStringLiteral("zpl-file:") + zplPath, QStringLiteral("pdf:") + pdfPath);
        p.t.signIn();
        openTubeWithOnePerson(p.t);
        answerNextQuestion(QStringLiteral("queue empty"));
        p.t.key(Qt::Key_E, Qt::ControlModifier);
        p.t.scan(kBox);
        p.t.scan(tubeCode(1));
        p.t.scan(kBox);
        QTRY_COMPARE(p.prints(kBox).size(), 2);
        QCOMPARE(p.printing->failedCount(), 0);
        QFile zpl(zplPath);
        QVERIFY(zpl.open(QIODevice::ReadOnly));
        const QByteArray zplText = zpl.readAll();
        QVERIFY2(zplText.contains(kBox.toLatin1()), zplText.constData());
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(p.alert()->isHidden());
    }

    void withoutPrinterAPrintSaysSo() {
        PrintingTable p{QString()};
        p.t.signIn();
        openTubeWithOnePerson(p.t);
        p.t.key(Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(p.t.banner()->look(), Look::Refusal);
        QVERIFY2(p.t.banner()->text().contains(QStringLiteral("F10")),
                 qPrintable(p.t.banner()->text()));
        QCOMPARE(p.printing->pendingCount(), 0);
        QVERIFY(p.prints(tubeCode(1)).isEmpty());
    }

    // No printer: Ctrl+P refused. A printer set up, Ctrl+P again: the refusal gives way to
    // the print, and "printed" comes when the printer took it; a reprint says so too
    // (review 35, s55 to s57: the old refusal stayed the headline, the reprint said nothing).
    void printAfterARefusalReplacesItAndSaysPrinted() {
        QTemporaryDir out;
        const QString png = out.filePath(QStringLiteral("tube.png"));
        PrintingTable p{QString()};
        p.t.signIn();
        openTubeWithOnePerson(p.t);
        p.t.key(Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(p.t.banner()->look(), Look::Refusal);

        p.t.settings->setPrinterName(QStringLiteral("png:") + png);
        QVERIFY(p.printing->applySettings(*p.t.settings).isEmpty());
        p.t.key(Qt::Key_P, Qt::ControlModifier);
        QVERIFY(p.t.banner()->look() != Look::Refusal);
        QVERIFY(!p.screen()->isRefusalShown());
        QTRY_COMPARE(p.t.banner()->look(), Look::Success);
        QVERIFY2(p.t.banner()->text().contains(QStringLiteral("Printed")) &&
                     p.t.banner()->text().contains(tubeCode(1)),
                 qPrintable(p.t.banner()->text()));
        QVERIFY2(p.t.banner()->headline().contains(QStringLiteral("Printed")),
                 qPrintable(p.t.banner()->headline()));

        // A reprint, with its reason: printing, then printed.
        p.t.scan(residentScan(1)); // refused: already in the tube
        QCOMPARE(p.t.banner()->look(), Look::Refusal);
        answerReprintReason(QStringLiteral("label torn"));
        p.t.key(Qt::Key_P, Qt::ControlModifier);
        QVERIFY(p.t.banner()->look() != Look::Refusal);
        QTRY_COMPARE(p.prints(tubeCode(1)).size(), 2);
        QTRY_COMPARE(p.t.banner()->look(), Look::Success);
        QVERIFY2(p.t.banner()->text().contains(QStringLiteral("Printed")),
                 qPrintable(p.t.banner()->text()));
    }

    // A sealed box says what became of its label and manifest (review 35, s44 and s97).
    void sealedBoxSaysWhetherItsPapersPrinted() {
        {
            PrintingTable p{QString()};
            p.t.signIn();
            openTubeWithOnePerson(p.t);
            answerNextQuestion(QStringLiteral("queue empty"));
            p.t.key(Qt::Key_E, Qt::ControlModifier);
            p.t.scan(kBox);
            p.t.scan(tubeCode(1));
            p.t.scan(kBox);
            // The seal and "hand it over" stay the headline; the papers are said under it.
            QCOMPARE(p.t.banner()->look(), Look::Attention);
            QVERIFY2(p.t.banner()->text().contains(QStringLiteral("Ctrl+H")),
                     qPrintable(p.t.banner()->text()));
            const QString papers = p.t.banner()->followUp();
            QVERIFY2(papers.contains(QStringLiteral("NOT printed")), qPrintable(papers));
            QVERIFY2(papers.contains(QStringLiteral("Ctrl+B")) &&
                         papers.contains(QStringLiteral("Ctrl+M")),
                     qPrintable(papers));
        }
        QTemporaryDir out;
        PrintingTable p(QStringLiteral("png:") + out.filePath(QStringLiteral("box.png")));
        p.t.signIn();
        openTubeWithOnePerson(p.t);
        answerNextQuestion(QStringLiteral("queue empty"));
        p.t.key(Qt::Key_E, Qt::ControlModifier);
        p.t.scan(kBox);
        p.t.scan(tubeCode(1));
        p.t.scan(kBox);
        QCOMPARE(p.t.banner()->look(), Look::Attention);
        QVERIFY2(p.t.banner()->followUp().contains(QStringLiteral("Printing")),
                 qPrintable(p.t.banner()->followUp()));
        // When the printer took them: said under the seal, which stays the headline.
        QTRY_COMPARE(p.prints(kBox).size(), 2);
        QTRY_VERIFY2(p.t.banner()->followUp().count(QStringLiteral("Printed")) == 2,
                     qPrintable(p.t.banner()->followUp()));
        QCOMPARE(p.t.banner()->look(), Look::Attention);
        QVERIFY(p.t.banner()->text().contains(kBox));
    }

    void unreachablePrinterShowsProblemAndRetryPrints() {
        // A port nobody listens on, until the "printer" is switched on below.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();

        PrintingTable p(QStringLiteral("zpl://127.0.0.1:%1").arg(port));
        p.t.signIn();
        openTubeWithOnePerson(p.t);
        p.t.key(Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY(p.alert()->isVisible());
        QCOMPARE(p.printing->failedCount(), 1);
        const QString problem = p.alert()->text();
        QVERIFY2(problem.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("Retry")), qPrintable(problem));
        QVERIFY(p.prints(tubeCode(1)).isEmpty());

        // Scanning does not wait for the printer.
        p.t.scan(residentScan(2));
        QCOMPARE(p.t.banner()->look(), Look::Success);
        QVERIFY(p.alert()->isVisible());

        // The same label asked for again while the printer is off is that print retried,
        // not a reprint: no reason is asked.
        bool askedWhy = false;
        onNextDialog(
            [&askedWhy](QWidget *dialog) {
                askedWhy = true;
                QTest::keyClick(dialog, Qt::Key_Escape);
            },
            isReasonDialog);
        p.t.key(Qt::Key_P, Qt::ControlModifier);
        QVERIFY(!askedWhy);
        QVERIFY2(p.t.banner()->text().contains(QStringLiteral("again")),
                 qPrintable(p.t.banner()->text()));
        QTRY_COMPARE(p.printing->failedCount(), 1);
        QCOMPARE(p.printing->pendingCount(), 1);
        QTRY_VERIFY(p.alert()->isVisible());

        // The printer comes up; Retry (Ctrl+R) sends the label.
        QTcpServer printer;
        QVERIFY2(printer.listen(QHostAddress::LocalHost, port), qPrintable(printer.errorString()));
        QByteArray received;
        connect(&printer, &QTcpServer::newConnection, &printer, [&printer, &received] {
            while (QTcpSocket *s = printer.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s, &received] { received += s->readAll(); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        p.t.key(Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY(received.contains(tubeCode(1).toLatin1()));
        QTRY_COMPARE(p.printing->pendingCount(), 0);
        QVERIFY(p.alert()->isHidden());
        QCOMPARE(p.printing->failedCount(), 0);
        const auto rows = p.prints(tubeCode(1));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).first, QStringLiteral("label.printed"));
        QVERIFY(received.contains("^BC"));
    }
};

QTEST_MAIN(TestTablePrinting)
#include "tst_tableprinting.moc"
