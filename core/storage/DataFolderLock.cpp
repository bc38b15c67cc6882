// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DataFolderLock.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>

namespace station {

DataFolderLock::DataFolderLock(const QString &dataDir)
    : m_dataDir(dataDir)
    , m_lock(std::make_unique<QLockFile>(lockFilePath(dataDir))) {
    // Stale only when its process is gone: a window stays open for a whole shift.
    m_lock->setStaleLockTime(0);
}

DataFolderLock::~DataFolderLock() = default;

QString DataFolderLock::lockFilePath(const QString &dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("sampling-station.lock"));
}

bool DataFolderLock::tryLock() {
    m_heldByOther = false;
    m_holder = {};
    if (m_lock->tryLock(0))
        return true;
    if (m_lock->error() != QLockFile::LockFailedError)
        return false;
    m_heldByOther = true;
    QString appName;
    m_lock->getLockInfo(&m_holder.pid, &m_holder.hostName, &appName);
    m_holder.since = QFileInfo(lockFilePath(m_dataDir)).lastModified();
    return false;
}

bool DataFolderLock::isLocked() const {
    return m_lock->isLocked();
}

QString DataFolderLock::errorMessage() const {
    if (m_heldByOther)
        return describeRunningStation(m_dataDir, m_holder);
    return tr("The data folder %1 cannot be locked for this window (is it "
              "read-only?). Nothing was changed.")
        .arg(QDir::toNativeSeparators(m_dataDir));
}

QString describeRunningStation(const QString &dataDir, const DataFolderLockHolder &holder) {
    const QString since = holder.since.isValid()
                              ? QLocale().toString(holder.since, QLocale::ShortFormat)
                              : DataFolderLock::tr("an unknown time");
    const QString host =
        holder.hostName.isEmpty() ? DataFolderLock::tr("this computer") : holder.hostName;
    return DataFolderLock::tr("Sampling Station is already open on the data folder %1: "
                              "process %2 on %3, since %4.\n\nUse that window, or close it "
                              "before opening the station again. Two windows on one station "
                              "would each show a different state of the same tube.")
        .arg(QDir::toNativeSeparators(QFileInfo(dataDir).absoluteFilePath()),
             QString::number(holder.pid), host, since);
}

} // namespace station
