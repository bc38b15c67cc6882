// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/Clock.h"

#include <QDateTime>

#include <atomic>
#include <memory>

namespace station::test {

// A clock the test moves, from 10:42 UTC on 2026-12-04; read on the relay's thread, hence
// atomic. The sync tests move it past a fallback's due time instead of waiting for it.
struct SteppedClock {
    std::shared_ptr<std::atomic<qint64>> ms = std::make_shared<std::atomic<qint64>>(
        QDateTime(QDate(2026, 12, 4), QTime(10, 42), Qt::UTC).toMSecsSinceEpoch());
    Clock clock() const {
        return [ms = ms] { return QDateTime::fromMSecsSinceEpoch(ms->load(), Qt::UTC); };
    }
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(ms->load(), Qt::UTC); }
    void advanceSecs(qint64 secs) { ms->fetch_add(secs * 1000); }
};

} // namespace station::test
