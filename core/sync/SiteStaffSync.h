// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/Clock.h"
#include "core/sync/Backoff.h"
#include "core/sync/SyncSettings.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace station {

class Database;
class PersonalDataCodec;
class SiteStaffList;

// Keeps this table's staff list and the site's together (docs/sync-protocol.md, "The site's
// staff list"): a pass sends the queued local changes (POST /v1/site/staff) and applies the
// other tables' (GET /v1/site/staff?after=SEQ) through SiteStaffList, each in one
// transaction with its audit row. Like OutboxRelay it lives on a thread of its own (see
// SyncController) with its own database connection and network access manager, both made in
// start(), i.e. in that thread. A pass that fails leaves everything as it was; the next one
// (on the timer, after an upload pass, or syncNow()) starts again from the cursor. After a
// failed pass the next one comes after the station's Backoff (exponential with jitter); the
// timer does not start passes while that wait is under way.
class SiteStaffSync : public QObject {
    Q_OBJECT
public:
    SiteStaffSync(QString databasePath, SyncSettings settings, QString deviceToken,
                  Clock clock = systemClock(), QObject *parent = nullptr);
    ~SiteStaffSync() override;

    // Signs the audit rows of applied entries (the station's data key); set before start().
    void setAuditSigner(std::shared_ptr<const PersonalDataCodec> signer) {
        m_signer = std::move(signer);
    }
    // Passes also start every `ms` when idle (0: only when asked); set before start().
    void setIntervalMs(int ms) { m_intervalMs = ms; }
    // What the last pass did.
    int sentCount() const { return m_sent; }
    int appliedCount() const { return m_applied; }
    QString lastError() const { return m_lastError; }
    // After a failed pass: whether the next one will start by itself (after the backoff).
    bool retryScheduled() const { return m_backoff && m_backoff->isWaiting(); }

public Q_SLOTS:
    void start();
    // Starts a pass unless one is under way.
    void syncNow();
    void setDeviceToken(const QString &token);
    // Aborts a request and closes the database; call before the thread ends.
    void stop();

Q_SIGNALS:
    // A pass ended: everything queued was answered and the server's list applied (true), or
    // an error stopped it (lastError()). A server without /v1/site/staff counts as done.
    void passFinished(bool completed);
    // Entries from other tables were applied: the staff list changed under the views.
    void staffListChanged();
    // A staff id two people hold was listed or refused: the sync problems (F7) changed.
    void syncProblemsNoted();

private:
    void pushNext();
    void onPushReply(QNetworkReply *reply);
    void pullNext();
    void onPullReply(QNetworkReply *reply);
    // A pass ended; one that failed is tried again after the backoff unless `retry` is false
    // (only a change of settings can help).
    void finish(bool completed, const QString &error, bool retry = true);
    // The HTTP status of a finished reply, or finish()es the pass and answers 0.
    int answered(QNetworkReply *reply);
    QNetworkRequest request(const QString &pathAndQuery) const;
    QString serverKey() const;

    QString m_databasePath;
    SyncSettings m_settings;
    QString m_token;
    Clock m_clock;
    std::shared_ptr<const PersonalDataCodec> m_signer;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SiteStaffList> m_list;
    QNetworkAccessManager *m_network = nullptr;
    QSslConfiguration m_tls;
    QString m_tlsSetupError;
    QPointer<QNetworkReply> m_reply;
    QList<qint64> m_inFlight;
    QTimer *m_timer = nullptr;
    Backoff *m_backoff = nullptr; // made in start(), on the sync's thread
    int m_intervalMs = 0;
    int m_sent = 0;
    int m_applied = 0;
    QString m_lastError;
};

} // namespace station
