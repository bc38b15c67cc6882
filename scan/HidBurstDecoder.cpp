// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/HidBurstDecoder.h"

#include <algorithm>

#include <Qt>

namespace station::scan {

namespace {

bool isModifierKey(int key) {
    switch (key) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Meta:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
        return true;
    default:
        return false;
    }
}

} // namespace

HidBurstDecoder::HidBurstDecoder() = default;

HidBurstDecoder::HidBurstDecoder(const Config &config)
    : m_config(config) {}

void HidBurstDecoder::setConfig(const Config &config) {
    m_config = config;
    reset();
}

bool HidBurstDecoder::isTerminator(int key) {
    return key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab;
}

bool HidBurstDecoder::isPrintable(const QString &text) {
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!c.isPrint())
            return false;
    }
    return true;
}

void HidBurstDecoder::reset() {
    m_buffer.clear();
    m_prefixMatched = 0;
    m_capturing = false;
    m_holding = false;
    m_scanJustEnded = false;
}

bool HidBurstDecoder::flush() {
    const bool had = m_holding;
    const bool scanJustEnded = m_scanJustEnded;
    reset();
    m_scanJustEnded = scanJustEnded;
    return had;
}

int HidBurstDecoder::holdTimeoutMs() const {
    return m_config.prefix.isEmpty() ? m_config.maxGapMs : m_config.captureTimeoutMs;
}

bool HidBurstDecoder::wouldCompleteScan(const QString &text, qint64 timestampMs, int key) const {
    HidBurstDecoder copy(*this);
    return !copy.feed(text, timestampMs, key).scan.isEmpty();
}

HidBurstDecoder::Decision HidBurstDecoder::feed(const QString &text, qint64 ts, int key) {
    if (isModifierKey(key)) {
        // Scanners press Shift for capitals: it belongs to the burst but says nothing of timing.
        Decision d;
        d.action = m_holding ? Action::Hold : Action::Pass;
        return d;
    }
    if (m_scanJustEnded && !m_holding) {
        m_scanJustEnded = false;
        const bool terminator =
            isTerminator(key) || (!m_config.suffix.isEmpty() && text == m_config.suffix);
        if (terminator && ts - m_lastScanMs <= m_config.maxGapMs) {
            Decision d;
            d.action = Action::Consume; // the scanner's CR after CR, or Enter after a suffix
            m_lastScanMs = ts;
            m_scanJustEnded = true;
            return d;
        }
    }
    return m_config.prefix.isEmpty() ? feedBurst(text, ts, key) : feedPrefixed(text, ts, key);
}

HidBurstDecoder::Decision HidBurstDecoder::feedBurst(const QString &text, qint64 ts, int key) {
    Decision d;
    auto finish = [&](const QString &scan) {
        d.scan = scan;
        d.dropHeld = true;
        d.action = Action::Consume;
        reset();
        m_scanJustEnded = true;
        m_lastScanMs = ts;
    };
    if (m_holding && ts - m_lastMs > m_config.maxGapMs) {
        d.releaseHeld = true; // too slow for a scanner: what was held is typing
        m_buffer.clear();
        m_holding = false;
    }
    const QString &suffix = m_config.suffix;
    if (isPrintable(text)) {
        m_buffer += text;
        m_holding = true;
        m_lastMs = ts;
        if (!suffix.isEmpty() && m_buffer.endsWith(suffix) &&
            m_buffer.size() - suffix.size() >= m_config.minLength) {
            finish(m_buffer.chopped(suffix.size()));
            return d;
        }
        d.action = Action::Hold;
        return d;
    }
    if (m_holding && suffix.isEmpty() && isTerminator(key) &&
        m_buffer.size() >= m_config.minLength) {
        finish(m_buffer);
        return d;
    }
    if (m_holding) {
        d.releaseHeld = true;
        m_buffer.clear();
        m_holding = false;
    }
    d.action = Action::Pass;
    return d;
}

HidBurstDecoder::Decision HidBurstDecoder::feedPrefixed(const QString &text, qint64 ts, int key) {
    Decision d;
    const QString &prefix = m_config.prefix;
    const QString &suffix = m_config.suffix;
    if (m_holding && ts - m_lastMs > m_config.captureTimeoutMs) {
        d.releaseHeld = true; // an abandoned prefix or capture: give it back as typing
        m_buffer.clear();
        m_prefixMatched = 0;
        m_capturing = false;
        m_holding = false;
    }
    if (m_capturing) {
        m_lastMs = ts;
        const QString withKey = m_buffer + text;
        const bool ended = suffix.isEmpty() ? isTerminator(key) : withKey.endsWith(suffix);
        if (ended) {
            const QString scan = suffix.isEmpty() ? m_buffer : withKey.chopped(suffix.size());
            reset();
            m_scanJustEnded = true;
            m_lastScanMs = ts;
            if (scan.isEmpty()) { // prefix and suffix with nothing between: not a scan
                d.dropHeld = true;
                d.action = Action::Consume;
                return d;
            }
            d.scan = scan;
            d.dropHeld = true;
            d.action = Action::Consume;
            return d;
        }
        // A scanner sends printable characters between prefix and suffix; a control key
        // (Enter, Tab, Backspace...) means a person is typing: give the keys back.
        const bool printable = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(),
                                                              [](QChar c) { return c.isPrint(); });
        if (!printable) {
            reset();
            d.releaseHeld = true;
            d.action = Action::Pass;
            return d;
        }
        m_buffer += text;
        d.action = Action::Hold;
        return d;
    }
    const QString expected = prefix.mid(m_prefixMatched);
    if (!text.isEmpty() && expected.startsWith(text)) {
        m_prefixMatched += int(text.size());
        m_holding = true;
        m_lastMs = ts;
        if (m_prefixMatched >= prefix.size()) {
            m_capturing = true;
            m_buffer.clear();
        }
        d.action = Action::Hold;
        return d;
    }
    if (m_holding) { // a partial prefix that went on differently
        d.releaseHeld = true;
        m_prefixMatched = 0;
        m_holding = false;
        if (!text.isEmpty() && prefix.startsWith(text)) {
            m_prefixMatched = int(text.size());
            m_holding = true;
            m_lastMs = ts;
            m_capturing = m_prefixMatched >= prefix.size();
            d.action = Action::Hold;
            return d;
        }
    }
    d.action = Action::Pass;
    return d;
}

} // namespace station::scan
