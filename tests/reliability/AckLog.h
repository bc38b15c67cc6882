// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QStringList>

namespace station::reliability {

// What the station acknowledged to the operator, one record a line ("sample <uuid>",
// "removed <uuid>", "tube <code>", "sealed <code>", "voided <code>"). Kept in a file of
// its own, written after the commit returned and made durable (write + fsync) before
// the next scan: whatever is in it must survive a crash.
class AckLog {
public:
    AckLog() = default;
    ~AckLog();
    AckLog(const AckLog &) = delete;
    AckLog &operator=(const AckLog &) = delete;

    bool open(const QString &path);
    // Appends one line and fsyncs; false when the line may not be on disk.
    bool append(const QString &line);

    // The complete lines of a log; a last line cut short by a crash is not an
    // acknowledgement and is left out.
    static QStringList read(const QString &path);

private:
    int m_fd = -1;
};

} // namespace station::reliability
