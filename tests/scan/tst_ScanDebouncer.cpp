// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanDebouncer.h"

#include <QTest>

using namespace station::scan;
using Outcome = ScanDebouncer::Outcome;

Q_DECLARE_METATYPE(ScanDebouncer::Outcome)

namespace {

struct Frame {
    qint64 atMs;
    QStringList texts;
};

QList<DecodedCode> codesOf(const QStringList &texts) {
    QList<DecodedCode> codes;
    for (const QString &t : texts) {
        DecodedCode c;
        c.text = t;
        codes << c;
    }
    return codes;
}

} // namespace

Q_DECLARE_METATYPE(QList<Frame>)

class tst_ScanDebouncer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sequence_data();
    void sequence();
    void resetForgetsTheLastScan();
};

void tst_ScanDebouncer::sequence_data() {
    QTest::addColumn<qint64>("windowMs");
    QTest::addColumn<QList<Frame>>("frames");
    QTest::addColumn<QList<Outcome>>("expected");
    QTest::addColumn<QStringList>("scans");

    const QString a = QStringLiteral("A-CODE"), b = QStringLiteral("B-CODE");
    QTest::newRow("held up for many frames is one scan")
        << qint64(2000) << QList<Frame>{{0, {a}}, {40, {a}}, {80, {a}}, {1500, {a}}, {3000, {a}}}
        << QList<Outcome>{Outcome::Scan, Outcome::Nothing, Outcome::Nothing, Outcome::Nothing,
                          Outcome::Nothing}
        << QStringList{a};
    QTest::newRow("shown again after the window is a new scan")
        << qint64(2000) << QList<Frame>{{0, {a}}, {2001, {a}}}
        << QList<Outcome>{Outcome::Scan, Outcome::Scan} << QStringList{a, a};
    QTest::newRow("frames without a code do not restart the window")
        << qint64(2000) << QList<Frame>{{0, {a}}, {100, {}}, {200, {}}, {300, {a}}}
        << QList<Outcome>{Outcome::Scan, Outcome::Nothing, Outcome::Nothing, Outcome::Nothing}
        << QStringList{a};
    QTest::newRow("another code is scanned at once")
        << qint64(2000) << QList<Frame>{{0, {a}}, {100, {b}}, {200, {a}}}
        << QList<Outcome>{Outcome::Scan, Outcome::Scan, Outcome::Scan} << QStringList{a, b, a};
    QTest::newRow("two codes take none and say so once")
        << qint64(2000) << QList<Frame>{{0, {a, b}}, {40, {a, b}}, {80, {b, a}}}
        << QList<Outcome>{Outcome::OneCodeAtATime, Outcome::Nothing, Outcome::Nothing}
        << QStringList{};
    QTest::newRow("one of two codes taken away: the other is scanned")
        << qint64(2000) << QList<Frame>{{0, {a, b}}, {40, {b}}}
        << QList<Outcome>{Outcome::OneCodeAtATime, Outcome::Scan} << QStringList{b};
    QTest::newRow("the same code twice in a frame is one code")
        << qint64(2000) << QList<Frame>{{0, {a, a}}} << QList<Outcome>{Outcome::Scan}
        << QStringList{a};
    QTest::newRow("short configured window")
        << qint64(500) << QList<Frame>{{0, {a}}, {400, {a}}, {901, {a}}}
        << QList<Outcome>{Outcome::Scan, Outcome::Nothing, Outcome::Scan} << QStringList{a, a};
    QTest::newRow("two-codes notice repeats after the window")
        << qint64(1000) << QList<Frame>{{0, {a, b}}, {2000, {a, b}}}
        << QList<Outcome>{Outcome::OneCodeAtATime, Outcome::OneCodeAtATime} << QStringList{};
}

void tst_ScanDebouncer::sequence() {
    QFETCH(qint64, windowMs);
    QFETCH(QList<Frame>, frames);
    QFETCH(QList<Outcome>, expected);
    QFETCH(QStringList, scans);

    ScanDebouncer debouncer(windowMs);
    QStringList scanned;
    for (int i = 0; i < frames.size(); ++i) {
        QString text;
        const Outcome got = debouncer.feed(codesOf(frames.at(i).texts), frames.at(i).atMs, &text);
        QCOMPARE(got, expected.at(i));
        if (got == Outcome::Scan)
            scanned << text;
    }
    QCOMPARE(scanned, scans);
}

void tst_ScanDebouncer::resetForgetsTheLastScan() {
    ScanDebouncer debouncer;
    const auto codes = codesOf({QStringLiteral("X")});
    QCOMPARE(debouncer.feed(codes, 0), Outcome::Scan);
    QCOMPARE(debouncer.feed(codes, 10), Outcome::Nothing);
    debouncer.reset();
    QCOMPARE(debouncer.feed(codes, 20), Outcome::Scan);
}

QTEST_GUILESS_MAIN(tst_ScanDebouncer)
#include "tst_ScanDebouncer.moc"
