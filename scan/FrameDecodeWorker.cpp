// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/FrameDecodeWorker.h"

#include "scan/FrameLuminance.h"
#include "scan/Logging.h"

#include <QCoreApplication>
#include <QThread>
#include <QVideoSink>

namespace station::scan {

FrameDecodeWorker::FrameDecodeWorker(QObject *parent)
    : QObject(parent) {
    qRegisterMetaType<station::scan::DecodedCode>();
    qRegisterMetaType<QList<station::scan::DecodedCode>>();
    qRegisterMetaType<station::EntryMethod>();
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // keep the decoding thread: it is needed for every frame
    m_elapsed.start();
    m_clock = [this] { return m_elapsed.elapsed(); };
}

FrameDecodeWorker::~FrameDecodeWorker() {
    m_pool.waitForDone();
}

void FrameDecodeWorker::setClock(Clock clock) {
    m_clock = std::move(clock);
}

void FrameDecodeWorker::setDecoderOptions(const BarcodeDecoder::Options &options) {
    // Only between decodes: the pool reads m_decoder while it runs.
    waitForIdle();
    m_decoder = BarcodeDecoder(options);
}

void FrameDecodeWorker::attach(QVideoSink *sink) {
    if (sink == m_sink && m_sinkConnection)
        return; // already fed by it: a second connection would hand every frame over twice
    disconnect(m_sinkConnection);
    m_sink = sink;
    if (!sink)
        return;
    m_sinkConnection = connect(
        sink, &QVideoSink::videoFrameChanged, this,
        [this](const QVideoFrame &frame) {
            submit(frame);
            Q_EMIT frameArrived(frame);
        },
        Qt::DirectConnection);
}

bool FrameDecodeWorker::submit(const QVideoFrame &frame) {
    if (!frame.isValid())
        return false;
    bool expected = false;
    if (!m_busy.compare_exchange_strong(expected, true)) {
        ++m_dropped;
        return false;
    }
    const quint64 index = m_frameIndex++;
    m_pool.start([this, frame, index] {
        m_lastThread = QThread::currentThread();
        QList<DecodedCode> codes;
        QSize size;
        {
            const FrameLuminance luminance(frame);
            if (luminance.isValid()) {
                size = QSize(luminance.view().width, luminance.view().height);
                codes = m_decoder.decodeFrame(luminance.view(), m_schedule, index);
            } else {
                qCWarning(lcScan) << "Skipped a video frame that could not be read, format"
                                  << frame.pixelFormat();
            }
        }
        ++m_decoded;
        m_busy = false; // before delivery, so a caller reacting to the result may submit again
        // Back to this object's thread; dropped by Qt if this object is gone by then.
        QMetaObject::invokeMethod(
            this, [this, codes, size] { deliver(codes, size); }, Qt::QueuedConnection);
    });
    return true;
}

void FrameDecodeWorker::waitForIdle() {
    m_pool.waitForDone();
}

void FrameDecodeWorker::deliver(const QList<DecodedCode> &codes, QSize frameSize) {
    Q_EMIT codesFound(codes, frameSize);
    QString text;
    switch (m_debouncer.feed(m_confirmation.confirm(codes), m_clock(), &text)) {
    case ScanDebouncer::Outcome::Scan:
        Q_EMIT scanned(text, EntryMethod::Camera);
        break;
    case ScanDebouncer::Outcome::OneCodeAtATime:
        Q_EMIT oneCodeAtATime(
            tr("Two different codes are in view. Show one code at a time; none was taken."));
        break;
    case ScanDebouncer::Outcome::Nothing:
        break;
    }
}

} // namespace station::scan
