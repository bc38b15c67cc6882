// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/SiteFactsLongPoll.h"

#include "server/Database.h"

#include <QHash>
#include <QSqlQuery>

namespace station::server {

SiteFactsLongPoll::SiteFactsLongPoll(Database &database, Answer answer, int watchMs,
                                     QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_answer(std::move(answer)) {
    m_watch.setInterval(watchMs);
    connect(&m_watch, &QTimer::timeout, this, &SiteFactsLongPoll::watch);
}

void SiteFactsLongPoll::wait(const QString &site, qint64 after, int waitMs,
                             QHttpServerResponder &&responder) {
    // Qt HTTP Server 6.4 lets a handler keep its responder and answer later, on this
    // thread; the socket may be gone by then (the station hung up), hence the QPointer.
    Waiter &waiter = m_waiters.emplace_back();
    waiter.site = site;
    waiter.after = after;
    waiter.socket = responder.socket();
    waiter.responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    waiter.deadline = std::make_unique<QTimer>();
    waiter.deadline->setSingleShot(true);
    const Waiter *key = &waiter;
    connect(waiter.deadline.get(), &QTimer::timeout, this, [this, key] { finish(key); });
    waiter.deadline->start(qMin(waitMs, kMaxWaitMs));
    if (!m_watch.isActive())
        m_watch.start();
}

void SiteFactsLongPoll::watch() {
    if (m_waiters.empty()) {
        m_watch.stop();
        return;
    }
    // One cheap question per waiting site: the full answer is read only when it has news.
    QHash<QString, qint64> lowestCursor;
    for (const Waiter &waiter : m_waiters) {
        const auto known = lowestCursor.constFind(waiter.site);
        if (known == lowestCursor.constEnd() || waiter.after < *known)
            lowestCursor.insert(waiter.site, waiter.after);
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT MAX(seq) FROM site_facts WHERE site = ?"));
    for (auto it = lowestCursor.constBegin(); it != lowestCursor.constEnd(); ++it) {
        query.addBindValue(it.key());
        if (!query.exec() || !query.next())
            continue; // the deadline answers them
        const qint64 newest = query.value(0).toLongLong();
        query.finish();
        if (newest > it.value())
            notifyFactsAdded(it.key());
    }
}

void SiteFactsLongPoll::finish(const Waiter *waiter) {
    for (auto it = m_waiters.begin(); it != m_waiters.end(); ++it) {
        if (&*it != waiter)
            continue;
        if (it->socket) {
            bool empty = false;
            qint64 lastSeq = 0;
            m_answer(it->site, it->after, &empty, &lastSeq).write(std::move(*it->responder));
        }
        // Called from the timer's own signal: it goes once that returns.
        it->deadline.release()->deleteLater();
        m_waiters.erase(it);
        return;
    }
}

void SiteFactsLongPoll::notifyFactsAdded(const QString &site) {
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (it->site != site) {
            ++it;
            continue;
        }
        if (it->socket) {
            bool empty = false;
            qint64 lastSeq = 0;
            const QHttpServerResponse answer = m_answer(it->site, it->after, &empty, &lastSeq);
            if (empty) {
                // The facts came before this waiter's cursor, or (cursor 0) are older than the
                // first answer's window. From cursor 0, that answer reads the site's facts
                // from its first on: done at every batch and every look of the watch, it held
                // the server's thread for most of a wait once the site had a few hundred
                // thousand old facts (docs/benchmarks.md, session 34). The waiter goes on
                // from the cursor an empty answer hands out, as a station that got it would.
                it->after = qMax(it->after, lastSeq);
                ++it;
                continue;
            }
            answer.write(std::move(*it->responder));
        }
        it = m_waiters.erase(it);
    }
}

} // namespace station::server
