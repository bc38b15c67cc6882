// SPDX-License-Identifier: GPL-3.0-or-later
// HID-POS input reports to scans: the two report layouts scanners send, with and without
// the report ID, scans over several reports (split inside a UTF-8 character), damaged and
// cut-off transfers, and text that is not UTF-8. The byte arrays are laid out as Honeywell
// (AIM layout) and Newland (plain layout) scanners send them.
#include "scan/HidPosReportParser.h"

#include <QTest>

using namespace station::scan;
using Scan = HidPosReportParser::Scan;

namespace {

constexpr int kChunk = 56; // data bytes per 64-byte report

// A Honeywell-style report: ID, LEN, AIM identifier, data padded to 56, vendor symbology,
// reserved, flags (bit 0: more reports follow).
QByteArray aimReport(const QByteArray &data, bool more, const QByteArray &aim = "]C0",
                     bool withId = true) {
    QByteArray r;
    if (withId)
        r += char(0x02);
    r += char(data.size());
    r += aim;
    r += data;
    r += QByteArray(kChunk - data.size(), '\0');
    r += 'j'; // Honeywell code ID of Code 128
    r += '\0';
    r += char(more ? 0x01 : 0x00);
    return r;
}

// A Newland-style report: ID, LEN, data padded to 56, 4 reserved, symbology, flags.
QByteArray plainReport(const QByteArray &data, bool more, bool withId = true) {
    QByteArray r;
    if (withId)
        r += char(0x02);
    r += char(data.size());
    r += data;
    r += QByteArray(kChunk - data.size(), '\0');
    r += QByteArray(4, '\0');
    r += char(0x32);
    r += char(more ? 0x01 : 0x00);
    return r;
}

// The reports of one scan, 56 bytes each.
QList<QByteArray> aimReports(const QByteArray &data, const QByteArray &aim = "]Q1") {
    QList<QByteArray> reports;
    for (qsizetype at = 0; at < data.size(); at += kChunk)
        reports << aimReport(data.mid(at, kChunk), at + kChunk < data.size(), aim);
    return reports;
}

// A resident code with Chinese name and address: 153 bytes, three reports, the first
// report ending inside the name's second character.
QByteArray chineseResidentCode() {
    return QStringLiteral("{\"t\":\"rc\",\"v\":1,\"rid\":\"GZ2026110100012345\",\"n\":\"欧阳晓明\","
                          "\"it\":\"RC\",\"id\":\"44010619900307123X\",\"p\":\"13800138000\","
                          "\"a\":\"广州市天河区体育西路\"}")
        .toUtf8();
}

QList<Scan> feedAll(HidPosReportParser &parser, const QList<QByteArray> &reports,
                    qint64 startMsec = 0) {
    QList<Scan> scans;
    qint64 msec = startMsec;
    for (const QByteArray &report : reports)
        scans << parser.feed(report, msec += 2);
    return scans;
}

} // namespace

class TestHidPosReportParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void asciiTubeCodeInOneReport();
    void capturedHoneywellReport();
    void utf8ResidentCodeOverThreeReports();
    void reportWithoutReportId_data();
    void reportWithoutReportId();
    void plainLayout();
    void plainLayoutWithAimInsideData();
    void idleReportsAreIgnored();
    void otherReportIdsAreIgnoredWhenIdsArePresent();
    void damagedReportsAreRefused_data();
    void damagedReportsAreRefused();
    void restOfDamagedScanIsDropped();
    void truncatedScanThenNewScan();
    void newSymbologyCutsOffTheScanBefore();
    void expireRefusesAScanWaitingTooLong();
    void abandonRefusesAScanInProgress();
    void invalidUtf8IsRefused_data();
    void invalidUtf8IsRefused();
    void overlongScanIsRefused();
};

void TestHidPosReportParser::asciiTubeCodeInOneReport() {
    HidPosReportParser parser;
    const QList<Scan> scans = parser.feed(aimReport("GZ00012345678903", false), 10);
    QCOMPARE(scans.size(), 1);
    QVERIFY(scans.first().ok());
    QCOMPARE(scans.first().text, QStringLiteral("GZ00012345678903"));
    QCOMPARE(scans.first().symbology, QByteArray("]C0"));
    QVERIFY(!parser.scanInProgress());
}

void TestHidPosReportParser::capturedHoneywellReport() {
    // 64 bytes as hidraw delivers them from a Honeywell scanner in HID-POS mode: report ID
    // 2, 14 data bytes, AIM "]C0", Code 128 "SG000030000000" padded, code ID 'j', flags 0.
    const QByteArray report =
        QByteArray::fromHex("020e5d4330534730303030333030303030303000000000000000000000000000"
                            "00000000000000000000000000000000000000000000000000000000006a0000");
    QCOMPARE(report.size(), 64);
    HidPosReportParser parser;
    const QList<Scan> scans = parser.feed(report, 1);
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.first().text, QStringLiteral("SG000030000000"));
}

void TestHidPosReportParser::utf8ResidentCodeOverThreeReports() {
    const QByteArray code = chineseResidentCode();
    QCOMPARE(code.size(), 153);
    // The first report ends inside a Chinese character: decoding report by report would
    // mangle the name.
    QCOMPARE(static_cast<unsigned char>(code.at(kChunk)) & 0xC0, 0x80);
    const QList<QByteArray> reports = aimReports(code);
    QCOMPARE(reports.size(), 3);

    HidPosReportParser parser;
    QVERIFY(parser.feed(reports.at(0), 100).isEmpty());
    QVERIFY(parser.scanInProgress());
    QVERIFY(parser.feed(reports.at(1), 103).isEmpty());
    const QList<Scan> scans = parser.feed(reports.at(2), 105);
    QCOMPARE(scans.size(), 1);
    QVERIFY2(scans.first().ok(), qPrintable(scans.first().problem));
    QCOMPARE(scans.first().text, QString::fromUtf8(code));
    QVERIFY(scans.first().text.contains(QStringLiteral("欧阳晓明")));
    QVERIFY(scans.first().text.contains(QStringLiteral("广州市天河区体育西路")));
}

void TestHidPosReportParser::reportWithoutReportId_data() {
    QTest::addColumn<int>("mode");
    QTest::newRow("auto") << static_cast<int>(HidPosReportParser::ReportId::Auto);
    QTest::newRow("absent") << static_cast<int>(HidPosReportParser::ReportId::Absent);
}

void TestHidPosReportParser::reportWithoutReportId() {
    QFETCH(int, mode);
    HidPosReportParser::Options options;
    options.reportId = static_cast<HidPosReportParser::ReportId>(mode);
    HidPosReportParser parser(options);
    QList<QByteArray> reports;
    const QByteArray code = chineseResidentCode();
    for (qsizetype at = 0; at < code.size(); at += kChunk)
        reports << aimReport(code.mid(at, kChunk), at + kChunk < code.size(), "]Q1", false);
    QCOMPARE(reports.first().size(), 63);
    const QList<Scan> scans = feedAll(parser, reports);
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.first().text, QString::fromUtf8(code));
}

void TestHidPosReportParser::plainLayout() {
    HidPosReportParser parser;
    QList<Scan> scans = parser.feed(plainReport("BX2026A00017", false), 5);
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.first().text, QStringLiteral("BX2026A00017"));
    QVERIFY(scans.first().symbology.isEmpty());

    // Over two reports, without the report ID.
    const QByteArray code = chineseResidentCode();
    scans = parser.feed(plainReport(code.left(kChunk), true, false), 2000);
    QVERIFY(scans.isEmpty());
    scans = parser.feed(plainReport(code.mid(kChunk, kChunk), true, false), 2002);
    QVERIFY(scans.isEmpty());
    scans = parser.feed(plainReport(code.mid(2 * kChunk), false, false), 2004);
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.first().text, QString::fromUtf8(code));
}

void TestHidPosReportParser::plainLayoutWithAimInsideData() {
    // A Newland scanner told to transmit the AIM identifier: inside the data, counted in LEN.
    HidPosReportParser parser;
    const QList<Scan> scans = parser.feed(plainReport("]C0GZ00012345678903", false), 1);
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.first().text, QStringLiteral("GZ00012345678903"));
    QCOMPARE(scans.first().symbology, QByteArray("]C0"));
}

void TestHidPosReportParser::idleReportsAreIgnored() {
    HidPosReportParser parser;
    QVERIFY(parser.feed(QByteArray(64, '\0') /* ID 0: no ID, LEN 0 */, 1).isEmpty());
    QVERIFY(parser.feed(aimReport(QByteArray(), false), 2).isEmpty());
    QVERIFY(!parser.scanInProgress());
    QCOMPARE(parser.feed(aimReport("GZ00012345678903", false), 3).size(), 1);
}

void TestHidPosReportParser::otherReportIdsAreIgnoredWhenIdsArePresent() {
    HidPosReportParser::Options options;
    options.reportId = HidPosReportParser::ReportId::Present;
    HidPosReportParser parser(options);
    QByteArray status = aimReport("GZ00012345678903", false);
    status[0] = char(0x04);
    QVERIFY(parser.feed(status, 1).isEmpty());
    QVERIFY(!parser.scanInProgress());
    const QList<Scan> scans = parser.feed(aimReport("GZ00012345678903", false), 2);
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.first().text, QStringLiteral("GZ00012345678903"));
}

void TestHidPosReportParser::damagedReportsAreRefused_data() {
    QTest::addColumn<QByteArray>("report");
    QTest::newRow("only a report ID") << QByteArray::fromHex("02");
    QTest::newRow("ID and length") << QByteArray::fromHex("0210");
    QByteArray beyond = aimReport("GZ00012345678903", false);
    beyond[1] = char(60); // more data than the report holds
    QTest::newRow("length beyond the report") << beyond;
    QTest::newRow("cut short") << aimReport("GZ00012345678903", false).left(12);
    QTest::newRow("NUL inside the data") << aimReport(QByteArray("GZ0001\0"
                                                                 "2345678",
                                                                 14),
                                                      false);
}

void TestHidPosReportParser::damagedReportsAreRefused() {
    QFETCH(QByteArray, report);
    HidPosReportParser parser;
    const QList<Scan> scans = parser.feed(report, 1);
    QCOMPARE(scans.size(), 1);
    QVERIFY(!scans.first().ok());
    QVERIFY(scans.first().text.isEmpty());
    QVERIFY(scans.first().problem.contains(QStringLiteral("Scan again")));
}

void TestHidPosReportParser::restOfDamagedScanIsDropped() {
    const QList<QByteArray> reports = aimReports(chineseResidentCode());
    HidPosReportParser parser;
    // The first report arrives damaged: the two after it must not pass as a scan.
    QList<Scan> scans = parser.feed(reports.at(0).left(20), 10);
    QCOMPARE(scans.size(), 1);
    QVERIFY(!scans.first().ok());
    QVERIFY(parser.feed(reports.at(1), 12).isEmpty());
    QVERIFY(parser.feed(reports.at(2), 14).isEmpty());
    QVERIFY(!parser.scanInProgress());
    // The scan after it is read.
    scans = parser.feed(aimReport("GZ00012345678903", false), 3000);
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.first().text, QStringLiteral("GZ00012345678903"));
}

void TestHidPosReportParser::truncatedScanThenNewScan() {
    const QList<QByteArray> reports = aimReports(chineseResidentCode());
    HidPosReportParser parser;
    QVERIFY(parser.feed(reports.at(0), 0).isEmpty());
    QVERIFY(parser.feed(reports.at(1), 3).isEmpty());
    // The last report never comes; seconds later the next tube is scanned.
    const QList<Scan> scans = parser.feed(aimReport("GZ00012345678903", false), 4000);
    QCOMPARE(scans.size(), 2);
    QVERIFY(!scans.at(0).ok());
    QVERIFY(scans.at(0).text.isEmpty());
    QVERIFY(scans.at(0).problem.contains(QStringLiteral("lost")));
    QVERIFY(scans.at(1).ok());
    QCOMPARE(scans.at(1).text, QStringLiteral("GZ00012345678903"));
}

void TestHidPosReportParser::newSymbologyCutsOffTheScanBefore() {
    const QList<QByteArray> reports = aimReports(chineseResidentCode(), "]Q1");
    HidPosReportParser parser;
    QVERIFY(parser.feed(reports.at(0), 0).isEmpty());
    // Straight after, a Code 128 report: a new scan, so the QR code was cut off.
    const QList<Scan> scans = parser.feed(aimReport("GZ00012345678903", false, "]C0"), 5);
    QCOMPARE(scans.size(), 2);
    QVERIFY(!scans.at(0).ok());
    QCOMPARE(scans.at(1).text, QStringLiteral("GZ00012345678903"));
}

void TestHidPosReportParser::expireRefusesAScanWaitingTooLong() {
    HidPosReportParser::Options options;
    options.maxGapMs = 1000;
    HidPosReportParser parser(options);
    const QList<QByteArray> reports = aimReports(chineseResidentCode());
    QVERIFY(parser.feed(reports.at(0), 100).isEmpty());
    QVERIFY(parser.expire(1100).isEmpty()); // not yet a pause
    QVERIFY(parser.scanInProgress());
    const QList<Scan> scans = parser.expire(1101);
    QCOMPARE(scans.size(), 1);
    QVERIFY(!scans.first().ok());
    QVERIFY(!parser.scanInProgress());
    QVERIFY(parser.expire(5000).isEmpty()); // refused once
}

void TestHidPosReportParser::abandonRefusesAScanInProgress() {
    HidPosReportParser parser;
    QVERIFY(parser.abandon().isEmpty());
    QVERIFY(parser.feed(aimReports(chineseResidentCode()).at(0), 1).isEmpty());
    const QList<Scan> scans = parser.abandon();
    QCOMPARE(scans.size(), 1);
    QVERIFY(!scans.first().ok());
    QVERIFY(!parser.scanInProgress());
}

void TestHidPosReportParser::invalidUtf8IsRefused_data() {
    QTest::addColumn<QByteArray>("data");
    // "张伟" in GBK, as a scanner left at its Chinese default encoding sends it.
    QTest::newRow("GBK name") << QByteArray::fromHex("7b226e223a22d5c5ceb0227d");
    QTest::newRow("stray continuation byte") << QByteArray::fromHex("475a80303030");
    QTest::newRow("cut-off character") << QByteArray::fromHex("475a30e6ac");
    QTest::newRow("overlong slash") << QByteArray::fromHex("c0af");
    QTest::newRow("surrogate") << QByteArray::fromHex("eda080");
}

void TestHidPosReportParser::invalidUtf8IsRefused() {
    QFETCH(QByteArray, data);
    HidPosReportParser parser;
    const QList<Scan> scans = parser.feed(aimReport(data, false), 1);
    QCOMPARE(scans.size(), 1);
    QVERIFY(!scans.first().ok());
    QVERIFY(scans.first().text.isEmpty());
    QVERIFY(scans.first().problem.contains(QStringLiteral("UTF-8")));
}

void TestHidPosReportParser::overlongScanIsRefused() {
    HidPosReportParser::Options options;
    options.maxScanBytes = 100;
    HidPosReportParser parser(options);
    const QList<QByteArray> reports = aimReports(chineseResidentCode());
    QVERIFY(parser.feed(reports.at(0), 1).isEmpty());
    const QList<Scan> scans = parser.feed(reports.at(1), 2);
    QCOMPARE(scans.size(), 1);
    QVERIFY(!scans.first().ok());
    // Its last report is dropped, not taken as a scan.
    QVERIFY(parser.feed(reports.at(2), 3).isEmpty());
    QVERIFY(!parser.scanInProgress());
}

QTEST_GUILESS_MAIN(TestHidPosReportParser)
#include "tst_HidPosReportParser.moc"
