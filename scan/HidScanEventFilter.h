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
//  - it turns out to be typing: the next key's timestamp is more than the burst gap after the
//    last held key's, or a non-printable key comes, or no further key comes at all. The held
//    keys are replayed, in order, to the objects they were meant for.
// A burst is judged by the key events' own timestamps (the window system's time), never by
// the wall clock: a stalled event loop delivers a burst late, but with its timestamps intact.
// "No further key" is the only wall-clock decision, and it is taken only once the event loop
// has caught up: when the hold timer expires, a marker is posted behind whatever events are
// queued, and only when it comes through does a short confirmation timer run; if that timer
// fires late (the loop stalled again) the check starts over. So keys queued behind a stall
// always arrive before the held ones are called typing. A person's last key before a pause
// waits about 60 ms; every other typed key is released by the next key's timestamp.
// Should a burst still be split (a key continues, within the burst gap by its timestamp, keys
// already released as typing), the rest of the burst up to its Enter is swallowed and
// incompleteScan() is emitted: the station refuses it and clears the field; nothing is
// recorded from a part of a scan.
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

Q_SIGNALS:
    // A burst arrived in two parts, the first already delivered as typing: the rest was
    // swallowed. The receiver refuses the scan ("scan again") and clears what was typed.
    void incompleteScan();

protected:
    void customEvent(QEvent *event) override;

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
    void onConfirmTimeout();
    // Posts the marker that the hold check waits for, behind the events queued now.
    void postCatchUpMarker();
    void releaseAsTyping();
    // True (and the key swallowed) while the rest of a split burst is being discarded.
    bool discardsSplitBurst(QKeyEvent *key);
    void replay(const QList<HeldKey> &keys);
    bool isSeenAlready(QEvent *event);

    HidBurstDecoder m_decoder;
    QList<HeldKey> m_held;
    QList<int> m_awaitingRelease; // keys of a scan whose releases are still to come
    QTimer m_holdTimer;
    QTimer m_confirmTimer;
    QElapsedTimer m_confirmArmed;
    // Counts holds: a marker or confirmation from an earlier hold is stale.
    quint64 m_holdGeneration = 0;
    // The timestamp of the last key press released as typing by the hold check, while a key
    // continuing it within the burst gap would show a split burst (0: none).
    qint64 m_releasedKeyMs = 0;
    bool m_discarding = false;
    qint64 m_discardLastMs = 0;
    bool m_enabled = true;
    bool m_replaying = false;
    // The last event handled: a key event propagated to parent widgets passes the application
    // filter again and must not be counted twice.
    const QEvent *m_lastEvent = nullptr;
    ulong m_lastTimestamp = 0;
    int m_lastKey = 0;
};

} // namespace station::scan
