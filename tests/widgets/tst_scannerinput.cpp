// SPDX-License-Identifier: GPL-3.0-or-later
// Scanner input through the application-wide HID filter, as the app wires it: timed key
// bursts are scans that never land in a field; human typing is not a scan; what cannot be
// trusted is refused ("scan again") and leaves nothing behind.
#include "scan/HidScanEventFilter.h"
#include "tests/widgets/TableDriver.h"
#include "widgets/FocusLostWarning.h"

#include <QInputMethodQueryEvent>
#include <QLabel>
#include <QSignalSpy>

using namespace station;
using namespace station::test;

namespace {

int keyFor(QChar c) {
    if (c == QLatin1Char('\r'))
        return Qt::Key_Return;
    if (c.isLetter())
        return Qt::Key_A + (c.toUpper().unicode() - 'A');
    return c.unicode();
}

// Press and release of each character, through the application's event filters, the presses
// `gapMs` apart by their event timestamps (what the filter measures).
void typeTimed(QWidget *target, const QString &text, ulong &clockMs, int gapMs) {
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, keyFor(c), Qt::NoModifier, QString(c));
        press.setTimestamp(clockMs);
        QCoreApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, keyFor(c), Qt::NoModifier, QString(c));
        release.setTimestamp(clockMs + 2);
        QCoreApplication::sendEvent(target, &release);
        clockMs += ulong(gapMs);
    }
}

} // namespace

class TestScannerInput : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void burstsAreScansThroughTheSinglePath_data();
    void burstsAreScansThroughTheSinglePath();
    void humanTypingIsNotAScan();
    void scansWhileLockedAreRefused();
    void typedCodeIsRecordedAsTyped();
    void inputMethodsAreOffInTheScanField();
    void scannerSpeedKeysInTheFieldAreRefused();
    void splitBurstIsRefusedAndLeavesNoFragment();
    void slowTypistStaffIdIsTyping();
    void residentCodeWithoutItsChineseIsRefused();
    void lostKeyboardFocusIsShownUntilItIsBack();
    void theStatusBarShowsTheScannersHeadline();
};

void TestScannerInput::burstsAreScansThroughTheSinglePath_data() {
    QTest::addColumn<int>("gapMs");
    QTest::newRow("fast scanner, 3 ms") << 3;
    QTest::newRow("slow scanner, 20 ms") << 20;
}

void TestScannerInput::burstsAreScansThroughTheSinglePath() {
    QFETCH(int, gapMs);
    TableDriver t;
    t.signIn();
    scan::HidScanEventFilter filter;
    QSignalSpy scans(&filter, &scan::HidScanEventFilter::scanned);
    connect(&filter, &scan::HidScanEventFilter::scanned, &t.window, &MainWindow::onScanned);
    QVERIFY(filter.start());

    ulong clock = 1000000;
    typeTimed(t.scanField(), tubeCode(1) + QStringLiteral("\r"), clock, gapMs);
    clock += 2000;
    for (int i = 1; i <= 3; ++i) {
        typeTimed(t.scanField(), residentScan(i) + QStringLiteral("\r"), clock, gapMs);
        clock += 2000;
    }
    filter.stop();

    QCOMPARE(scans.count(), 4);
    QVERIFY(t.scanField()->text().isEmpty());
    const auto tube = t.f.service->openTubeSnapshot();
    QVERIFY(tube);
    QCOMPARE(tube->code, tubeCode(1));
    QCOMPARE(tube->count(), 3);
    for (const TubeMember &m : tube->members)
        QCOMPARE(m.entryMethod, EntryMethod::Scanner);
    QCOMPARE(t.banner()->look(), StatusBanner::Look::Success);
}

void TestScannerInput::humanTypingIsNotAScan() {
    TableDriver t;
    t.signIn();
    scan::HidScanEventFilter filter;
    QSignalSpy scans(&filter, &scan::HidScanEventFilter::scanned);
    connect(&filter, &scan::HidScanEventFilter::scanned, &t.window, &MainWindow::onScanned);
    QVERIFY(filter.start());

    // A person types a tube code, 180 ms a key: it lands in the field as text.
    ulong clock = 5000000;
    typeTimed(t.scanField(), tubeCode(7), clock, 180);
    QTRY_COMPARE(t.scanField()->text(), tubeCode(7));
    QCOMPARE(scans.count(), 0);
    QVERIFY(!t.f.service->openTubeSnapshot());
    // Enter submits what was typed, through the same path.
    clock += 300;
    typeTimed(t.scanField(), QStringLiteral("\r"), clock, 180);
    filter.stop();
    QCOMPARE(scans.count(), 0);
    QVERIFY(t.scanField()->text().isEmpty());
    QVERIFY(t.f.service->openTubeSnapshot());
    QCOMPARE(t.f.service->openTubeSnapshot()->code, tubeCode(7));
}

void TestScannerInput::scansWhileLockedAreRefused() {
    TableDriver t;
    scan::HidScanEventFilter filter;
    connect(&filter, &scan::HidScanEventFilter::scanned, &t.window, &MainWindow::onScanned);
    QVERIFY(filter.start());
    ulong clock = 9000000;
    typeTimed(t.window.loginScreen()->staffIdField(), tubeCode(1) + QStringLiteral("\r"), clock, 5);
    filter.stop();
    // Not typed into the staff ID field, not recorded, and the login screen says why.
    QVERIFY(t.window.loginScreen()->staffIdField()->text().isEmpty());
    QVERIFY(!t.window.loginScreen()->message().isEmpty());
    QVERIFY(t.window.isLocked());
    QVERIFY(!t.f.service->openTubeSnapshot());
}

void TestScannerInput::typedCodeIsRecordedAsTyped() {
    TableDriver t;
    t.signIn();
    t.scan(tubeCode(1));
    // A person types a resident's code into the scan field: recorded, as typed by hand.
    t.typeIntoScanField(residentScan(1));
    const auto tube = t.f.service->openTubeSnapshot();
    QVERIFY(tube);
    QCOMPARE(tube->count(), 1);
    QCOMPARE(tube->members.first().entryMethod, EntryMethod::Manual);
    QVERIFY(t.scanField()->text().isEmpty());
}

// An input method asks the focused field whether it takes input before it takes the keys; a
// scan field that says yes lets a Chinese input method swallow a scanner's keys before the
// key filter sees them.
void TestScannerInput::inputMethodsAreOffInTheScanField() {
    TableDriver t;
    t.signIn();
    t.scanField()->setFocus();
    QTRY_VERIFY(t.scanField()->hasFocus());
    QInputMethodQueryEvent query(Qt::ImEnabled | Qt::ImHints);
    QCoreApplication::sendEvent(QGuiApplication::focusObject(), &query);
    QVERIFY(query.value(Qt::ImEnabled).isValid());
    QVERIFY(!query.value(Qt::ImEnabled).toBool());
    QVERIFY(Qt::InputMethodHints(query.value(Qt::ImHints).toInt()) & Qt::ImhLatinOnly);
}

void TestScannerInput::scannerSpeedKeysInTheFieldAreRefused() {
    // No key filter (as if it were off): a burst reaches the field as typing, 3 ms a key.
    TableDriver t;
    t.signIn();
    t.scan(tubeCode(1));
    ulong clock = 7000000;
    sendTimedKeys(t.scanField(), residentScan(2) + QStringLiteral("\r"), clock, 3);
    QCOMPARE(t.f.service->openTubeSnapshot()->count(), 0);
    QVERIFY(t.scanField()->text().isEmpty());
    QCOMPARE(t.banner()->look(), StatusBanner::Look::Refusal);
    QVERIFY2(t.banner()->text().contains(QStringLiteral("Scan again")),
             qPrintable(t.banner()->text()));
    // Fast keys that went on as typing: their Enter is refused the same way.
    sendTimedKeys(t.scanField(), QStringLiteral("TB0"), clock, 150);
    sendTimedKeys(t.scanField(), QStringLiteral("0000009\r"), clock, 4);
    QVERIFY(!t.f.service->tube(QStringLiteral("TB00000009")).ok());
    QVERIFY(t.scanField()->text().isEmpty());
    QCOMPARE(t.banner()->look(), StatusBanner::Look::Refusal);
    // A fragment that never gets its Enter does not stay in the field.
    t.scan(tubeCode(2)); // an ordinary scan in between changes the banner
    QVERIFY(!t.banner()->text().contains(QStringLiteral("Scan again")));
    sendTimedKeys(t.scanField(), QStringLiteral("TB000000"), clock, 3);
    QCOMPARE(t.scanField()->text(), QStringLiteral("TB000000"));
    QTRY_VERIFY(t.scanField()->text().isEmpty());
    QVERIFY2(t.banner()->text().contains(QStringLiteral("Scan again")),
             qPrintable(t.banner()->text()));
}

void TestScannerInput::splitBurstIsRefusedAndLeavesNoFragment() {
    TableDriver t;
    t.signIn();
    scan::HidScanEventFilter filter;
    QSignalSpy scans(&filter, &scan::HidScanEventFilter::scanned);
    QSignalSpy incomplete(&filter, &scan::HidScanEventFilter::incompleteScan);
    connect(&filter, &scan::HidScanEventFilter::scanned, &t.window, &MainWindow::onScanned);
    connect(&filter, &scan::HidScanEventFilter::incompleteScan, &t.window,
            &MainWindow::onIncompleteScan);
    QVERIFY(filter.start());
    // The first keys of a burst, then nothing comes through for a while: they are given to
    // the field as typing (what a split looks like from inside).
    const QString code = QStringLiteral("SG00007000000012");
    ulong clock = 3000000;
    sendTimedKeys(t.scanField(), code.left(4), clock, 3);
    QTRY_COMPARE(t.scanField()->text(), code.left(4));
    // Then the rest arrives, its timestamps saying it is the same burst: refused, not a scan.
    sendTimedKeys(t.scanField(), code.mid(4) + QStringLiteral("\r"), clock, 3);
    filter.stop();
    QCOMPARE(scans.count(), 0);
    QCOMPARE(incomplete.count(), 1);
    QVERIFY(!t.f.service->openTubeSnapshot());
    QVERIFY(t.scanField()->text().isEmpty());
    QCOMPARE(t.banner()->look(), StatusBanner::Look::Refusal);
    QVERIFY2(t.banner()->text().contains(QStringLiteral("Scan again")),
             qPrintable(t.banner()->text()));
    // A scan was refused, and the tube panel says a scan (not an action).
    QVERIFY2(t.window.samplingScreen()->tubePanelNote().contains(QStringLiteral("scan refused")),
             qPrintable(t.window.samplingScreen()->tubePanelNote()));
    // The next scan is taken as usual.
    t.scan(code);
    QVERIFY(t.f.service->openTubeSnapshot());
    QCOMPARE(t.f.service->openTubeSnapshot()->code, code);
}

void TestScannerInput::slowTypistStaffIdIsTyping() {
    TableDriver t;
    scan::HidScanEventFilter filter;
    QSignalSpy scans(&filter, &scan::HidScanEventFilter::scanned);
    QVERIFY(filter.start());
    QLineEdit *staffId = t.window.loginScreen()->staffIdField();
    staffId->setFocus();
    ulong clock = 4000000;
    sendTimedKeys(staffId, kStaffId, clock, 160);
    QTRY_COMPARE(staffId->text(), kStaffId);
    filter.stop();
    QCOMPARE(scans.count(), 0);
}

void TestScannerInput::residentCodeWithoutItsChineseIsRefused() {
    TableDriver t;
    t.signIn();
    t.scan(tubeCode(1));
    // A keyboard-wedge scanner on Linux drops what it cannot type: the name comes empty,
    // or as question marks.
    for (const QString &lost : {QString(), QStringLiteral("???")}) {
        QString scan = residentScan(resident(3, QStringLiteral("陈秀英")));
        scan.replace(QStringLiteral("陈秀英"), lost);
        t.scan(scan);
        QCOMPARE(t.f.service->openTubeSnapshot()->count(), 0);
        QCOMPARE(t.banner()->look(), StatusBanner::Look::Refusal);
        QVERIFY2(t.banner()->text().contains(QStringLiteral("HID-POS")),
                 qPrintable(t.banner()->text()));
    }
    // The whole code is taken.
    t.scan(residentScan(resident(3, QStringLiteral("陈秀英"))));
    QCOMPARE(t.f.service->openTubeSnapshot()->count(), 1);
}

void TestScannerInput::lostKeyboardFocusIsShownUntilItIsBack() {
    TableDriver t;
    FocusLostWarning *warning = t.window.focusLostWarning();
    QWidget other;
    other.setWindowTitle(QStringLiteral("another program"));
    other.resize(200, 100);
    // Locked: no shift, no warning.
    other.show();
    other.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&other));
    QCoreApplication::processEvents();
    QVERIFY(!warning->isVisible());
    t.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&t.window));
    t.signIn();
    QTRY_VERIFY(!warning->isVisible());

    other.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&other));
    QTRY_VERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("not reaching the station")));
    QVERIFY(warning->height() >= 100);
    // Clicking it takes the keyboard back.
    QTest::mouseClick(warning, Qt::LeftButton);
    QVERIFY(QTest::qWaitForWindowActive(&t.window));
    QTRY_VERIFY(!warning->isVisible());

    other.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&other));
    QTRY_VERIFY(warning->isVisible());
    t.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&t.window));
    QTRY_VERIFY(!warning->isVisible());
}

// A tester saw the camera's whole message ("No camera found. Plug in a USB camera; …") crowd
// the station's name and the F4/F9/F10 keys out of the status bar. The bar shows its first
// sentence; the whole message is the tool tip (and the camera panel shows it).
void TestScannerInput::theStatusBarShowsTheScannersHeadline() {
    TableDriver t;
    t.signIn();
    auto *label = t.window.findChild<QLabel *>(QStringLiteral("scannerStatus"));
    QVERIFY(label);
    const QString en = QStringLiteral(
        "No camera found. Plug in a USB camera; scanning starts by itself when it appears.");
    t.window.setScannerStatus(en, false);
    QCOMPARE(label->text(), QStringLiteral("No camera found."));
    label->grab(); // paints, which sets the tool tip
    QCOMPARE(label->toolTip(), en);
    const QString zh = QStringLiteral("未找到摄像头。请插入 USB 摄像头；检测到后会自动开始扫描。");
    t.window.setScannerStatus(zh, false);
    QCOMPARE(label->text(), QStringLiteral("未找到摄像头。"));
    label->grab();
    QCOMPARE(label->toolTip(), zh);
    // One sentence: shown whole; the tool tip says no more (it repeats it only if squeezed).
    t.window.setScannerStatus(QStringLiteral("Camera ready"), true);
    QCOMPARE(label->text(), QStringLiteral("Camera ready"));
    label->grab();
    QVERIFY2(label->toolTip().isEmpty() || label->toolTip() == label->text(),
             qPrintable(label->toolTip()));
}

QTEST_MAIN(TestScannerInput)
#include "tst_scannerinput.moc"
