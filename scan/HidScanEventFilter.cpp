// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/HidScanEventFilter.h"

#include "scan/Logging.h"

#include <QCoreApplication>
#include <QKeyEvent>

namespace station::scan {

HidScanEventFilter::HidScanEventFilter(const HidBurstDecoder::Config &config, QObject *parent)
    : Scanner(parent)
    , m_decoder(config) {
    m_holdTimer.setSingleShot(true);
    connect(&m_holdTimer, &QTimer::timeout, this, &HidScanEventFilter::onHoldTimeout);
}

HidScanEventFilter::~HidScanEventFilter() {
    stop();
}

bool HidScanEventFilter::start() {
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return false;
    app->installEventFilter(this);
    return true;
}

void HidScanEventFilter::stop() {
    releaseHeldKeys();
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void HidScanEventFilter::setConfig(const HidBurstDecoder::Config &config) {
    releaseHeldKeys();
    m_decoder.setConfig(config);
}

void HidScanEventFilter::setEnabled(bool enabled) {
    if (!enabled)
        releaseHeldKeys();
    m_enabled = enabled;
}

bool HidScanEventFilter::isSeenAlready(QEvent *event) {
    auto *key = static_cast<QKeyEvent *>(event);
    const bool same =
        event == m_lastEvent && key->timestamp() == m_lastTimestamp && key->key() == m_lastKey;
    m_lastEvent = event;
    m_lastTimestamp = key->timestamp();
    m_lastKey = key->key();
    return same;
}

bool HidScanEventFilter::eventFilter(QObject *watched, QEvent *event) {
    if (!m_enabled || m_replaying)
        return false;
    switch (event->type()) {
    case QEvent::KeyPress:
        if (isSeenAlready(event))
            return false;
        return handleKeyPress(watched, static_cast<QKeyEvent *>(event));
    case QEvent::KeyRelease:
        if (isSeenAlready(event))
            return false;
        return handleKeyRelease(watched, static_cast<QKeyEvent *>(event));
    case QEvent::ShortcutOverride: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (m_decoder.wouldCompleteScan(key->text(), qint64(key->timestamp()), key->key())) {
            event->accept(); // deliver as a key press (which completes the scan), not a shortcut
            return true;
        }
        return false;
    }
    case QEvent::InputMethod:
        // Text from an input method is typing, never scan input.
        releaseHeldKeys();
        return false;
    default:
        return false;
    }
}

bool HidScanEventFilter::handleKeyPress(QObject *watched, QKeyEvent *key) {
    const auto d = m_decoder.feed(key->text(), qint64(key->timestamp()), key->key());
    if (d.releaseHeld)
        replay(std::exchange(m_held, {}));
    if (d.dropHeld) {
        for (const HeldKey &k : std::as_const(m_held)) {
            if (k.type == QEvent::KeyPress)
                m_awaitingRelease.append(k.key);
            else
                m_awaitingRelease.removeOne(k.key);
        }
        m_held.clear();
    }
    m_sinceLastKey.start();
    switch (d.action) {
    case HidBurstDecoder::Action::Pass:
        if (m_held.isEmpty())
            m_holdTimer.stop();
        return false;
    case HidBurstDecoder::Action::Hold:
        hold(watched, key);
        m_timerExtended = false;
        m_holdTimer.start(m_decoder.holdTimeoutMs() + 15);
        return true;
    case HidBurstDecoder::Action::Consume:
        m_holdTimer.stop();
        m_awaitingRelease.append(key->key());
        if (!d.scan.isEmpty()) {
            qCDebug(lcScan) << "Keyboard-wedge scan of" << d.scan.size() << "characters";
            Q_EMIT scanned(d.scan, EntryMethod::Scanner);
        }
        return true;
    }
    return false;
}

bool HidScanEventFilter::handleKeyRelease(QObject *watched, QKeyEvent *key) {
    if (m_awaitingRelease.removeOne(key->key()))
        return true; // the release of a key that went into a scan
    if (!m_held.isEmpty()) {
        hold(watched, key); // keep press/release order for the replay
        return true;
    }
    return false;
}

void HidScanEventFilter::hold(QObject *watched, QKeyEvent *key) {
    m_held.append({QPointer<QObject>(watched), int(key->type()), key->key(), key->modifiers(),
                   key->text(), key->isAutoRepeat(), key->nativeScanCode(), key->nativeVirtualKey(),
                   key->nativeModifiers(), key->timestamp()});
}

void HidScanEventFilter::onHoldTimeout() {
    // If the event loop stalled (a long GUI task), the rest of a burst may still be queued
    // behind this timer: give it one more period before calling the held keys typing.
    if (!m_timerExtended && m_sinceLastKey.elapsed() > 3 * (m_decoder.holdTimeoutMs() + 15)) {
        m_timerExtended = true;
        m_holdTimer.start(m_decoder.holdTimeoutMs() + 15);
        return;
    }
    releaseHeldKeys();
}

void HidScanEventFilter::releaseHeldKeys() {
    m_holdTimer.stop();
    m_decoder.flush();
    replay(std::exchange(m_held, {}));
}

void HidScanEventFilter::replay(const QList<HeldKey> &keys) {
    m_replaying = true;
    for (const HeldKey &k : keys) {
        if (!k.receiver)
            continue;
        QKeyEvent event(QEvent::Type(k.type), k.key, k.modifiers, k.nativeScanCode,
                        k.nativeVirtualKey, k.nativeModifiers, k.text, k.autoRepeat);
        event.setTimestamp(k.timestamp);
        QCoreApplication::sendEvent(k.receiver, &event);
    }
    m_replaying = false;
}

} // namespace station::scan
