// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QStringList>

namespace station::scan {

// Splits the byte stream of a serial scanner into scans: each line ends with CR, LF or CR LF;
// empty lines are skipped. Text is UTF-8 (ASCII for tube labels); control characters other
// than the terminators are removed. A line longer than maxLineBytes without a terminator is
// noise (wrong baud rate) and is discarded.
class SerialLineBuffer {
public:
    explicit SerialLineBuffer(int maxLineBytes = 4096);

    QStringList append(const QByteArray &bytes);
    void clear() {
        m_pending.clear();
        m_discarding = false;
    }
    // True when bytes were discarded as an overlong line since the last call.
    bool takeOverflow();

private:
    QByteArray m_pending;
    int m_maxLineBytes;
    bool m_overflow = false;
    bool m_discarding = false; // inside an overlong line, up to its terminator
};

} // namespace station::scan
