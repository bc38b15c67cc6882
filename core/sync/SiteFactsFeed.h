// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/Clock.h"
#include "core/sync/Backoff.h"
#include "core/sync/SyncSettings.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QThread>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace station {

class Database;
class SiteFactsStore;

// Keeps the site's facts in the station database: long-polls GET /v1/site/facts from the
// cursor it keeps there (SiteFactsStore), writes each answer in one transaction and asks
// again at once. When the server cannot be reached or answers with an error, the table goes
// on with the facts it has and the feed tries again after the station's Backoff
// (exponential with jitter, SyncSettings' minBackoffMs .. maxBackoffMs). The cursor is in the
// database, so a restart or a long outage loses nothing: the feed goes on from where it stopped.
//
// Threads: the feed lives on a thread of its own (SiteFactsFeedThread) with its own
// database connection and network access manager, both made in start(), i.e. on that
// thread; its signals reach the GUI thread queued. The table reads the facts through its own
// connection (SQLite WAL lets both work at once) and never waits for this feed.
class SiteFactsFeed : public QObject {
    Q_OBJECT
public:
    SiteFactsFeed(QString databasePath, SyncSettings settings, QString deviceToken,
                  Clock clock = systemClock(), QObject *parent = nullptr);
    ~SiteFactsFeed() override;

    // How long the server may hold each question (at most 25 s, the protocol's limit);
    // 0 asks without waiting (the CLI's one pass). Set before start().
    void setWaitMs(int waitMs) { m_waitMs = waitMs; }

public Q_SLOTS:
    // Opens the database and the network access manager, then asks.
    void start();
    // Aborts the question and closes the database; call before the thread ends.
    void stop();
    // Asks now, whatever the backoff said (the network is back).
    void pollNow();

Q_SIGNALS:
    // An answer was kept: `added` new facts (may be 0), the cursor now `lastSeq`.
    void factsKept(int added, qint64 lastSeq);
    // The server had nothing newer than the cursor (a pass of the CLI ends here).
    void caughtUp();
    // The question failed; the feed tries again by itself. `message` is translated.
    void failed(const QString &message);

private:
    void poll();
    void onReply(QNetworkReply *reply);
    void retryLater(const QString &message);

    QString m_databasePath;
    SyncSettings m_settings;
    QString m_token;
    Clock m_clock;
    int m_waitMs = 25000;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SiteFactsStore> m_store;
    QNetworkAccessManager *m_network = nullptr;
    QSslConfiguration m_tls;
    QPointer<QNetworkReply> m_reply;
    Backoff *m_backoff = nullptr; // made in start(), on the feed's thread
};

// Runs a SiteFactsFeed on a thread of its own (as SyncController runs OutboxRelay) and
// relays its signals to the thread that owns this object.
class SiteFactsFeedThread : public QObject {
    Q_OBJECT
public:
    SiteFactsFeedThread(const QString &databasePath, const SyncSettings &settings,
                        const QString &deviceToken, QObject *parent = nullptr);
    ~SiteFactsFeedThread() override;

    void start();
    // Ends the feed and its thread; the destructor calls it too.
    void shutdown();

Q_SIGNALS:
    void factsKept(int added, qint64 lastSeq);
    void failed(const QString &message);

private:
    QThread m_thread;
    SiteFactsFeed *m_feed = nullptr;
    bool m_started = false;
};

} // namespace station
