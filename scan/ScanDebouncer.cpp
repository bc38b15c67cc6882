// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanDebouncer.h"

#include <QSet>

namespace station::scan {

ScanDebouncer::ScanDebouncer(qint64 windowMs)
    : m_windowMs(windowMs) {}

ScanDebouncer::Outcome ScanDebouncer::feed(const QList<DecodedCode> &codes, qint64 nowMs,
                                           QString *text) {
    QSet<QString> distinct;
    for (const DecodedCode &c : codes)
        distinct.insert(c.text);
    if (distinct.isEmpty())
        return Outcome::Nothing;

    if (distinct.size() > 1) {
        if (m_noticeGiven && nowMs - m_lastNoticeMs <= m_windowMs) {
            m_lastNoticeMs = nowMs;
            return Outcome::Nothing;
        }
        m_noticeGiven = true;
        m_lastNoticeMs = nowMs;
        return Outcome::OneCodeAtATime;
    }

    const QString seen = *distinct.cbegin();
    const bool repeat = m_haveLast && seen == m_lastText && nowMs - m_lastSeenMs <= m_windowMs;
    m_lastText = seen;
    m_lastSeenMs = nowMs;
    m_haveLast = true;
    if (repeat)
        return Outcome::Nothing;
    m_noticeGiven = false;
    if (text)
        *text = seen;
    return Outcome::Scan;
}

void ScanDebouncer::reset() {
    m_haveLast = false;
    m_lastText.clear();
    m_noticeGiven = false;
}

} // namespace station::scan
