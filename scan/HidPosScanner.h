// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "scan/HidPosReportParser.h"
#include "scan/Scanner.h"

#include <QElapsedTimer>

#include <atomic>
#include <memory>

class QThread;

namespace station::scan {

// A USB scanner in HID-POS mode (HID usage page 0x8C), read through hidapi (hidraw). The
// device is read on a thread of its own; its reports come to this object, in order and
// stamped with the time they were read there, and HidPosReportParser makes them scans. A
// stalled GUI thread therefore delays scans but never splits one. When the scanner is
// missing, unplugged or not readable (udev rule), it says so and keeps trying every
// reconnectIntervalMs.
class HidPosScanner : public Scanner {
    Q_OBJECT
public:
    struct Config {
        // "auto": the first device with a HID-POS interface; or "VID:PID" in hexadecimal.
        QString device = QStringLiteral("auto");
        int reconnectIntervalMs = 2000;
    };

    // What the reader thread found when it last tried the device.
    enum class Link { Connected, NotFound, NotHidPos, NoPermission, OpenFailed, Lost };

    explicit HidPosScanner(QObject *parent = nullptr);
    ~HidPosScanner() override;

    void setConfig(const Config &config);
    const Config &config() const { return m_config; }

    // Starts the reader thread. Returns false when the device setting is not usable; the
    // device itself is looked for on the thread, and statusChanged() says what it found.
    bool start() override;
    void stop() override;

    // One input report as the device sent it, read at `msec` on this scanner's clock. The
    // reader thread delivers reports here; tests feed captured reports the same way.
    void acceptReport(const QByteArray &report, qint64 msec);
    // No report came until `msec`: a scan still waiting for its next report is refused.
    void acceptIdle(qint64 msec);
    // The reader thread's news about the device; `device` names it (VID:PID and product).
    void acceptLink(Link link, const QString &device);

private:
    void deliver(const QList<HidPosReportParser::Scan> &scans);
    QString describe(Link link, const QString &device) const;

    Config m_config;
    HidPosReportParser m_parser;
    QElapsedTimer m_clock;
    QThread *m_reader = nullptr;
    std::shared_ptr<std::atomic_bool> m_stopReader;
    int m_generation = 0; // reports of an earlier start() are dropped
    bool m_linkKnown = false;
    Link m_lastLink = Link::NotFound;
};

} // namespace station::scan
