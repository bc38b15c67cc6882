// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>

class QLockFile;

namespace station {

// Who holds a data folder's lock: enough for the user to find that window.
struct DataFolderLockHolder {
    qint64 pid = 0;
    QString hostName;
    QDateTime since; // when the lock was taken (the lock file's time); invalid if unknown
};

// One window per data folder: two windows on one station would each show their own,
// soon stale, state of the same tube. The window holds this lock for its lifetime; the
// command-line tool does not take it (its commands are short transactions that SQLite
// serialises with the window's). A lock left by a process that is gone (a crash, a power
// cut) is taken over.
class DataFolderLock {
    Q_DECLARE_TR_FUNCTIONS(DataFolderLock)
public:
    explicit DataFolderLock(const QString &dataDir);
    ~DataFolderLock();
    DataFolderLock(const DataFolderLock &) = delete;
    DataFolderLock &operator=(const DataFolderLock &) = delete;

    // Takes the lock without waiting. False when another process holds it (holder() says
    // who) or the lock file cannot be written (errorMessage() says why).
    bool tryLock();
    bool isLocked() const;
    const DataFolderLockHolder &holder() const { return m_holder; }
    // A sentence for the user on why the lock was not taken.
    QString errorMessage() const;

    static QString lockFilePath(const QString &dataDir);

private:
    QString m_dataDir;
    std::unique_ptr<QLockFile> m_lock;
    DataFolderLockHolder m_holder;
    bool m_heldByOther = false;
};

// "Sampling Station is already open on this data folder: process P on HOST, since TIME."
QString describeRunningStation(const QString &dataDir, const DataFolderLockHolder &holder);

} // namespace station
