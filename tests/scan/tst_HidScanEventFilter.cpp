// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/HidScanEventFilter.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace station::scan;

namespace {

// Counts the key events that reach a widget.
class KeyCounter : public QObject {
public:
    int presses = 0;
    int releases = 0;
    bool eventFilter(QObject *, QEvent *e) override {
        if (e->type() == QEvent::KeyPress)
            ++presses;
        else if (e->type() == QEvent::KeyRelease)
            ++releases;
        return false;
    }
};

int keyFor(QChar c) {
    if (c == QLatin1Char('\r'))
        return Qt::Key_Return;
    if (c == QLatin1Char('\t'))
        return Qt::Key_Tab;
    if (c.isLetter())
        return Qt::Key_A + (c.toUpper().unicode() - 'A');
    return c.unicode(); // digits and punctuation share their Latin-1 code
}

// Sends press and release of each character through the application (as a keyboard would),
// the presses `gapMs` apart, each release 2 ms after its press.
void type(QObject *target, const QString &text, ulong startMs, int gapMs) {
    ulong t = startMs;
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, keyFor(c), Qt::NoModifier, QString(c));
        press.setTimestamp(t);
        QCoreApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, keyFor(c), Qt::NoModifier, QString(c));
        release.setTimestamp(t + 2);
        QCoreApplication::sendEvent(target, &release);
        t += ulong(gapMs);
    }
}

} // namespace

class tst_HidScanEventFilter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void scanNeverLandsInTheField_data();
    void scanNeverLandsInTheField();
    void humanTypingLands_data();
    void humanTypingLands();
    void lastTypedKeyArrivesAfterTheHoldTimeout();
    void inputMethodTextIsNotScanned();
    void prefixConfiguredScan();
    void disabledFilterPassesEverything();
    void scanEnterIsClaimedBeforeShortcuts();
    void keysQueuedBehindAStallStillBelongToTheBurst();
    void splitBurstIsSwallowedAndReported();

private:
    QLineEdit *m_edit = nullptr;
    KeyCounter *m_counter = nullptr;
    HidScanEventFilter *m_filter = nullptr;
};

void tst_HidScanEventFilter::init() {
    m_edit = new QLineEdit;
    m_counter = new KeyCounter;
    m_edit->installEventFilter(m_counter);
    m_edit->show();
    m_edit->setFocus();
    m_filter = new HidScanEventFilter;
    QVERIFY(m_filter->start());
}

void tst_HidScanEventFilter::cleanup() {
    m_filter->stop();
    delete m_filter;
    delete m_edit;
    delete m_counter;
}

void tst_HidScanEventFilter::scanNeverLandsInTheField_data() {
    QTest::addColumn<QString>("keys");
    QTest::addColumn<int>("gapMs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("tube code") << QStringLiteral("GZ2021052100017\r") << 6
                               << QStringLiteral("GZ2021052100017");
    QTest::newRow("resident code JSON")
        << QStringLiteral("{\"v\":1,\"id\":\"440106199001011234\"}\r") << 3
        << QStringLiteral("{\"v\":1,\"id\":\"440106199001011234\"}");
    QTest::newRow("tab-terminated")
        << QStringLiteral("BX00112233\t") << 20 << QStringLiteral("BX00112233");
}

void tst_HidScanEventFilter::scanNeverLandsInTheField() {
    QFETCH(QString, keys);
    QFETCH(int, gapMs);
    QFETCH(QString, expected);
    QSignalSpy scans(m_filter, &HidScanEventFilter::scanned);
    QSignalSpy returns(m_edit, &QLineEdit::returnPressed);
    type(m_edit, keys, 10000, gapMs);
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.at(0).at(0).toString(), expected);
    QCOMPARE(scans.at(0).at(1).value<station::EntryMethod>(), station::EntryMethod::Scanner);
    QVERIFY(m_edit->text().isEmpty());
    QCOMPARE(returns.size(), 0);
    QCOMPARE(m_counter->presses, 0);
    QCOMPARE(m_counter->releases, 0);
    // Nothing is left held to turn up later.
    QTest::qWait(100);
    QVERIFY(m_edit->text().isEmpty());
}

void tst_HidScanEventFilter::humanTypingLands_data() {
    QTest::addColumn<QString>("keys");
    QTest::addColumn<int>("gapMs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name and Enter")
        << QStringLiteral("zhang san\r") << 140 << QStringLiteral("zhang san");
    QTest::newRow("ID digits at 70 ms")
        << QStringLiteral("440106199001011234\r") << 70 << QStringLiteral("440106199001011234");
    QTest::newRow("short fast burst") << QStringLiteral("ok\r") << 5 << QStringLiteral("ok");
}

void tst_HidScanEventFilter::humanTypingLands() {
    QFETCH(QString, keys);
    QFETCH(int, gapMs);
    QFETCH(QString, expected);
    QSignalSpy scans(m_filter, &HidScanEventFilter::scanned);
    QSignalSpy returns(m_edit, &QLineEdit::returnPressed);
    type(m_edit, keys, 5000, gapMs);
    QCOMPARE(scans.size(), 0);
    QCOMPARE(m_edit->text(), expected);
    QCOMPARE(returns.size(), 1);
    QCOMPARE(m_counter->presses, keys.size());
    QCOMPARE(m_counter->releases, keys.size());
}

void tst_HidScanEventFilter::lastTypedKeyArrivesAfterTheHoldTimeout() {
    type(m_edit, QStringLiteral("wang"), 100, 150);
    // The last key is held in case it starts a burst; it arrives once the hold times out.
    QCOMPARE(m_edit->text(), QStringLiteral("wan"));
    QTRY_COMPARE(m_edit->text(), QStringLiteral("wang"));
}

void tst_HidScanEventFilter::inputMethodTextIsNotScanned() {
    QSignalSpy scans(m_filter, &HidScanEventFilter::scanned);
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("张三丰"));
    QCoreApplication::sendEvent(m_edit, &commit);
    type(m_edit, QStringLiteral("\r"), 300, 5);
    QCOMPARE(m_edit->text(), QStringLiteral("张三丰"));
    QCOMPARE(scans.size(), 0);
}

void tst_HidScanEventFilter::prefixConfiguredScan() {
    HidBurstDecoder::Config config;
    config.prefix = QStringLiteral("]Q");
    m_filter->setConfig(config);
    QSignalSpy scans(m_filter, &HidScanEventFilter::scanned);
    type(m_edit, QStringLiteral("]QTUBE7777\r"), 100, 60); // slow scanner: the prefix says scan
    type(m_edit, QStringLiteral("abc"), 5000, 5);          // no prefix: typing, delivered at once
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.at(0).at(0).toString(), QStringLiteral("TUBE7777"));
    QCOMPARE(m_edit->text(), QStringLiteral("abc"));
}

void tst_HidScanEventFilter::disabledFilterPassesEverything() {
    m_filter->setEnabled(false);
    QSignalSpy scans(m_filter, &HidScanEventFilter::scanned);
    type(m_edit, QStringLiteral("TUBE1234\r"), 100, 5);
    QCOMPARE(scans.size(), 0);
    QCOMPARE(m_edit->text(), QStringLiteral("TUBE1234"));
}

void tst_HidScanEventFilter::scanEnterIsClaimedBeforeShortcuts() {
    // Qt sends ShortcutOverride before the press: accepting it keeps a default button or a
    // Return shortcut from firing on the Enter that ends a scan.
    QSignalSpy scans(m_filter, &HidScanEventFilter::scanned);
    QKeyEvent typedEnter(QEvent::ShortcutOverride, Qt::Key_Return, Qt::NoModifier,
                         QStringLiteral("\r"));
    typedEnter.setTimestamp(500);
    typedEnter.ignore();
    QCoreApplication::sendEvent(m_edit, &typedEnter);
    QVERIFY(!typedEnter.isAccepted()); // no scan under way: shortcuts work as usual
    type(m_edit, QStringLiteral("TUBE5678"), 1000, 5);
    QKeyEvent override(QEvent::ShortcutOverride, Qt::Key_Return, Qt::NoModifier,
                       QStringLiteral("\r"));
    override.setTimestamp(1040);
    override.ignore();
    QCoreApplication::sendEvent(m_edit, &override);
    QVERIFY(override.isAccepted());
    QCOMPARE(scans.size(), 0); // only claimed: the press itself completes the scan
    type(m_edit, QStringLiteral("\r"), 1040, 5);
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.at(0).at(0).toString(), QStringLiteral("TUBE5678"));
    QVERIFY(m_edit->text().isEmpty());
}

void tst_HidScanEventFilter::keysQueuedBehindAStallStillBelongToTheBurst() {
    QSignalSpy scans(m_filter, &HidScanEventFilter::scanned);
    QSignalSpy incomplete(m_filter, &HidScanEventFilter::incompleteScan);
    const QString code = QStringLiteral("SG00007000000012");
    type(m_edit, code.left(5), 20000, 3);
    // The GUI thread is blocked past the hold timeout while the scanner goes on; when the loop
    // resumes, the expired hold timer fires before the queued keys come through (a timer
    // due with it delivers them, as the window system's queue would).
    QTimer rest;
    rest.setSingleShot(true);
    rest.setTimerType(Qt::PreciseTimer);
    connect(&rest, &QTimer::timeout, this,
            [this, code] { type(m_edit, code.mid(5) + QStringLiteral("\r"), 20015, 3); });
    rest.start(1);
    QThread::msleep(120);
    QTRY_COMPARE(scans.size(), 1);
    QCOMPARE(scans.at(0).at(0).toString(), code);
    QCOMPARE(incomplete.size(), 0);
    QVERIFY(m_edit->text().isEmpty());
    QCOMPARE(m_counter->presses, 0);
}

void tst_HidScanEventFilter::splitBurstIsSwallowedAndReported() {
    QSignalSpy scans(m_filter, &HidScanEventFilter::scanned);
    QSignalSpy incomplete(m_filter, &HidScanEventFilter::incompleteScan);
    QSignalSpy returns(m_edit, &QLineEdit::returnPressed);
    // Nothing more came through: the first keys were typing as far as anyone could tell.
    type(m_edit, QStringLiteral("SG00"), 30000, 3);
    QTRY_COMPARE(m_edit->text(), QStringLiteral("SG00"));
    // The rest turns up with timestamps that continue the burst: it is no scan, and its Enter
    // does not submit the fragment.
    type(m_edit, QStringLiteral("007000000012\r"), 30012, 3);
    QCOMPARE(scans.size(), 0);
    QCOMPARE(incomplete.size(), 1);
    QCOMPARE(returns.size(), 0);
    QCOMPARE(m_edit->text(), QStringLiteral("SG00"));
    // A later scan is taken whole.
    type(m_edit, QStringLiteral("TUBE4321\r"), 40000, 3);
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.at(0).at(0).toString(), QStringLiteral("TUBE4321"));
}

QTEST_MAIN(tst_HidScanEventFilter)
#include "tst_HidScanEventFilter.moc"
