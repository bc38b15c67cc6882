// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/HidScanEventFilter.h"

#include "scan/Logging.h"

#include <QCoreApplication>
#include <QKeyEvent>

namespace station::scan {

namespace {

// The confirmation that no key is left queued: it must fire on time, this long after the
// marker came through.
constexpr int kConfirmMs = 10;
// Later than this, the loop stalled meanwhile and keys may be queued again: check again.
constexpr int kLateToleranceMs = 15;

// Posted when the hold timer expires; it comes through behind the events already queued.
class CatchUpMarker : public QEvent {
public:
    explicit CatchUpMarker(quint64 generation)
        : QEvent(type())
        , holdGeneration(generation) {}
    static QEvent::Type type() {
        static const auto registered = QEvent::Type(QEvent::registerEventType());
        return registered;
    }
    const quint64 holdGeneration;
};

bool isTerminatorKey(int key) {
    return key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab;
}

} // namespace

HidScanEventFilter::HidScanEventFilter(const HidBurstDecoder::Config &config, QObject *parent)
    : Scanner(parent)
    , m_decoder(config) {
    m_holdTimer.setSingleShot(true);
    connect(&m_holdTimer, &QTimer::timeout, this, &HidScanEventFilter::onHoldTimeout);
    m_confirmTimer.setSingleShot(true);
    connect(&m_confirmTimer, &QTimer::timeout, this, &HidScanEventFilter::onConfirmTimeout);
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
        const qint64 ts = qint64(key->timestamp());
        const int gap = m_decoder.config().maxGapMs;
        const bool endsSplitBurst =
            isTerminatorKey(key->key()) &&
            ((m_discarding && ts - m_discardLastMs <= gap) ||
             (m_releasedKeyMs != 0 && ts >= m_releasedKeyMs && ts - m_releasedKeyMs <= gap));
        if (endsSplitBurst ||
            m_decoder.wouldCompleteScan(key->text(), qint64(key->timestamp()), key->key())) {
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

bool HidScanEventFilter::discardsSplitBurst(QKeyEvent *key) {
    const qint64 ts = qint64(key->timestamp());
    const int gap = m_decoder.config().maxGapMs;
    const bool terminator = isTerminatorKey(key->key());
    if (m_discarding) {
        if (ts >= m_discardLastMs && ts - m_discardLastMs <= gap) {
            m_discardLastMs = ts;
            m_awaitingRelease.append(key->key());
            if (terminator)
                m_discarding = false; // the split burst's own end
            return true;
        }
        m_discarding = false;
    }
    if (m_releasedKeyMs == 0)
        return false;
    // Shift and other keys without text say nothing: the scanner's next character decides.
    if (key->text().isEmpty() && !terminator)
        return false;
    const bool continues = ts >= m_releasedKeyMs && ts - m_releasedKeyMs <= gap;
    m_releasedKeyMs = 0;
    if (!continues)
        return false;
    qCWarning(lcScan) << "A keyboard-wedge burst arrived split; its rest was discarded";
    m_discarding = !terminator;
    m_discardLastMs = ts;
    m_awaitingRelease.append(key->key());
    Q_EMIT incompleteScan();
    return true;
}

bool HidScanEventFilter::handleKeyPress(QObject *watched, QKeyEvent *key) {
    if (discardsSplitBurst(key))
        return true;
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
    if (m_held.isEmpty()) {
        m_holdTimer.stop();
        m_confirmTimer.stop();
    }
    switch (d.action) {
    case HidBurstDecoder::Action::Pass:
        return false;
    case HidBurstDecoder::Action::Hold:
        hold(watched, key);
        ++m_holdGeneration;
        m_confirmTimer.stop();
        m_holdTimer.start(m_decoder.holdTimeoutMs() + 15);
        return true;
    case HidBurstDecoder::Action::Consume:
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
    // The wall clock only says that no key came *through*: after a stall the rest of a burst
    // may be queued behind this timer. Decide once the queue has been worked off.
    postCatchUpMarker();
}

void HidScanEventFilter::postCatchUpMarker() {
    QCoreApplication::postEvent(this, new CatchUpMarker(m_holdGeneration));
}

void HidScanEventFilter::customEvent(QEvent *event) {
    if (event->type() != CatchUpMarker::type())
        return Scanner::customEvent(event);
    const auto *marker = static_cast<CatchUpMarker *>(event);
    if (marker->holdGeneration != m_holdGeneration || m_held.isEmpty())
        return; // keys came meanwhile and decided
    // Posted events are behind us; events of the window system may need one more pass.
    m_confirmArmed.start();
    m_confirmTimer.start(kConfirmMs);
}

void HidScanEventFilter::onConfirmTimeout() {
    if (m_held.isEmpty())
        return;
    if (m_confirmArmed.elapsed() > kConfirmMs + kLateToleranceMs) {
        postCatchUpMarker(); // the loop stalled again: keys may be queued again
        return;
    }
    releaseAsTyping();
}

void HidScanEventFilter::releaseAsTyping() {
    qint64 lastPressMs = 0;
    for (const HeldKey &k : std::as_const(m_held)) {
        if (k.type == QEvent::KeyPress)
            lastPressMs = qint64(k.timestamp);
    }
    releaseHeldKeys();
    m_releasedKeyMs = lastPressMs;
}

void HidScanEventFilter::releaseHeldKeys() {
    m_holdTimer.stop();
    m_confirmTimer.stop();
    m_releasedKeyMs = 0;
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
