// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "scan/DecodedCode.h"

#include <QList>
#include <QString>

namespace station::scan {

// Turns the codes seen in successive camera frames into scans. Pure logic: time comes in as an
// argument, so tests drive it with their own clock.
//  - One code in a frame: a scan, unless it is the code last scanned and that code was seen
//    within the window (a code held up in front of the camera is one scan, however many frames
//    show it; each sighting extends the window).
//  - Two or more different codes in a frame: no scan (never guess which one was meant); the
//    caller tells the person to show one code at a time. Said once per window while it lasts.
//  - No code: nothing (a few frames lost to motion blur do not restart the window).
class ScanDebouncer {
public:
    enum class Outcome { Nothing, Scan, OneCodeAtATime };

    explicit ScanDebouncer(qint64 windowMs = 2000);

    qint64 windowMs() const { return m_windowMs; }
    void setWindowMs(qint64 windowMs) { m_windowMs = windowMs; }

    // Feeds the codes of one frame seen at nowMs (a monotonic clock). On Scan, `text` is set.
    Outcome feed(const QList<DecodedCode> &codes, qint64 nowMs, QString *text = nullptr);

    // Forget the last scan (e.g. when the camera changes).
    void reset();

private:
    qint64 m_windowMs;
    QString m_lastText;
    qint64 m_lastSeenMs = 0;
    bool m_haveLast = false;
    qint64 m_lastNoticeMs = 0;
    bool m_noticeGiven = false;
};

} // namespace station::scan
