// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "scan/HidBurstDecoder.h"
#include "scan/Scanner.h"

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QKeyEvent;
QT_END_NAMESPACE

namespace station::scan {

// Application-wide capture of keyboard-wedge scanners: start() installs it on the application
// (qApp->installEventFilter), stop() removes it.
//
// A scan is only known in hindsight (the burst's speed and its final Enter), so every key that
// may start or continue a scan is held back, not delivered. Then either
//  - the scan completes: the held keys are dropped and scanned() is emitted; nothing reaches
//    the focused widget, so a scan never lands in a text field; or
//  - it turns out to be typing (a gap longer than the burst gap, a non-printable key, or no
//    further key within the hold timeout): the held keys are replayed, in order, to the objects
//    they were meant for. A person's keys are delayed by at most the burst gap (35 ms).
// Key releases of held keys are held and replayed with them; those of a scan are dropped.
// ShortcutOverride for the Enter that completes a scan is accepted, so that Enter cannot fire a
// default button or shortcut.
// Input methods are kept out: QInputMethodEvent (e.g. committed Chinese text) is never taken
// as scan input; it releases any held keys and passes untouched. A scanner must therefore be
// used with the input method in direct (English) mode, which is how IMEs pass raw key presses.
class HidScanEventFilter : public Scanner {
    Q_OBJECT
public:
    explicit HidScanEventFilter(const HidBurstDecoder::Config &config = {},
                                QObject *parent = nullptr);
    ~HidScanEventFilter() override;

    bool start() override;
    void stop() override;

    void setConfig(const HidBurstDecoder::Config &config);
    const HidBurstDecoder::Config &config() const { return m_decoder.config(); }

    // Off: every key passes (e.g. while a dialog wants raw typing). Held keys are released.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // Releases held keys now (what the hold timer does). For tests and focus changes.
    void releaseHeldKeys();

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct HeldKey {
        QPointer<QObject> receiver;
        int type;
        int key;
        Qt::KeyboardModifiers modifiers;
        QString text;
        bool autoRepeat;
        quint32 nativeScanCode;
        quint32 nativeVirtualKey;
        quint32 nativeModifiers;
        ulong timestamp;
    };

    bool handleKeyPress(QObject *watched, QKeyEvent *key);
    bool handleKeyRelease(QObject *watched, QKeyEvent *key);
    void hold(QObject *watched, QKeyEvent *key);
    void onHoldTimeout();
    void replay(const QList<HeldKey> &keys);
    bool isSeenAlready(QEvent *event);

    HidBurstDecoder m_decoder;
    QList<HeldKey> m_held;
    QList<int> m_awaitingRelease; // keys of a scan whose releases are still to come
    QTimer m_holdTimer;
    QElapsedTimer m_sinceLastKey;
    bool m_enabled = true;
    bool m_replaying = false;
    bool m_timerExtended = false;
    // The last event handled: a key event propagated to parent widgets passes the application
    // filter again and must not be counted twice.
    const QEvent *m_lastEvent = nullptr;
    ulong m_lastTimestamp = 0;
    int m_lastKey = 0;
};

} // namespace station::scan
