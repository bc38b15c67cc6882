// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/Backoff.h"

#include <QTimer>

namespace station {

Backoff::Backoff(int minMs, int maxMs, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_minMs(qMax(1, minMs))
    , m_maxMs(qMax(m_minMs, maxMs))
    , m_ceilingMs(m_minMs)
    , m_random(seed)
    , m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Backoff::due);
}

int Backoff::nextDelayMs() {
    const int ceiling = m_ceilingMs;
    m_ceilingMs = qMin(m_maxMs, ceiling * 2);
    return ceiling / 2 + int(m_random.bounded(quint32(ceiling / 2 + 1)));
}

void Backoff::reset() {
    m_timer->stop();
    m_ceilingMs = m_minMs;
}

int Backoff::retryLater() {
    const int delay = nextDelayMs();
    m_timer->start(delay);
    return delay;
}

void Backoff::retryAfter(int delayMs) {
    m_timer->start(qMax(0, delayMs));
}

bool Backoff::isWaiting() const {
    return m_timer->isActive();
}

void Backoff::cutShort() {
    if (!m_timer->isActive())
        return;
    reset();
    Q_EMIT due();
}

void Backoff::cancel() {
    m_timer->stop();
}

} // namespace station
