// SPDX-License-Identifier: GPL-3.0-or-later
// Scanner input through the application-wide HID filter, as the app wires it: timed key
// bursts are scans that never land in a field; human typing is not a scan.
#include "scan/HidScanEventFilter.h"
#include "tests/widgets/TableDriver.h"

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

QTEST_MAIN(TestScannerInput)
#include "tst_scannerinput.moc"
