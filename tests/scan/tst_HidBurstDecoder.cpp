// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/HidBurstDecoder.h"

#include <QTest>

using namespace station::scan;
using Action = HidBurstDecoder::Action;

namespace {

struct Key {
    QString text;
    qint64 atMs;
    int key;
};

// Keys for `text` typed with `gapMs` between them starting at `startMs`, then `end` (a Qt::Key,
// 0 for none) after one more gap.
QList<Key> typed(const QString &text, qint64 startMs, int gapMs, int end = Qt::Key_Return) {
    QList<Key> keys;
    qint64 t = startMs;
    for (const QChar c : text) {
        keys.append({QString(c), t,
                     c.isLetter() ? Qt::Key_A + (c.toUpper().unicode() - 'A') : int(c.unicode())});
        t += gapMs;
    }
    if (end == Qt::Key_Return)
        keys.append({QStringLiteral("\r"), t, Qt::Key_Return});
    else if (end == Qt::Key_Tab)
        keys.append({QStringLiteral("\t"), t, Qt::Key_Tab});
    return keys;
}

// Feeds the keys and returns the scans and the text that reached the application (keys
// passed directly or released from holding), in order.
void run(HidBurstDecoder &decoder, const QList<Key> &keys, QStringList &scans, QString &typedOut) {
    QString held;
    for (const Key &k : keys) {
        const auto d = decoder.feed(k.text, k.atMs, k.key);
        if (d.releaseHeld)
            typedOut += held;
        if (d.releaseHeld || d.dropHeld)
            held.clear();
        switch (d.action) {
        case Action::Pass:
            typedOut += k.text;
            break;
        case Action::Hold:
            held += k.text;
            break;
        case Action::Consume:
            if (!d.scan.isEmpty())
                scans << d.scan;
            break;
        }
    }
    if (decoder.flush())
        typedOut += held;
}

} // namespace

Q_DECLARE_METATYPE(QList<Key>)

class tst_HidBurstDecoder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void burst_data();
    void burst();
    void prefixSuffix_data();
    void prefixSuffix();
    void shortcutOverridePeekChangesNothing();
};

void tst_HidBurstDecoder::burst_data() {
    QTest::addColumn<QList<Key>>("keys");
    QTest::addColumn<QStringList>("scans");
    QTest::addColumn<QString>("typedText");

    QTest::newRow("scanner burst ending in Enter")
        << typed(QStringLiteral("GZ2021052100017"), 1000, 8)
        << QStringList{QStringLiteral("GZ2021052100017")} << QString();
    QTest::newRow("scanner burst ending in Tab")
        << typed(QStringLiteral("TUBE1234"), 0, 12, Qt::Key_Tab)
        << QStringList{QStringLiteral("TUBE1234")} << QString();
    QTest::newRow("burst at the 35 ms limit")
        << typed(QStringLiteral("ABCD"), 0, 35) << QStringList{QStringLiteral("ABCD")} << QString();
    QTest::newRow("human typing then Enter")
        << typed(QStringLiteral("zhang"), 0, 140) << QStringList{} << QStringLiteral("zhang\r");
    QTest::newRow("fast human typing at 60 ms") << typed(QStringLiteral("12345678"), 0, 60)
                                                << QStringList{} << QStringLiteral("12345678\r");
    QTest::newRow("burst shorter than four characters")
        << typed(QStringLiteral("ABC"), 0, 5) << QStringList{} << QStringLiteral("ABC\r");
    QTest::newRow("burst without a terminator is typing")
        << typed(QStringLiteral("ABCDEFG"), 0, 5, 0) << QStringList{} << QStringLiteral("ABCDEFG");
    QTest::newRow("one slow key in the middle breaks the burst") << [] {
        QList<Key> k = typed(QStringLiteral("ABCD"), 0, 5, 0);
        k << typed(QStringLiteral("EF"), 200, 5);
        return k;
    }() << QStringList{} << QStringLiteral("ABCDEF\r");
    QTest::newRow("typing then a scan right after") <<
        [] {
            QList<Key> k = typed(QStringLiteral("ab"), 0, 150, 0);
            k << typed(QStringLiteral("TUBE00000009"), 500, 6);
            return k;
        }() << QStringList{QStringLiteral("TUBE00000009")}
                                                    << QStringLiteral("ab");
    QTest::newRow("scanner CR LF: the second terminator is swallowed") << [] {
        QList<Key> k = typed(QStringLiteral("TUBE4321"), 0, 5);
        k.append({QStringLiteral("\r"), 45, Qt::Key_Enter});
        return k;
    }() << QStringList{QStringLiteral("TUBE4321")} << QString();
    QTest::newRow("shift keys inside a burst")
        << QList<Key>{{QString(), 0, Qt::Key_Shift},
                      {QStringLiteral("A"), 2, Qt::Key_A},
                      {QStringLiteral("1"), 6, Qt::Key_1},
                      {QString(), 8, Qt::Key_Shift},
                      {QStringLiteral("B"), 10, Qt::Key_B},
                      {QStringLiteral("2"), 14, Qt::Key_2},
                      {QStringLiteral("\r"), 18, Qt::Key_Return}}
        << QStringList{QStringLiteral("A1B2")} << QString();
    QTest::newRow("arrow key releases held keys")
        << QList<Key>{{QStringLiteral("x"), 0, Qt::Key_X}, {QString(), 5, Qt::Key_Left}}
        << QStringList{} << QStringLiteral("x");
}

void tst_HidBurstDecoder::burst() {
    QFETCH(QList<Key>, keys);
    QFETCH(QStringList, scans);
    QFETCH(QString, typedText);
    HidBurstDecoder decoder;
    QStringList gotScans;
    QString gotTyped;
    run(decoder, keys, gotScans, gotTyped);
    QCOMPARE(gotScans, scans);
    QCOMPARE(gotTyped, typedText);
}

void tst_HidBurstDecoder::prefixSuffix_data() {
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QList<Key>>("keys");
    QTest::addColumn<QStringList>("scans");
    QTest::addColumn<QString>("typedText");

    QTest::newRow("prefix, slow keys still a scan")
        << QStringLiteral("]Q") << QString() << typed(QStringLiteral("]QTUBE55"), 0, 80)
        << QStringList{QStringLiteral("TUBE55")} << QString();
    QTest::newRow("prefix: typing without it passes at once")
        << QStringLiteral("]Q") << QString() << typed(QStringLiteral("hello"), 0, 5)
        << QStringList{} << QStringLiteral("hello\r");
    QTest::newRow("prefix begun then abandoned")
        << QStringLiteral("]Q") << QString() << typed(QStringLiteral("]x"), 0, 100, 0)
        << QStringList{} << QStringLiteral("]x");
    QTest::newRow("prefix and suffix") << QStringLiteral("~") << QStringLiteral("#")
                                       << typed(QStringLiteral("~BX123456#"), 0, 10, 0)
                                       << QStringList{QStringLiteral("BX123456")} << QString();
    QTest::newRow("suffix only, burst start")
        << QString() << QStringLiteral("#") << typed(QStringLiteral("BX123456#"), 0, 10, 0)
        << QStringList{QStringLiteral("BX123456")} << QString();
    QTest::newRow("suffix only, slow typing of the suffix is typing")
        << QString() << QStringLiteral("#") << typed(QStringLiteral("ab#"), 0, 150, 0)
        << QStringList{} << QStringLiteral("ab#");
    QTest::newRow("suffix then the scanner's Enter is swallowed")
        << QString() << QStringLiteral("#") << typed(QStringLiteral("BX123456#"), 0, 10)
        << QStringList{QStringLiteral("BX123456")} << QString();
    // A control key inside a prefix/suffix capture is a person typing, never part of a scan
    // (the fuzzing finding in docs/reliability.md).
    QTest::newRow("control key inside a capture releases it") << QStringLiteral("]C")
                                                              << QStringLiteral("#") <<
        [] {
            QList<Key> k = typed(QStringLiteral("]CAB"), 0, 10);
            k << typed(QStringLiteral("C#"), 50, 10, 0);
            return k;
        }() << QStringList{} << QStringLiteral("]CAB\rC#");
    QTest::newRow("capture abandoned after the timeout") << QStringLiteral("]Q") << QString() <<
        [] {
            QList<Key> k = typed(QStringLiteral("]QAB"), 0, 10, 0);
            k << typed(QStringLiteral("c"), 2000, 10, 0);
            return k;
        }() << QStringList{} << QStringLiteral("]QABc");
}

void tst_HidBurstDecoder::prefixSuffix() {
    QFETCH(QString, prefix);
    QFETCH(QString, suffix);
    QFETCH(QList<Key>, keys);
    QFETCH(QStringList, scans);
    QFETCH(QString, typedText);
    HidBurstDecoder::Config config;
    config.prefix = prefix;
    config.suffix = suffix;
    HidBurstDecoder decoder(config);
    QStringList gotScans;
    QString gotTyped;
    run(decoder, keys, gotScans, gotTyped);
    QCOMPARE(gotScans, scans);
    QCOMPARE(gotTyped, typedText);
}

void tst_HidBurstDecoder::shortcutOverridePeekChangesNothing() {
    HidBurstDecoder decoder;
    for (const Key &k : typed(QStringLiteral("TUBE"), 0, 5, 0))
        decoder.feed(k.text, k.atMs, k.key);
    QVERIFY(decoder.wouldCompleteScan(QStringLiteral("\r"), 20, Qt::Key_Return));
    QVERIFY(!decoder.wouldCompleteScan(QStringLiteral("\r"), 200, Qt::Key_Return));
    QVERIFY(decoder.holding());
    const auto d = decoder.feed(QStringLiteral("\r"), 20, Qt::Key_Return);
    QCOMPARE(d.scan, QStringLiteral("TUBE"));
}

QTEST_GUILESS_MAIN(tst_HidBurstDecoder)
#include "tst_HidBurstDecoder.moc"
