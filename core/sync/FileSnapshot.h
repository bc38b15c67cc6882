// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace station {

// A file of the data folder (a pinned CA copy, a device token) as it was before a join or an
// enrollment began writing, to put back byte for byte, with its permissions, or remove again
// when a later step fails: what makes HubJoin and FallbackEnrollment all or nothing.
class FileSnapshot {
public:
    static FileSnapshot of(const QString &path);

    // The file as it was: written back (its permissions first, so that a token is never
    // readable by others for a moment), or removed when there was none. Something there that
    // was no readable file is left alone. False when it could not be put back.
    bool restore() const;

    QString path() const { return m_path; }
    bool existed() const { return m_existed; }

private:
    QString m_path;
    bool m_existed = false;
    bool m_readable = false;
    QByteArray m_bytes;
    QFileDevice::Permissions m_permissions;
};

} // namespace station
