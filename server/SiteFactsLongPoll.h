// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <list>
#include <memory>

namespace station::server {

class Database;

// The stations waiting in GET /v1/site/facts?wait=… for new facts of their site (a long
// poll, so that a station hears of a fact at once). A waiter is answered when facts after
// its cursor are added (notifyFactsAdded), when the facts watch sees them written by
// another process, or when its wait ends.
class SiteFactsLongPoll : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxWaitMs = 25000;
    static constexpr int kWatchMs = 200;

    // The facts page of `site` after `after` as the endpoint answers it; *empty when it
    // holds no facts, *lastSeq its cursor (`last_seq`).
    using Answer = std::function<QHttpServerResponse(const QString &site, qint64 after, bool *empty,
                                                     qint64 *lastSeq)>;

    // `watchMs`: how often facts written by another process are looked for while stations
    // wait.
    SiteFactsLongPoll(Database &database, Answer answer, int watchMs = kWatchMs,
                      QObject *parent = nullptr);

    // Keeps the responder until facts of `site` after `after` come or `waitMs` pass (at
    // most kMaxWaitMs). `after` is the cursor of the empty answer the question got, not the
    // question's own 0 (SiteFactsRoutes::siteFacts).
    void wait(const QString &site, qint64 after, int waitMs, QHttpServerResponder &&responder);
    // Facts of `site` were written: its waiters that now have facts to read are answered;
    // a waiter still at cursor 0 whose answer is still empty (the new facts are older than
    // the first answer's window) waits on from that answer's cursor.
    void notifyFactsAdded(const QString &site);

private:
    struct Waiter {
        QString site;
        qint64 after = 0;
        QPointer<QTcpSocket> socket; // gone when the station hung up
        std::unique_ptr<QHttpServerResponder> responder;
        std::unique_ptr<QTimer> deadline;
    };
    // While stations wait: facts another process wrote (an admin command, another server
    // instance on the same database) are looked for every `watchMs`.
    void watch();
    // Answers one waiter whose wait ended (with no facts, unless some came meanwhile).
    void finish(const Waiter *waiter);

    Database &m_database;
    Answer m_answer;
    std::list<Waiter> m_waiters;
    QTimer m_watch;
};

} // namespace station::server
