// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/SerialLineBuffer.h"
#include "scan/SerialScanner.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

using namespace station::scan;

namespace {

// A pseudo-terminal stands in for a USB-COM scanner: we write to the master side, the scanner
// reads the slave side like a serial port.
struct FakeSerialDevice {
    int master = -1;
    QString slavePath;

    bool open() {
        master = posix_openpt(O_RDWR | O_NOCTTY);
        if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0)
            return false;
        slavePath = QString::fromLocal8Bit(ptsname(master));
        return true;
    }
    void send(const QByteArray &bytes) const {
        QCOMPARE(::write(master, bytes.constData(), size_t(bytes.size())), ssize_t(bytes.size()));
    }
    void unplug() {
        if (master >= 0)
            ::close(master);
        master = -1;
    }
    ~FakeSerialDevice() { unplug(); }
};

} // namespace

class tst_SerialScanner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lines_data();
    void lines();
    void overlongLineIsDiscarded();
    void readsScansFromThePort();
    void missingPortIsReportedAndRetried();
    void unplugAndReplugReconnects();
};

void tst_SerialScanner::lines_data() {
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("CR") << QList<QByteArray>{"TUBE0001\r"}
                        << QStringList{QStringLiteral("TUBE0001")};
    QTest::newRow("CR LF, two scans")
        << QList<QByteArray>{"TUBE0001\r\nBX000002\r\n"}
        << QStringList{QStringLiteral("TUBE0001"), QStringLiteral("BX000002")};
    QTest::newRow("split across reads")
        << QList<QByteArray>{"TU", "BE00", "01\n"} << QStringList{QStringLiteral("TUBE0001")};
    QTest::newRow("no terminator yet") << QList<QByteArray>{"TUBE0001"} << QStringList{};
    QTest::newRow("control characters removed")
        << QList<QByteArray>{"\x02TUBE0001\x03\r"} << QStringList{QStringLiteral("TUBE0001")};
    QTest::newRow("UTF-8 resident code")
        << QList<QByteArray>{QStringLiteral("{\"n\":\"张三\"}\n").toUtf8()}
        << QStringList{QStringLiteral("{\"n\":\"张三\"}")};
}

void tst_SerialScanner::lines() {
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QStringList, expected);
    SerialLineBuffer buffer;
    QStringList got;
    for (const QByteArray &c : chunks)
        got << buffer.append(c);
    QCOMPARE(got, expected);
}

void tst_SerialScanner::overlongLineIsDiscarded() {
    SerialLineBuffer buffer(16);
    QVERIFY(buffer.append(QByteArray(40, 'x')).isEmpty());
    QVERIFY(buffer.takeOverflow());
    QVERIFY(!buffer.takeOverflow());
    QCOMPARE(buffer.append("\nTUBE1\n"), QStringList{QStringLiteral("TUBE1")});
}

void tst_SerialScanner::readsScansFromThePort() {
    FakeSerialDevice device;
    QVERIFY(device.open());
    SerialScanner scanner;
    scanner.setConfig({device.slavePath, 115200, 50});
    QSignalSpy scans(&scanner, &SerialScanner::scanned);
    QVERIFY(scanner.start());
    device.send("TUBE00000001\r\nBX00000002\r\n");
    QTRY_COMPARE(scans.size(), 2);
    QCOMPARE(scans.at(0).at(0).toString(), QStringLiteral("TUBE00000001"));
    QCOMPARE(scans.at(1).at(0).toString(), QStringLiteral("BX00000002"));
    QCOMPARE(scans.at(0).at(1).value<station::EntryMethod>(), station::EntryMethod::Scanner);
}

void tst_SerialScanner::missingPortIsReportedAndRetried() {
    QTemporaryDir dir;
    SerialScanner scanner;
    const QString path = dir.filePath(QStringLiteral("ttyScanner"));
    scanner.setConfig({path, 9600, 30});
    QSignalSpy status(&scanner, &SerialScanner::statusChanged);
    QVERIFY(!scanner.start());
    QVERIFY(!status.isEmpty());
    QCOMPARE(status.last().at(1).toBool(), false);
    QVERIFY(status.last().at(0).toString().contains(path));

    // The device appears: the retry timer opens it.
    FakeSerialDevice device;
    QVERIFY(device.open());
    QVERIFY(QFile::link(device.slavePath, path));
    QTRY_VERIFY(scanner.isOpen());
    QCOMPARE(status.last().at(1).toBool(), true);
    QSignalSpy scans(&scanner, &SerialScanner::scanned);
    device.send("TUBE3\n");
    QTRY_COMPARE(scans.size(), 1);
}

void tst_SerialScanner::unplugAndReplugReconnects() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ttyScanner"));
    auto device = std::make_unique<FakeSerialDevice>();
    QVERIFY(device->open());
    QVERIFY(QFile::link(device->slavePath, path));

    SerialScanner scanner;
    scanner.setConfig({path, 9600, 30});
    QSignalSpy status(&scanner, &SerialScanner::statusChanged);
    QVERIFY(scanner.start());

    // Unplugged: the pty's slave side reports a hang-up.
    device.reset();
    QFile::remove(path);
    QTRY_VERIFY(!scanner.isOpen());
    QTRY_VERIFY(!status.isEmpty() && !status.last().at(1).toBool());

    // Plugged back (a new device under the same name).
    device = std::make_unique<FakeSerialDevice>();
    QVERIFY(device->open());
    QVERIFY(QFile::link(device->slavePath, path));
    QTRY_VERIFY(scanner.isOpen());
    QSignalSpy scans(&scanner, &SerialScanner::scanned);
    device->send("TUBE4\r");
    QTRY_COMPARE(scans.size(), 1);
    QCOMPARE(scans.at(0).at(0).toString(), QStringLiteral("TUBE4"));
}

QTEST_GUILESS_MAIN(tst_SerialScanner)
#include "tst_SerialScanner.moc"
