// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/reliability/AckLog.h"

#include <QFile>

#include <fcntl.h>
#include <unistd.h>

namespace station::reliability {

AckLog::~AckLog() {
    if (m_fd >= 0)
        ::close(m_fd);
}

bool AckLog::open(const QString &path) {
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC,
                  0644);
    return m_fd >= 0;
}

bool AckLog::append(const QString &line) {
    if (m_fd < 0)
        return false;
    const QByteArray bytes = line.toUtf8() + '\n';
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0)
            return false;
        done += n;
    }
    return ::fsync(m_fd) == 0;
}

QStringList AckLog::read(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray all = f.readAll();
    const qsizetype end = all.lastIndexOf('\n');
    all.truncate(end < 0 ? 0 : end);
    QStringList lines;
    for (const QByteArray &l : all.split('\n'))
        if (!l.isEmpty())
            lines << QString::fromUtf8(l);
    return lines;
}

} // namespace station::reliability
