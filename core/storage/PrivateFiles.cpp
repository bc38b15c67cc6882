// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace station {

namespace {

constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerFolder = kOwnerFile | QFileDevice::ExeOwner;

// Only the owner bits; a file the user does not own keeps its mode (setPermissions fails).
void restrict(const QString &path, QFileDevice::Permissions wanted) {
    if (QFileInfo::exists(path))
        QFile::setPermissions(path, wanted);
}

} // namespace

void restrictNewFilesToOwner() {
#ifdef Q_OS_UNIX
    ::umask(S_IRWXG | S_IRWXO);
#endif
}

bool makePrivateFolder(const QString &dir) {
    if (!QDir().mkpath(dir))
        return false;
    restrict(dir, kOwnerFolder);
    return true;
}

bool makePrivateDatabaseFile(const QString &path) {
    QFile file(path);
    if (!file.exists()) {
        // Created with the mode, not changed afterwards: never readable by others, not even
        // for a moment.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerFile))
            return file.exists();
        file.close();
    }
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        restrict(path + QLatin1String(suffix), kOwnerFile);
    return true;
}

} // namespace station
