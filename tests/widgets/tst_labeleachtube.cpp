// SPDX-License-Identifier: GPL-3.0-or-later
// "Print a label for each new tube", driven through the real main window: the table
// opens a tube under a generated code whenever none is open and prints its label;
// pre-printed tubes still scan; a misread station label is refused.
#include "tests/widgets/TableDriver.h"

#include "core/domain/StationTubeCode.h"
#include "core/sampling/LabelPrintLog.h"
#include "labels/PrintQueue.h"
#include "table/ScanRouter.h"
#include "table/TablePrinting.h"
#include "table/TableWorkflow.h"
#include "widgets/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace station;
using namespace station::test;

using Look = StatusBanner::Look;

namespace {

// Table 3 is the fixture's table.
QString generated(qint64 n) {
    return stationtubecode::format(3, n).value_or(QString());
}

} // namespace

class TestLabelEachTube : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void offByDefault();
    void opensTubesAndRequestsTheirLabels();
    void preprintedTubeStillScans();
    void misreadStationLabelIsRefused_data();
    void misreadStationLabelIsRefused();
    void voidingTheOpenTubeRequestsTheNextLabel();
    void settingsDialogTurnsItOn();
    void labelIsPrintedOnTheLabelPrinter();
};

void TestLabelEachTube::offByDefault() {
    TableDriver t;
    QSignalSpy labels(&t.table, &TableWorkflow::generatedTubeOpened);
    QVERIFY(!t.settings->printLabelForEachTube());
    QVERIFY(!t.table.printsLabelForEachTube());
    t.signIn();
    QCoreApplication::processEvents();
    QCOMPARE(labels.count(), 0);
    QVERIFY(!t.f.service->openTubeSnapshot());
}

void TestLabelEachTube::opensTubesAndRequestsTheirLabels() {
    TableDriver t;
    SamplingScreen *screen = t.window.samplingScreen();
    QSignalSpy labels(&t.table, &TableWorkflow::generatedTubeOpened);
    t.table.setPrintLabelForEachTube(true);
    // Locked: nothing is opened without an operator.
    QCoreApplication::processEvents();
    QCOMPARE(labels.count(), 0);

    t.signIn();
    QTRY_COMPARE(labels.count(), 1);
    QCOMPARE(labels.at(0).at(0).toString(), generated(1));
    QCOMPARE(t.f.service->openTubeSnapshot()->code, generated(1));
    QCOMPARE(t.banner()->look(), Look::Attention);
    QVERIFY2(t.banner()->text().contains(generated(1)), qPrintable(t.banner()->text()));
    // No printer is set up in this table: the banner says the label was not printed.
    QVERIFY2(t.banner()->text().contains(QStringLiteral("no printer is set up")),
             qPrintable(t.banner()->text()));
    QVERIFY(t.scanField()->hasFocus());

    // The pool size is still chosen before the first person, and kept for the next tubes.
    QComboBox *pool = screen->poolSizeField();
    QVERIFY(pool->isEnabled());
    pool->setFocus();
    QTest::keyClick(pool, Qt::Key_Up); // 10 -> 5
    QCOMPARE(t.f.service->openTubeSnapshot()->poolSize, 5);
    t.scanField()->setFocus();
    for (int i = 1; i <= 5; ++i)
        t.scan(residentScan(i));
    QCOMPARE(t.f.service->tube(generated(1))->state, TubeState::Sealed);
    QTRY_COMPARE(labels.count(), 2);
    QCOMPARE(labels.at(1).at(0).toString(), generated(2));
    QCOMPARE(t.f.service->openTubeSnapshot()->poolSize, 5);
    QCOMPARE(screen->countText(), QStringLiteral("0 / 5"));

    // Sealed early: the next label follows at once.
    t.scan(residentScan(6));
    answerNextQuestion(QStringLiteral("end of queue"));
    t.key(Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(t.f.service->tube(generated(2))->state, TubeState::Sealed);
    QTRY_COMPARE(labels.count(), 3);
    QCOMPARE(labels.at(2).at(0).toString(), generated(3));
    // Exactly one label per tube: nothing more arrives while a tube is open.
    QCoreApplication::processEvents();
    QCOMPARE(labels.count(), 3);
}

void TestLabelEachTube::preprintedTubeStillScans() {
    TableDriver t;
    QSignalSpy labels(&t.table, &TableWorkflow::generatedTubeOpened);
    t.table.setPrintLabelForEachTube(true);
    t.signIn();
    QTRY_COMPARE(labels.count(), 1);
    // A pre-printed tube replaces the empty generated one, which is voided with a reason.
    t.scan(tubeCode(1));
    QCOMPARE(t.banner()->look(), Look::Success);
    QCOMPARE(t.f.service->openTubeSnapshot()->code, tubeCode(1));
    const Result<TubeSnapshot> replaced = t.f.service->tube(generated(1));
    QCOMPARE(replaced->state, TubeState::Voided);
    QVERIFY(replaced->voidReason.contains(tubeCode(1)));
    QCoreApplication::processEvents();
    QCOMPARE(labels.count(), 1);
    t.scan(residentScan(1));
    QCOMPARE(t.f.service->openTubeSnapshot()->count(), 1);
}

void TestLabelEachTube::misreadStationLabelIsRefused_data() {
    QTest::addColumn<bool>("packing");
    QTest::newRow("opening a tube") << false;
    QTest::newRow("packing a box") << true;
}

void TestLabelEachTube::misreadStationLabelIsRefused() {
    QFETCH(bool, packing);
    TableDriver t;
    t.signIn();
    t.scan(tubeCode(1));
    if (packing) {
        t.scan(QStringLiteral("BX00000042"));
        QVERIFY(t.table.router().isPacking());
    }
    // The check digit of a station label, one digit off.
    QString misread = generated(1);
    const QChar last = misread.back();
    misread[misread.size() - 1] =
        last == QLatin1Char('9') ? QLatin1Char('0') : QChar(last.unicode() + 1);
    const int samples = t.f.service->todaysSamples().size();
    t.scan(misread);
    QCOMPARE(t.banner()->look(), Look::Refusal);
    QVERIFY2(t.banner()->text().contains(misread), qPrintable(t.banner()->text()));
    QVERIFY2(t.banner()->text().contains(QStringLiteral("check digit")),
             qPrintable(t.banner()->text()));
    QCOMPARE(t.f.service->openTubeSnapshot()->code, tubeCode(1));
    QCOMPARE(t.f.service->tube(misread).code(), ErrorCode::TubeNotFound);
    QCOMPARE(t.f.service->todaysSamples().size(), samples);
}

void TestLabelEachTube::voidingTheOpenTubeRequestsTheNextLabel() {
    TableDriver t;
    QSignalSpy labels(&t.table, &TableWorkflow::generatedTubeOpened);
    t.table.setPrintLabelForEachTube(true);
    t.signIn();
    QTRY_COMPARE(labels.count(), 1);
    for (int i = 1; i <= 2; ++i)
        t.scan(residentScan(i));
    answerNextQuestion(QStringLiteral("tube dropped"));
    onNextDialog(
        [](QWidget *dialog) { QTest::keyClick(dialog, Qt::Key_Return); },
        [](QWidget *dialog) { return dialog->objectName() == QLatin1String("resampleList"); });
    t.key(Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(t.f.service->tube(generated(1))->state, TubeState::Voided);
    QTRY_COMPARE(labels.count(), 2);
    QCOMPARE(labels.at(1).at(0).toString(), generated(2));
    QCOMPARE(t.f.service->openTubeSnapshot()->code, generated(2));
}

void TestLabelEachTube::settingsDialogTurnsItOn() {
    TableDriver t;
    QSignalSpy labels(&t.table, &TableWorkflow::generatedTubeOpened);
    t.signIn();
    bool opened = false;
    onNextDialog([&opened](QWidget *dialog) {
        auto *settings = qobject_cast<SettingsDialog *>(dialog);
        opened = settings != nullptr;
        if (!settings)
            return;
        QVERIFY(!settings->labelEachTubeField()->isChecked());
        settings->labelEachTubeField()->setChecked(true);
        settings->accept();
    });
    t.key(Qt::Key_F10);
    QVERIFY(opened);
    QVERIFY(t.settings->printLabelForEachTube());
    QTRY_COMPARE(labels.count(), 1);
    QCOMPARE(labels.at(0).at(0).toString(), generated(1));
}

void TestLabelEachTube::labelIsPrintedOnTheLabelPrinter() {
    QTemporaryDir out;
    const QString zplPath = out.filePath(QStringLiteral("tube.zpl"));
    TableDriver t;
    t.settings->setPrinterName(QStringLiteral("zpl-file:") + zplPath);
    LabelPrintLog log(t.f.db, t.f.clock());
    labels::PrintQueue queue(nullptr);
    TablePrinting printing(*t.f.service, log, queue);
    t.window.attachPrinting(&printing);
    t.table.setPrintLabelForEachTube(true);
    t.signIn();
    QTRY_VERIFY(t.f.service->openTubeSnapshot().has_value());
    QCOMPARE(t.f.service->openTubeSnapshot()->code, generated(1));
    QVERIFY2(t.banner()->text().contains(QStringLiteral("label is being printed")),
             qPrintable(t.banner()->text()));
    QVERIFY2(t.banner()->text().contains(QStringLiteral("stick it on the new tube")),
             qPrintable(t.banner()->text()));
    QTRY_VERIFY(QFileInfo::exists(zplPath));
    QTRY_COMPARE(printing.pendingCount(), 0);
    QFile file(zplPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray zpl = file.readAll();
    QVERIFY2(zpl.contains("^BC"), zpl.constData());
    QVERIFY2(zpl.contains(generated(1).toLatin1()), zpl.constData());
}

QTEST_MAIN(TestLabelEachTube)
#include "tst_labeleachtube.moc"
