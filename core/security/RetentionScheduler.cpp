// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/RetentionScheduler.h"

#include "core/Logging.h"
#include "core/storage/Database.h"
#include "core/storage/PersonalDataCodec.h"

namespace station {

RetentionScheduler::RetentionScheduler(QString databasePath,
                                       std::shared_ptr<PersonalDataCodec> codec, int days,
                                       Clock clock, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_codec(std::move(codec))
    , m_days(days)
    , m_clock(std::move(clock))
    , m_db(std::make_shared<std::unique_ptr<Database>>()) {
    qRegisterMetaType<PurgeSummary>();
    m_thread.setObjectName(QStringLiteral("retention-purge"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    m_daily.setInterval(std::chrono::hours(1));
    connect(&m_daily, &QTimer::timeout, this, [this] {
        if (siteDate(m_clock()) != m_lastRunDay)
            runNow();
    });
}

RetentionScheduler::~RetentionScheduler() {
    m_daily.stop();
    // Close the connection in the thread that opened it, then stop the thread.
    QMetaObject::invokeMethod(
        m_worker, [db = m_db] { db->reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void RetentionScheduler::start() {
    runNow();
    m_daily.start();
}

void RetentionScheduler::runNow() {
    if (m_inFlight || m_days <= 0)
        return;
    m_inFlight = true;
    const QDateTime now = m_clock();
    m_lastRunDay = siteDate(now);
    QMetaObject::invokeMethod(
        m_worker,
        [this, db = m_db, path = m_path, codec = m_codec, days = m_days, now] {
            if (!*db) {
                auto opened = std::make_unique<Database>();
                if (const Status s = opened->open(path); !s.ok()) {
                    QMetaObject::invokeMethod(this,
                                              [this, m = s.message()] { onDone(false, {}, m); });
                    return;
                }
                opened->setAuditSigner(codec);
                *db = std::move(opened);
            }
            const Result<PurgeSummary> r =
                purgeAcknowledgedPersonalData(**db, *codec, days, [now] { return now; });
            QMetaObject::invokeMethod(
                this, [this, ok = r.ok(), summary = r.ok() ? r.value() : PurgeSummary{},
                       m = r.ok() ? QString() : r.message()] { onDone(ok, summary, m); });
        },
        Qt::QueuedConnection);
}

void RetentionScheduler::onDone(bool ok, const PurgeSummary &summary, const QString &message) {
    m_inFlight = false;
    if (!ok) {
        qCWarning(lcStorage) << "retention purge failed";
        Q_EMIT failed(message);
        return;
    }
    Q_EMIT purged(summary);
}

} // namespace station
