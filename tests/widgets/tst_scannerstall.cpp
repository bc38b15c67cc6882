// SPDX-License-Identifier: GPL-3.0-or-later
// A busy laptop: keyboard-wedge bursts (keys 2-5 ms apart by their timestamps, Enter at the
// end) arrive while the GUI thread is blocked at random points for 50-500 ms, so that keys
// queue behind the stall and the key filter's hold timer expires meanwhile. Over 1,000 scans
// nothing may be recorded but the scanned texts, none split or cut, and no fragment may be
// left in a field.
#include "core/domain/StationTubeCode.h"
#include "core/sampling/SamplingService.h"
#include "scan/HidScanEventFilter.h"
#include "tests/widgets/TableDriver.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QThread>
#include <QTimer>

using namespace station;
using namespace station::test;

namespace {

constexpr int kScans = 1000;

// Realistic texts: pre-printed tube codes like SG00007000000012 and resident codes with
// Chinese names (sent as text-only key events, as a scanner that can send them types them).
QString stallTubeCode(int n) {
    const QString digits = QStringLiteral("%1").arg(700000000LL + n, 13, 10, QLatin1Char('0'));
    return QStringLiteral("SG") + digits + QString::number(stationtubecode::dammCheckDigit(digits));
}

const QStringList kNames = {QStringLiteral("陈秀英"), QStringLiteral("李伟"),
                            QStringLiteral("王芳"), QStringLiteral("张建国"),
                            QStringLiteral("Maria Santos")};

void postKey(QWidget *target, QChar c, ulong timestampMs) {
    auto *press = new QKeyEvent(QEvent::KeyPress, keyOfCharacter(c), Qt::NoModifier, QString(c));
    press->setTimestamp(timestampMs);
    QCoreApplication::postEvent(target, press);
    auto *release =
        new QKeyEvent(QEvent::KeyRelease, keyOfCharacter(c), Qt::NoModifier, QString(c));
    release->setTimestamp(timestampMs + 1);
    QCoreApplication::postEvent(target, release);
}

} // namespace

class TestScannerStall : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stalledEventLoopNeverSplitsABurst();
};

void TestScannerStall::stalledEventLoopNeverSplitsABurst() {
    TableDriver t;
    t.signIn();
    scan::HidScanEventFilter filter;
    QStringList scanned;
    connect(&filter, &scan::HidScanEventFilter::scanned, &t.window,
            [&scanned](const QString &text) { scanned.append(text); });
    connect(&filter, &scan::HidScanEventFilter::scanned, &t.window, &MainWindow::onScanned);
    QSignalSpy incomplete(&filter, &scan::HidScanEventFilter::incompleteScan);
    connect(&filter, &scan::HidScanEventFilter::incompleteScan, &t.window,
            &MainWindow::onIncompleteScan);
    QStringList refusals;
    connect(&t.table, &TableWorkflow::outcome, &t.window, [&refusals](const ScanOutcome &o) {
        if (o.tone == ScanOutcome::Tone::Refusal)
            refusals.append(o.message);
    });
    QVERIFY(filter.start());
    t.scanField()->setFocus();

    QRandomGenerator rng(20261203);
    QStringList sent;
    QStringList tubesSent;
    QSet<QString> residentIds;
    int person = 0;
    int stalls = 0;
    qint64 stalledMs = 0;
    ulong clock = 50000000;
    QElapsedTimer run;
    run.start();
    for (int i = 0; i < kScans; ++i) {
        QString text;
        if (t.f.service->openTubeSnapshot()) {
            ++person;
            const ResidentCode r = resident(person, kNames.at(person % kNames.size()));
            residentIds.insert(r.idNumber);
            text = residentScan(r);
        } else {
            text = stallTubeCode(int(tubesSent.size()) + 1);
            tubesSent.append(text);
        }
        sent.append(text);
        // About one scan in thirteen is hit by a stall, at a random key.
        const bool stalled = rng.bounded(13) == 0;
        const int stallAt = stalled ? int(rng.bounded(text.size() + 1)) : -1;
        const QString keys = text + QLatin1Char('\r');
        int chunk = 1 + int(rng.bounded(6));
        for (int k = 0; k < keys.size(); ++k) {
            postKey(t.scanField(), keys.at(k), clock);
            clock += ulong(2 + rng.bounded(4)); // 2-5 ms
            if (k == stallAt) {
                // What came so far is delivered (and held); then the GUI thread is blocked
                // while the scanner goes on: the rest queues and the hold timer expires.
                QCoreApplication::processEvents();
                const int ms = 50 + int(rng.bounded(451));
                // The keys the scanner typed during the stall.
                QList<QPair<QChar, ulong>> queued;
                for (int q = 0; q < ms / 4 && k + 1 < keys.size(); ++q) {
                    ++k;
                    queued.append({keys.at(k), clock});
                    clock += ulong(2 + rng.bounded(4));
                }
                // Either they are queued ahead of the expired hold timer, or, as the window
                // system's events are when the loop resumes, they come through only after
                // the expired timers have fired (a timer due with the hold timer posts them).
                const bool afterTimers = rng.bounded(2) == 0;
                QTimer deliver;
                deliver.setSingleShot(true);
                deliver.setTimerType(Qt::PreciseTimer);
                const auto postQueued = [&queued, &t] {
                    for (const auto &[c, ts] : std::as_const(queued))
                        postKey(t.scanField(), c, ts);
                };
                connect(&deliver, &QTimer::timeout, &t.window, postQueued);
                if (afterTimers)
                    deliver.start(1);
                QThread::msleep(ulong(ms));
                ++stalls;
                stalledMs += ms;
                if (!afterTimers)
                    postQueued();
                // The loop resumes.
                for (int pass = 0; pass < 3; ++pass)
                    QCoreApplication::processEvents();
                continue;
            }
            if (--chunk == 0) {
                QCoreApplication::processEvents();
                chunk = 1 + int(rng.bounded(6));
            }
        }
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        clock += ulong(400 + rng.bounded(1600)); // the next person steps up
    }
    // Whatever might still be held comes out now.
    QTest::qWait(300);
    filter.stop();
    qInfo("%d scans, %d stalls (%lld ms blocked), %lld ms in all", kScans, stalls, stalledMs,
          run.elapsed());
    QVERIFY(stalls >= 50);

    // Every scan arrived whole, as one scan, in order; nothing was refused or cut.
    QCOMPARE(scanned.size(), sent.size());
    for (int i = 0; i < sent.size(); ++i)
        QCOMPARE(scanned.at(i), sent.at(i));
    QCOMPARE(incomplete.count(), 0);
    QVERIFY2(refusals.isEmpty(), qPrintable(refusals.value(0)));
    // The records are the scanned texts: each tube under its exact code, each person once.
    for (const QString &code : std::as_const(tubesSent))
        QVERIFY2(t.f.service->tube(code).ok(), qPrintable(code));
    const QList<SampleListEntry> samples = t.f.service->todaysSamples();
    QCOMPARE(samples.size(), residentIds.size());
    const QSet<QString> tubeSet(tubesSent.cbegin(), tubesSent.cend());
    for (const SampleListEntry &e : samples) {
        QVERIFY2(tubeSet.contains(e.tubeCode), qPrintable(e.tubeCode));
        QCOMPARE(e.entryMethod, EntryMethod::Scanner);
        QCOMPARE(e.state, QStringLiteral("active"));
    }
    // No fragment anywhere.
    QVERIFY(t.scanField()->text().isEmpty());
    QVERIFY(t.window.loginScreen()->staffIdField()->text().isEmpty());
    for (QLineEdit *edit : t.window.findChildren<QLineEdit *>())
        QVERIFY2(edit->text().isEmpty() || !edit->isVisible(), qPrintable(edit->objectName()));
}

QTEST_MAIN(TestScannerStall)
#include "tst_scannerstall.moc"
