// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/HidPosReportParser.h"

#include <QStringDecoder>

namespace station::scan {

namespace {

constexpr int kAimLength = 3;
// After the data of an AIM-layout report: vendor symbology, reserved, flags.
constexpr int kAimTrailer = 3;
constexpr unsigned char kContinued = 0x01;

bool isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
}

} // namespace

HidPosReportParser::HidPosReportParser()
    : HidPosReportParser(Options{}) {}

HidPosReportParser::HidPosReportParser(const Options &options)
    : m_options(options) {}

QString HidPosReportParser::cutOffProblem() {
    return tr("Part of the last HID-POS scan was lost, so nothing was taken from it. Scan "
              "again.");
}

HidPosReportParser::Scan HidPosReportParser::refusal(const QString &problem) {
    m_state = State::Idle;
    m_bytes.clear();
    m_symbology.clear();
    Scan refused;
    refused.problem = problem;
    return refused;
}

HidPosReportParser::Scan HidPosReportParser::finish() {
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(m_bytes);
    if (utf8.hasError())
        return refusal(tr("The HID-POS scanner sent text that is not UTF-8 (it may be set to "
                          "GBK), so nothing was taken from this scan. Set the scanner to send "
                          "UTF-8 and scan again."));
    Scan scan;
    scan.text = text;
    scan.symbology = m_symbology;
    m_state = State::Idle;
    m_bytes.clear();
    m_symbology.clear();
    return scan;
}

bool HidPosReportParser::parseReport(const QByteArray &raw, Report &out) const {
    QByteArray payload = raw;
    bool numbered = false;
    switch (m_options.reportId) {
    case ReportId::Auto:
        numbered = !raw.isEmpty() && static_cast<unsigned char>(raw.at(0)) == kScannedDataReportId;
        break;
    case ReportId::Present:
        numbered = true;
        break;
    case ReportId::Absent:
        break;
    }
    if (numbered)
        payload.remove(0, 1);
    // At least the length byte and the flags byte.
    if (payload.size() < 2)
        return false;
    const int length = static_cast<unsigned char>(payload.at(0));
    out.continued = (static_cast<unsigned char>(payload.back()) & kContinued) != 0;
    const qsizetype size = payload.size();
    const bool aim = size >= 1 + kAimLength && payload.at(1) == ']' &&
                     isAsciiLetter(payload.at(2)) && isAsciiLetterOrDigit(payload.at(3)) &&
                     1 + kAimLength + length <= size - kAimTrailer;
    if (aim) {
        out.symbology = payload.mid(1, kAimLength);
        out.data = payload.mid(1 + kAimLength, length);
        // A plain-layout scanner told to send the AIM identifier puts it inside its data
        // and counts it in the length: read that way, the last three bytes are padding.
        if (length >= kAimLength &&
            payload.mid(1 + length, kAimLength) == QByteArray(kAimLength, '\0'))
            out.data = payload.mid(1 + kAimLength, length - kAimLength);
    } else {
        // The data ends before the flags byte.
        if (1 + length > size - 1)
            return false;
        out.data = payload.mid(1, length);
    }
    // No code the station reads contains NUL: it is padding read as data.
    return !out.data.contains('\0');
}

QList<HidPosReportParser::Scan> HidPosReportParser::feed(const QByteArray &raw, qint64 msec) {
    QList<Scan> done = expire(msec);
    if (m_options.reportId == ReportId::Present &&
        (raw.isEmpty() || static_cast<unsigned char>(raw.at(0)) != kScannedDataReportId))
        return done; // another report of the device (status, attributes): not a scan
    m_lastReportMsec = msec;
    Report report;
    if (!parseReport(raw, report)) {
        if (m_state == State::Discarding)
            return done; // the same broken scan, already refused
        done << refusal(tr("The HID-POS scanner sent a damaged report, so nothing was taken "
                           "from this scan. Scan again."));
        // Drop the rest of that scan: its later reports would look like a whole scan.
        m_state = State::Discarding;
        return done;
    }
    if (m_state == State::Discarding) {
        if (!report.continued)
            m_state = State::Idle;
        return done;
    }
    // Every report of a scan carries the same AIM identifier: another one starts a new scan.
    if (m_state == State::Collecting && !report.symbology.isEmpty() && !m_symbology.isEmpty() &&
        report.symbology != m_symbology)
        done << refusal(cutOffProblem());
    if (m_state == State::Idle) {
        if (report.data.isEmpty() && !report.continued)
            return done; // an idle or padding report
        m_state = State::Collecting;
        m_symbology = report.symbology;
    }
    m_bytes += report.data;
    if (m_bytes.size() > m_options.maxScanBytes) {
        done << refusal(tr("The HID-POS scan was longer than %n byte(s), which no resident, "
                           "tube or box code is, so nothing was taken from it. Scan again.",
                           nullptr, m_options.maxScanBytes));
        if (report.continued)
            m_state = State::Discarding;
        return done;
    }
    if (!report.continued) {
        if (m_bytes.isEmpty())
            m_state = State::Idle;
        else
            done << finish();
    }
    return done;
}

QList<HidPosReportParser::Scan> HidPosReportParser::expire(qint64 msec) {
    QList<Scan> done;
    if (m_state == State::Idle || msec - m_lastReportMsec <= m_options.maxGapMs)
        return done;
    if (m_state == State::Collecting)
        done << refusal(cutOffProblem());
    m_state = State::Idle;
    return done;
}

QList<HidPosReportParser::Scan> HidPosReportParser::abandon() {
    QList<Scan> done;
    if (m_state == State::Collecting)
        done << refusal(cutOffProblem());
    m_state = State::Idle;
    m_bytes.clear();
    m_symbology.clear();
    return done;
}

} // namespace station::scan
