// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/Code128Confirmation.h"

namespace station::scan {

Code128Confirmation::Code128Confirmation(int windowFrames)
    : m_windowFrames(qMax(1, windowFrames)) {}

void Code128Confirmation::setTrustedPatterns(const QStringList &patterns) {
    m_patterns.clear();
    for (const QString &p : patterns) {
        const QRegularExpression re(p);
        if (!p.isEmpty() && re.isValid())
            m_patterns.append(re);
    }
}

bool Code128Confirmation::trusted(const QString &text) const {
    for (const QRegularExpression &re : m_patterns) {
        if (re.match(text).hasMatch())
            return true;
    }
    return false;
}

QList<DecodedCode> Code128Confirmation::confirm(const QList<DecodedCode> &codes) {
    QList<DecodedCode> out;
    QStringList texts;
    for (const DecodedCode &code : codes) {
        if (code.format != CodeFormat::Code128) {
            out.append(code);
            continue;
        }
        texts.append(code.text);
        bool seenBefore = false;
        for (const QStringList &frame : m_recent)
            seenBefore = seenBefore || frame.contains(code.text);
        if (seenBefore || trusted(code.text))
            out.append(code);
    }
    m_recent.push_back(texts);
    while (int(m_recent.size()) > m_windowFrames)
        m_recent.pop_front();
    return out;
}

void Code128Confirmation::reset() {
    m_recent.clear();
}

} // namespace station::scan
