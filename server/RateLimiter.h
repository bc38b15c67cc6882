// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QHash>
#include <QString>

#include <functional>

namespace station::server {

// A token bucket per key (the person status lookup keys it by the calling device, whose
// token it is): each bucket holds at most `burst` tokens and gains `ratePerSecond` a
// second; a call takes one. Memory is bounded: at most `maxKeys` buckets are kept, and a
// bucket that has filled up again is the same as none, so it is the first to go.
class RateLimiter {
public:
    // Milliseconds on a clock that never goes back (tests give their own).
    using Clock = std::function<qint64()>;
    static constexpr int kDefaultMaxKeys = 10000;

    RateLimiter(double ratePerSecond, int burst, int maxKeys = kDefaultMaxKeys,
                Clock clock = steadyClock());

    // Takes a token from `key`'s bucket: 0 when there was one, otherwise the milliseconds
    // until there will be (nothing is taken then).
    qint64 take(const QString &key);

    int trackedKeys() const { return int(m_buckets.size()); }
    double ratePerSecond() const { return m_ratePerSecond; }
    int burst() const { return m_burst; }

    static Clock steadyClock();

private:
    struct Bucket {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    double tokensAt(const Bucket &bucket, qint64 nowMs) const;
    // Before a new key is kept at the limit: full buckets go, then the longest untouched.
    void makeRoom(qint64 nowMs);

    double m_ratePerSecond;
    int m_burst;
    int m_maxKeys;
    Clock m_clock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace station::server
