// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/Clock.h"
#include "core/security/RetentionPurge.h"

#include <QDate>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <memory>

namespace station {

class Database;
class PersonalDataCodec;

// Runs the retention purge of a station at start-up and then once a site day, on a thread of
// its own with its own connection (the purge rewrites pages and its checkpoint waits for
// readers: never on the GUI thread).
//
// Thread contract: construct, start() and destroy on one thread (the GUI's); purged() and
// failed() arrive there. The codec is shared with the other services (its day keys are
// thread-safe); the worker's connection signs its audit row with it.
class RetentionScheduler : public QObject {
    Q_OBJECT
public:
    RetentionScheduler(QString databasePath, std::shared_ptr<PersonalDataCodec> codec, int days,
                       Clock clock = systemClock(), QObject *parent = nullptr);
    ~RetentionScheduler() override;

    // Purges now, then whenever the site day has changed (checked hourly).
    void start();
    // One purge now (also what start() and the timer call).
    void runNow();

Q_SIGNALS:
    void purged(const station::PurgeSummary &summary);
    void failed(const QString &message);

private:
    void onDone(bool ok, const station::PurgeSummary &summary, const QString &message);

    QString m_path;
    std::shared_ptr<PersonalDataCodec> m_codec;
    int m_days;
    Clock m_clock;
    QThread m_thread;
    QObject *m_worker = nullptr;                     // lives in m_thread, holds the connection
    std::shared_ptr<std::unique_ptr<Database>> m_db; // touched only in m_thread
    QTimer m_daily;
    QDate m_lastRunDay;
    bool m_inFlight = false;
};

} // namespace station
