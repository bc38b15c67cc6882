// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/TimeOrderedUuid.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QUuid>

#include <atomic>

namespace station::protocol {

namespace {

constexpr quint64 kMillisMask = (quint64(1) << 48) - 1;
constexpr quint64 kRandBMask = (quint64(1) << 62) - 1;
// A clock stepped back by more than this is believed: the uuids follow it down.
constexpr quint64 kKeepLastMs = 10000;

} // namespace

QString timeOrderedUuid(qint64 unixMs, quint16 randA, quint64 randB) {
    const quint64 high = (quint64(unixMs) & kMillisMask) << 16 | quint64(0x7000) | (randA & 0xfff);
    const quint64 low = quint64(0x8000000000000000) | (randB & kRandBMask);
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        bytes[i] = char(high >> (56 - 8 * i));
        bytes[8 + i] = char(low >> (56 - 8 * i));
    }
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString newTimeOrderedUuid(qint64 unixMs) {
    // The last time and rand_a handed out in this process, as one 60-bit number: a counter,
    // not a shared object, so that concurrent callers never take the same value.
    static std::atomic<quint64> last{0};
    QRandomGenerator *random = QRandomGenerator::system();
    // rand_a's top bit starts clear: at least 2,048 more fit in the millisecond before the
    // count carries into the time.
    const quint64 fresh = (quint64(unixMs) & kMillisMask) << 12 | (random->generate() & 0x7ff);
    quint64 previous = last.load(std::memory_order_relaxed);
    quint64 next = fresh;
    do {
        const bool keepLast = previous >= fresh && (previous >> 12) - (fresh >> 12) < kKeepLastMs;
        next = keepLast ? previous + 1 : fresh;
    } while (!last.compare_exchange_weak(previous, next, std::memory_order_relaxed));
    return timeOrderedUuid(qint64(next >> 12), quint16(next & 0xfff), random->generate64());
}

} // namespace station::protocol
