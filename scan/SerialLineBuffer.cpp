// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/SerialLineBuffer.h"

namespace station::scan {

SerialLineBuffer::SerialLineBuffer(int maxLineBytes)
    : m_maxLineBytes(maxLineBytes) {}

QStringList SerialLineBuffer::append(const QByteArray &bytes) {
    QStringList lines;
    for (const char c : bytes) {
        if (c == '\r' || c == '\n') {
            if (std::exchange(m_discarding, false)) {
                m_pending.clear(); // the tail of an overlong line
                continue;
            }
            QString line = QString::fromUtf8(m_pending);
            m_pending.clear();
            line.removeIf([](QChar ch) { return ch.category() == QChar::Other_Control; });
            line = line.trimmed();
            if (!line.isEmpty())
                lines << line;
            continue;
        }
        if (m_discarding)
            continue;
        if (m_pending.size() >= m_maxLineBytes) {
            m_pending.clear();
            m_overflow = true;
            m_discarding = true;
            continue;
        }
        m_pending.append(c);
    }
    return lines;
}

bool SerialLineBuffer::takeOverflow() {
    return std::exchange(m_overflow, false);
}

} // namespace station::scan
