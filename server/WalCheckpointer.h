// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace station::server {

// SQLite in WAL mode: copies the write-ahead log back into the database file (the checkpoint)
// on a thread and connection of its own, so that the transaction whose commit filled the log
// does not wait for it. SQLite's own automatic checkpoint runs inside that commit: at a
// province holding a large day, every batch with ID numbers writes about 3,300 pages to the
// log (its random keys touch a new leaf of five indexes per record), and copying them back,
// with the database file's sync, held the batch's answer (docs/benchmarks.md, "Site hub
// relay", session 30). A commit is durable when the log is synced, as before: the checkpoint
// only moves committed pages, so exactly-once and synchronous=FULL are untouched.
class WalCheckpointer {
public:
    // The log's sizes (in pages) that wake the thread and that make a commit copy the log
    // itself; a test gives small ones.
    explicit WalCheckpointer(int wakePages = kWakePages, int inlinePages = kInlinePages)
        : m_wakePages(wakePages)
        , m_inlinePages(inlinePages) {}
    ~WalCheckpointer(); // stops the thread (a checkpoint under way finishes first)
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Takes over the checkpoints of `connection` (SQLite's handle of the server's connection,
    // in WAL mode, to the database file `path`): replaces its automatic checkpoint. False
    // with a reason when the thread's connection cannot be opened (the automatic checkpoint
    // then stays).
    bool start(sqlite3 *connection, const QString &path, QString *error);

    // The log's size, in pages (256 MiB), at which a commit wakes the thread. Fewer
    // checkpoints copy a page that many batches rewrote once.
    static constexpr int kWakePages = 65536;
    // The log's size at which a commit checkpoints itself, as SQLite's automatic checkpoint
    // would: the thread fell behind a writer (or another process holds a reader), and the
    // log must not grow without end.
    static constexpr int kInlinePages = 262144;

    // Checkpoints the thread completed (each copied the whole log as it was when it began).
    int threadCheckpoints() const { return m_threadCheckpoints; }

private:
    static int onCommit(void *self, sqlite3 *connection, const char *schema, int pages);
    void run();

    const int m_wakePages;
    const int m_inlinePages;
    std::atomic<int> m_threadCheckpoints{0};
    sqlite3 *m_connection = nullptr; // the server's, whose commits wake the thread
    sqlite3 *m_own = nullptr;        // the thread's connection
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_due = false; // guarded by m_mutex
    bool m_stop = false;
    std::atomic<bool> m_copying{false}; // the thread is woken or checkpointing
    // The thread copied the log as it was when it began; the next commit copies the few
    // batches committed meanwhile, so that SQLite can start the log afresh.
    std::atomic<bool> m_caughtUp{false};
};

} // namespace station::server
