// SPDX-License-Identifier: GPL-3.0-or-later
// The HID-POS scanner without hardware: reports fed as the reader thread delivers them
// become scans or refusals, the device's state becomes one status message per change, and
// a missing device is reported as not found.
#include "scan/HidPosScanner.h"

#include <QSignalSpy>
#include <QTest>

using namespace station;
using namespace station::scan;

namespace {

// One Honeywell-style 64-byte report (see tst_HidPosReportParser).
QByteArray report(const QByteArray &data, bool more) {
    QByteArray r;
    r += char(0x02);
    r += char(data.size());
    r += "]Q1";
    r += data;
    r += QByteArray(56 - data.size(), '\0');
    r += QByteArray(2, '\0');
    r += char(more ? 0x01 : 0x00);
    return r;
}

} // namespace

class TestHidPosScanner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void reportsBecomeScans();
    void brokenTransferIsRefusedNotScanned();
    void unpluggedMidScanRefusesIt();
    void statusIsSaidOncePerChange();
    void missingDeviceIsReportedNotFound();
    void unusableSettingIsReported();
};

void TestHidPosScanner::reportsBecomeScans() {
    HidPosScanner scanner;
    QSignalSpy scans(&scanner, &Scanner::scanned);
    QSignalSpy refused(&scanner, &Scanner::scanRefused);
    const QByteArray code = QStringLiteral("{\"t\":\"rc\",\"n\":\"张三丰\",\"a\":\"北京市东城区\"}")
                                .toUtf8()
                                .repeated(2);
    scanner.acceptReport(report(code.left(56), true), 10);
    QCOMPARE(scans.size(), 0);
    scanner.acceptReport(report(code.mid(56), false), 12);
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.first().at(0).toString(), QString::fromUtf8(code));
    QCOMPARE(scans.first().at(1).value<EntryMethod>(), EntryMethod::Scanner);
    QCOMPARE(refused.size(), 0);
}

void TestHidPosScanner::brokenTransferIsRefusedNotScanned() {
    HidPosScanner scanner;
    QSignalSpy scans(&scanner, &Scanner::scanned);
    QSignalSpy refused(&scanner, &Scanner::scanRefused);
    scanner.acceptReport(report(QByteArray::fromHex("d5c5ceb0"), false), 1); // GBK
    scanner.acceptReport(report("GZ0001234567", false).left(9), 2);          // cut short
    QCOMPARE(scans.size(), 0);
    QCOMPARE(refused.size(), 2);
    QVERIFY(refused.at(0).at(0).toString().contains(QStringLiteral("UTF-8")));
    QVERIFY(!refused.at(1).at(0).toString().isEmpty());
}

void TestHidPosScanner::unpluggedMidScanRefusesIt() {
    HidPosScanner scanner;
    QSignalSpy scans(&scanner, &Scanner::scanned);
    QSignalSpy refused(&scanner, &Scanner::scanRefused);
    QSignalSpy status(&scanner, &Scanner::statusChanged);
    scanner.acceptReport(report(QByteArray(56, 'A'), true), 1);
    scanner.acceptLink(HidPosScanner::Link::Lost, QString());
    QCOMPARE(scans.size(), 0);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(status.size(), 1);
    QVERIFY(status.first().at(0).toString().contains(QStringLiteral("lost")));
    QCOMPARE(status.first().at(1).toBool(), false);
    // The rest of that scan, if it ever came, is no scan either.
    scanner.acceptIdle(5000);
    QCOMPARE(refused.size(), 1);
}

void TestHidPosScanner::statusIsSaidOncePerChange() {
    HidPosScanner scanner;
    QSignalSpy status(&scanner, &Scanner::statusChanged);
    const QString device = QStringLiteral("0c2e:0b61 (Voyager)");
    scanner.acceptLink(HidPosScanner::Link::NoPermission, device);
    scanner.acceptLink(HidPosScanner::Link::NoPermission, device);
    scanner.acceptLink(HidPosScanner::Link::Connected, device);
    QCOMPARE(status.size(), 2);
    QVERIFY(status.at(0).at(0).toString().contains(QStringLiteral("udev")));
    QCOMPARE(status.at(0).at(1).toBool(), false);
    QVERIFY(status.at(1).at(0).toString().contains(device));
    QCOMPARE(status.at(1).at(1).toBool(), true);
}

void TestHidPosScanner::missingDeviceIsReportedNotFound() {
    HidPosScanner scanner;
    scanner.setConfig({QStringLiteral("ffff:fffe"), 100});
    QSignalSpy status(&scanner, &Scanner::statusChanged);
    QVERIFY(scanner.start());
    QVERIFY(status.wait(10000));
    QVERIFY2(status.first().at(0).toString().contains(QStringLiteral("not found")),
             qPrintable(status.first().at(0).toString()));
    QCOMPARE(status.first().at(1).toBool(), false);
    scanner.stop();
}

void TestHidPosScanner::unusableSettingIsReported() {
    HidPosScanner scanner;
    scanner.setConfig({QStringLiteral("honeywell"), 100});
    QSignalSpy status(&scanner, &Scanner::statusChanged);
    QVERIFY(!scanner.start());
    QCOMPARE(status.size(), 1);
    QCOMPARE(status.first().at(1).toBool(), false);
}

QTEST_GUILESS_MAIN(TestHidPosScanner)
#include "tst_HidPosScanner.moc"
