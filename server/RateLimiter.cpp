// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/RateLimiter.h"

#include <QtGlobal>

#include <chrono>
#include <cmath>

namespace station::server {

namespace {
// Below a millionth of a token or a millisecond, sums of floating-point refills are rounding.
constexpr double kTokenSlack = 1e-6;
} // namespace

RateLimiter::RateLimiter(double ratePerSecond, int burst, int maxKeys, Clock clock)
    : m_ratePerSecond(ratePerSecond > 0 ? ratePerSecond : 1)
    , m_burst(qMax(1, burst))
    , m_maxKeys(qMax(1, maxKeys))
    , m_clock(std::move(clock)) {}

RateLimiter::Clock RateLimiter::steadyClock() {
    return [] {
        return qint64(std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::steady_clock::now().time_since_epoch())
                          .count());
    };
}

double RateLimiter::tokensAt(const Bucket &bucket, qint64 nowMs) const {
    const double gained =
        double(qMax<qint64>(0, nowMs - bucket.updatedMs)) * m_ratePerSecond / 1000.0;
    return qMin(double(m_burst), bucket.tokens + gained);
}

qint64 RateLimiter::take(const QString &key) {
    const qint64 now = m_clock();
    auto found = m_buckets.find(key);
    if (found == m_buckets.end()) {
        if (m_buckets.size() >= m_maxKeys)
            makeRoom(now);
        found = m_buckets.insert(key, Bucket{double(m_burst), now});
    }
    Bucket &bucket = *found;
    bucket.tokens = tokensAt(bucket, now);
    bucket.updatedMs = now;
    if (bucket.tokens >= 1.0 - kTokenSlack) {
        bucket.tokens = qMax(0.0, bucket.tokens - 1.0);
        return 0;
    }
    const double waitMs = (1.0 - bucket.tokens) * 1000.0 / m_ratePerSecond;
    return qMax<qint64>(1, qint64(std::ceil(waitMs - kTokenSlack)));
}

void RateLimiter::makeRoom(qint64 nowMs) {
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (tokensAt(*it, nowMs) >= m_burst - kTokenSlack)
            it = m_buckets.erase(it);
        else
            ++it;
    }
    if (m_buckets.size() < m_maxKeys)
        return;
    // Every bucket is in use: the one untouched longest is the nearest to full again.
    auto oldest = m_buckets.begin();
    for (auto it = m_buckets.begin(); it != m_buckets.end(); ++it) {
        if (it->updatedMs < oldest->updatedMs)
            oldest = it;
    }
    m_buckets.erase(oldest);
}

} // namespace station::server
