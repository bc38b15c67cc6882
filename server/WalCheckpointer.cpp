// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/WalCheckpointer.h"

#include "server/Logging.h"

#include <QElapsedTimer>

#include <sqlite3.h>

namespace station::server {

WalCheckpointer::~WalCheckpointer() {
    if (m_connection)
        sqlite3_wal_hook(m_connection, nullptr, nullptr);
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    if (m_own)
        sqlite3_close(m_own);
}

bool WalCheckpointer::start(sqlite3 *connection, const QString &path, QString *error) {
    const QByteArray file = path.toUtf8();
    if (sqlite3_open_v2(file.constData(), &m_own, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_own));
        sqlite3_close(m_own);
        m_own = nullptr;
        return false;
    }
    // The database file is synced after each checkpoint, as the server's connection does.
    if (sqlite3_exec(m_own, "PRAGMA synchronous=FULL", nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_own));
        sqlite3_close(m_own);
        m_own = nullptr;
        return false;
    }
    m_thread = std::thread([this] { run(); });
    // Replaces the automatic checkpoint (itself a hook of this kind) of the server's connection.
    m_connection = connection;
    sqlite3_wal_hook(connection, &WalCheckpointer::onCommit, this);
    return true;
}

int WalCheckpointer::onCommit(void *self, sqlite3 *connection, const char *schema, int pages) {
    auto *checkpointer = static_cast<WalCheckpointer *>(self);
    // SQLite starts the log afresh only when a write begins with all of it copied and no
    // reader on an older snapshot. The thread, copying while batches commit, never gets there
    // alone: after it, this commit copies what came meanwhile (a batch or two; PASSIVE, as the
    // automatic checkpoint: it waits for no one).
    if (checkpointer->m_caughtUp.exchange(false) || pages >= checkpointer->m_inlinePages) {
        QElapsedTimer timer;
        timer.start();
        int copied = 0;
        sqlite3_wal_checkpoint_v2(connection, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, &copied);
        // `copied`: the log's pages in the database file now, the thread's included.
        qCDebug(lcServer) << "checkpoint in a commit:" << copied << "of" << pages
                          << "pages of the log in the database file, in" << timer.elapsed() << "ms";
    } else if (pages >= checkpointer->m_wakePages && !checkpointer->m_copying.exchange(true)) {
        {
            std::lock_guard lock(checkpointer->m_mutex);
            checkpointer->m_due = true;
        }
        checkpointer->m_wake.notify_one();
    }
    return SQLITE_OK;
}

void WalCheckpointer::run() {
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_due || m_stop; });
            if (m_stop)
                return;
            m_due = false;
        }
        // PASSIVE copies what is committed and waits for no one (SQLITE_BUSY: a commit's own
        // checkpoint is under way).
        QElapsedTimer timer;
        timer.start();
        int copied = 0;
        const int result =
            sqlite3_wal_checkpoint_v2(m_own, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, &copied);
        qCDebug(lcServer) << "background checkpoint:" << copied
                          << "pages of the log in the database file, in" << timer.elapsed() << "ms";
        if (result == SQLITE_OK) {
            ++m_threadCheckpoints;
            m_caughtUp = true;
        } else if (result != SQLITE_BUSY)
            qCWarning(lcServer) << "background checkpoint failed:" << sqlite3_errstr(result);
        m_copying = false;
    }
}

} // namespace station::server
