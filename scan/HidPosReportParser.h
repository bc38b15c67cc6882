// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace station::scan {

// Turns the input reports of a USB scanner in HID-POS mode (HID usage page 0x8C, Bar Code
// Scanner) into whole scans. Pure: no device, no clock; the caller passes each report with
// the monotonic time it was read. Unlike a keyboard wedge, the reports carry raw bytes, so a
// UTF-8 resident code with a Chinese name arrives whole.
//
// Accepted reports (the "Scanned Data Report" as Honeywell, Zebra, Datalogic, Newland,
// Access-IS and Unitech scanners send it; 64 bytes with the report ID):
//
//   [ID] LEN  ] s m  DATA (LEN bytes, up to 56) ...  SYM  0  FLAGS     AIM layout
//   [ID] LEN  DATA (LEN bytes, up to 56) ...  reserved  SYM  FLAGS     plain layout
//
// - ID: the report ID 0x02. hidapi gives it as the first byte when the device numbers its
//   reports; with ReportId::Auto a first byte 0x02 is taken as the ID, anything else as LEN
//   of a device without report IDs. (An ID-less scanner sending a 2-byte code would be
//   misread; the reading then fails the checks below and is refused, never passed on.)
// - LEN: the number of data bytes in this report, not counting an AIM identifier.
// - "] s m": an AIM symbology identifier (']', a letter, a letter or digit), sent before the
//   data by Honeywell-style scanners in every report of a scan. It is not part of the scan.
//   A plain-layout scanner set to put the AIM identifier inside its data is recognised too
//   (LEN then counts the identifier) and the identifier is removed the same way.
// - FLAGS, the report's last byte: bit 0 "decode data continued", set on every report of a
//   scan but the last. SYM and the reserved bytes are ignored.
//
// A scan ends with a report whose continued bit is clear. It is refused (the problem says
// "scan again", nothing is passed on) when:
// - a report is malformed: too short, LEN beyond the report, a NUL byte inside the data;
//   the rest of that scan is then dropped until its last report or a pause;
// - it was cut off: more reports were announced but the next report came after a pause
//   longer than maxGapMs, or with another AIM symbology (a new scan), or never came
//   (expire()), or the device went away (abandon());
// - it is longer than maxScanBytes, or its bytes are not valid UTF-8 (a scanner set to GBK).
// Reports with LEN 0 and no scan in progress (idle or padding reports) are ignored.
// Reports carry no sequence number, so the reports that follow a pause are taken as a new
// scan. USB does not lose reports in practice, and what could follow a lost report is the
// tail of a long resident code, which cannot pass as a scan: a resident code begins with
// '{' in its first report, and a tube or box code fits in one report.
class HidPosReportParser {
    Q_DECLARE_TR_FUNCTIONS(station::scan::HidPosReportParser)

public:
    enum class ReportId { Auto, Present, Absent };
    static constexpr unsigned char kScannedDataReportId = 0x02;

    struct Options {
        ReportId reportId = ReportId::Auto;
        // The reports of one scan come back to back (a few ms apart); a longer pause
        // inside a scan means its last reports were lost.
        qint64 maxGapMs = 1000;
        int maxScanBytes = 8192;
    };

    // One finished scan: its text, or the translated reason it was refused.
    struct Scan {
        QString text;
        QString problem;
        QByteArray symbology; // the AIM identifier, e.g. "]C0"; empty when none was sent
        bool ok() const { return problem.isEmpty(); }
    };

    HidPosReportParser();
    explicit HidPosReportParser(const Options &options);

    // One input report as read from the device (hid_read), read at `msec` (monotonic).
    // Returns the scans it finished or refused: usually none or one; two when it shows that
    // the scan before it was cut off and is itself a whole scan.
    QList<Scan> feed(const QByteArray &report, qint64 msec);
    // Refuses a scan still waiting for its next report after more than maxGapMs; the
    // caller runs this on a timer so that a cut-off scan is reported without a next scan.
    QList<Scan> expire(qint64 msec);
    // The device went away: a scan in progress is refused.
    QList<Scan> abandon();

    bool scanInProgress() const { return m_state != State::Idle; }

private:
    enum class State { Idle, Collecting, Discarding };
    struct Report {
        QByteArray data;
        QByteArray symbology;
        bool continued = false;
    };
    // The data of one report; nullopt-like `ok == false` for a malformed one.
    bool parseReport(const QByteArray &raw, Report &out) const;
    Scan finish();
    Scan refusal(const QString &problem);
    static QString cutOffProblem();

    Options m_options;
    State m_state = State::Idle;
    QByteArray m_bytes;
    QByteArray m_symbology;
    qint64 m_lastReportMsec = 0;
};

} // namespace station::scan
