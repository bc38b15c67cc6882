// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/EntryMethod.h"
#include "scan/BarcodeDecoder.h"
#include "scan/Code128Confirmation.h"
#include "scan/DecodeSchedule.h"
#include "scan/DecodedCode.h"
#include "scan/ScanDebouncer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QThreadPool>
#include <QVideoFrame>

#include <atomic>
#include <functional>

QT_BEGIN_NAMESPACE
class QThread;
class QVideoSink;
QT_END_NAMESPACE

namespace station::scan {

// Decodes video frames off the GUI thread and turns what it sees into scans.
// Frames go to a one-thread pool; while a decode runs, new frames are dropped (a camera makes
// frames faster than a hard frame decodes, and the newest frame is the one worth reading).
// Results come back on the thread this object lives in (the GUI thread), pass through the
// Code128Confirmation and the ScanDebouncer, and leave as scanned() / oneCodeAtATime();
// codesFound() reports every frame's codes for overlays. Its scans are EntryMethod::Camera (a video
// file stands in for a camera).
class FrameDecodeWorker : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // monotonic milliseconds

    explicit FrameDecodeWorker(QObject *parent = nullptr);
    ~FrameDecodeWorker() override; // waits for a running decode to finish

    void setClock(Clock clock);
    void setDebounceWindowMs(qint64 windowMs) { m_debouncer.setWindowMs(windowMs); }
    qint64 debounceWindowMs() const { return m_debouncer.windowMs(); }
    void setSchedule(const DecodeSchedule &schedule) { m_schedule = schedule; }
    void setDecoderOptions(const BarcodeDecoder::Options &options);
    // A Code 128 read becomes a scan when it matches one of these (the site's tube and box
    // patterns) or when two frames agree on it (Code128Confirmation). Call from this object's
    // thread.
    void setTrustedCode128Patterns(const QStringList &patterns) {
        m_confirmation.setTrustedPatterns(patterns);
    }

    // Feeds frames from a sink, replacing any sink attached before (direct connection:
    // submit() is thread-safe, so frames do not queue up if the sink emits from a media thread).
    // Every frame of the sink is also passed on as frameArrived(), decoded or not.
    void attach(QVideoSink *sink);

    // Hands a frame over. Returns false, dropping the frame, while a decode is still running.
    // Safe to call from any thread.
    bool submit(const QVideoFrame &frame);

    // Blocks until the pool is idle (tests and the CLI; never from a GUI event handler).
    void waitForIdle();

    quint64 framesDecoded() const { return m_decoded.load(); }
    quint64 framesDropped() const { return m_dropped.load(); }
    void resetDebounce() {
        m_debouncer.reset();
        m_confirmation.reset();
    }
    // The thread that ran the last decode (to show it is not the GUI thread).
    QThread *lastDecodingThread() const { return m_lastThread.load(); }

Q_SIGNALS:
    // Each frame of the attached sink, on the sink's thread, whether or not it was dropped for
    // decoding (for a preview, which keeps only the newest; never slows the decoding down).
    void frameArrived(const QVideoFrame &frame);
    void scanned(const QString &text, station::EntryMethod method);
    void codesFound(const QList<station::scan::DecodedCode> &codes, QSize frameSize);
    // Translated notice: two different codes were in view and none was taken.
    void oneCodeAtATime(const QString &message);

private:
    void deliver(const QList<DecodedCode> &codes, QSize frameSize);

    BarcodeDecoder m_decoder;
    DecodeSchedule m_schedule;
    Code128Confirmation m_confirmation;
    ScanDebouncer m_debouncer;
    QElapsedTimer m_elapsed;
    Clock m_clock;
    QThreadPool m_pool;
    std::atomic_bool m_busy{false};
    std::atomic<quint64> m_frameIndex{0};
    std::atomic<quint64> m_decoded{0};
    std::atomic<quint64> m_dropped{0};
    std::atomic<QThread *> m_lastThread{nullptr};
    QPointer<QVideoSink> m_sink;
    QMetaObject::Connection m_sinkConnection;
};

} // namespace station::scan
