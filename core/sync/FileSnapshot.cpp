// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/FileSnapshot.h"

#include "core/Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace station {

FileSnapshot FileSnapshot::of(const QString &path) {
    FileSnapshot snapshot;
    snapshot.m_path = path;
    snapshot.m_existed = QFileInfo::exists(path);
    QFile f(path);
    snapshot.m_readable = QFileInfo(path).isFile() && f.open(QIODevice::ReadOnly);
    if (snapshot.m_readable) {
        snapshot.m_bytes = f.readAll();
        snapshot.m_permissions = f.permissions();
    }
    return snapshot;
}

bool FileSnapshot::restore() const {
    if (!m_existed) {
        if (!QFileInfo::exists(m_path) || QFile::remove(m_path))
            return true;
        qCWarning(lcSync) << "a file written by a failed enrollment could not be removed";
        return false;
    }
    if (!m_readable)
        return true;
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(m_permissions) ||
        f.write(m_bytes) != m_bytes.size() || !f.commit()) {
        qCWarning(lcSync) << "a file could not be put back after a failed enrollment";
        return false;
    }
    return true;
}

} // namespace station
