// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace station::scan {

// Recognises the keystrokes of a USB keyboard-wedge scanner among a person's typing. Pure logic:
// keys come in with their text, event timestamp (ms) and Qt::Key code; the answer says what
// to do with each key. The caller holds keys that may belong to a scan and delivers them later
// if they turn out to be typing (HidScanEventFilter does this for the application).
//
// Two ways to tell a scan:
//  - Burst (no prefix configured): printable keys each arriving within maxGapMs of the one
//    before, at least minLength of them, ended by Enter/Return/Tab (or the suffix, when one is
//    configured). Scanners send a key every few ms; people type with gaps of 100 ms and more.
//  - Prefix: keys that spell the configured prefix start a capture that runs to the suffix (if
//    configured) or Enter/Tab; no timing needed. Keys not starting with the prefix are typing.
// After a scan, a terminator arriving within maxGapMs (a scanner sending CR+LF or a suffix
// followed by Enter) is swallowed as well.
class HidBurstDecoder {
public:
    struct Config {
        QString prefix;             // empty: burst mode
        QString suffix;             // empty: Enter/Return/Tab ends a scan
        int maxGapMs = 35;          // burst: the largest gap between the keys of one scan
        int minLength = 4;          // burst: the fewest characters a scan has (without the suffix)
        int captureTimeoutMs = 500; // prefix: a capture idle this long is abandoned as typing
    };

    enum class Action {
        Pass,    // an ordinary key: deliver it
        Hold,    // may be part of a scan: hold it back
        Consume, // part of a scan that ends here (scan is set) or its trailing terminator
    };

    struct Decision {
        // The keys held so far are typing after all: deliver them, oldest first, before acting
        // on this key. Set together with any action.
        bool releaseHeld = false;
        // Held keys belong to the scan completed by this key: drop them.
        bool dropHeld = false;
        Action action = Action::Pass;
        QString scan; // the scanned text, when this key completed a scan
    };

    HidBurstDecoder();
    explicit HidBurstDecoder(const Config &config);

    const Config &config() const { return m_config; }
    void setConfig(const Config &config);

    // One key press. `key` is a Qt::Key value; `text` is QKeyEvent::text().
    Decision feed(const QString &text, qint64 timestampMs, int key);

    // Would this key press complete a scan? (Used for ShortcutOverride, which precedes the
    // press: a scan's Enter must not trigger a default button or shortcut.) Changes nothing.
    bool wouldCompleteScan(const QString &text, qint64 timestampMs, int key) const;

    // No key came for a while (the caller's timer): the held keys are typing or an abandoned
    // capture. Returns true when there were held keys to release.
    bool flush();

    // True while keys are held back.
    bool holding() const { return m_holding; }
    // How long the caller should wait for the next key before calling flush().
    int holdTimeoutMs() const;

    void reset();

private:
    static bool isTerminator(int key);
    static bool isPrintable(const QString &text);
    Decision feedBurst(const QString &text, qint64 ts, int key);
    Decision feedPrefixed(const QString &text, qint64 ts, int key);

    Config m_config;
    QString m_buffer; // burst: held text; prefix: text captured after the prefix
    int m_prefixMatched = 0;
    bool m_capturing = false; // prefix mode: the whole prefix was seen
    bool m_holding = false;
    qint64 m_lastMs = 0;
    qint64 m_lastScanMs = 0;
    bool m_scanJustEnded = false;
};

} // namespace station::scan
