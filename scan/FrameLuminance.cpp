// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/FrameLuminance.h"

#include "scan/BarcodeDecoder.h"
#include "scan/Logging.h"

#include <QGuiApplication>

namespace station::scan {

namespace {

// How the luminance of a format is read in place: layout, byte offset of the first sample and
// pixel stride. Qt 6's 32-bit format names give the byte order in memory.
struct DirectRead {
    bool ok = false;
    PixelLayout layout = PixelLayout::Luminance;
    int offset = 0;
    int pixelStride = 0;
};

DirectRead directReadFor(QVideoFrameFormat::PixelFormat format) {
    constexpr int highByte = Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? 1 : 0;
    switch (format) {
    case QVideoFrameFormat::Format_Y8:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
        return {true, PixelLayout::Luminance, 0, 1};
    case QVideoFrameFormat::Format_YUYV:
        return {true, PixelLayout::Luminance, 0, 2};
    case QVideoFrameFormat::Format_UYVY:
        return {true, PixelLayout::Luminance, 1, 2};
    case QVideoFrameFormat::Format_Y16:
    case QVideoFrameFormat::Format_P010: // 10 significant bits at the top of 16
    case QVideoFrameFormat::Format_P016:
        return {true, PixelLayout::Luminance, highByte, 2};
    case QVideoFrameFormat::Format_ARGB8888:
    case QVideoFrameFormat::Format_ARGB8888_Premultiplied:
    case QVideoFrameFormat::Format_XRGB8888:
        return {true, PixelLayout::XRGB, 0, 4};
    case QVideoFrameFormat::Format_BGRA8888:
    case QVideoFrameFormat::Format_BGRA8888_Premultiplied:
    case QVideoFrameFormat::Format_BGRX8888:
        return {true, PixelLayout::BGRX, 0, 4};
    case QVideoFrameFormat::Format_ABGR8888:
    case QVideoFrameFormat::Format_XBGR8888:
        return {true, PixelLayout::XBGR, 0, 4};
    case QVideoFrameFormat::Format_RGBA8888:
    case QVideoFrameFormat::Format_RGBX8888:
        return {true, PixelLayout::RGBX, 0, 4};
    default:
        return {};
    }
}

} // namespace

FrameLuminance::FrameLuminance(const QVideoFrame &frame)
    : m_frame(frame) {
    if (!m_frame.isValid())
        return;
    const DirectRead direct = directReadFor(m_frame.pixelFormat());
    if (direct.ok) {
        m_mapped = m_frame.map(QVideoFrame::ReadOnly);
        if (m_mapped && m_frame.bits(0)) {
            m_view.data = m_frame.bits(0) + direct.offset;
            m_view.width = m_frame.width();
            m_view.height = m_frame.height();
            m_view.rowStride = m_frame.bytesPerLine(0);
            m_view.pixelStride = direct.pixelStride;
            m_view.layout = direct.layout;
            return;
        }
        qCWarning(lcScan) << "Could not map a video frame of format" << m_frame.pixelFormat();
        if (m_mapped)
            m_frame.unmap();
        m_mapped = false;
    }
    // toImage() maps by itself (and decodes Jpeg frames). It needs a QGuiApplication (it may
    // use the GPU) and crashes without one, so a QCoreApplication-only process skips the frame.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        qCWarning(lcScan) << "Cannot convert a video frame of format" << m_frame.pixelFormat()
                          << "without a QGuiApplication";
        return;
    }
    m_converted = m_frame.toImage();
    if (m_converted.isNull())
        return;
    QImage grey;
    m_view = BarcodeDecoder::viewOf(m_converted, grey);
    if (!grey.isNull()) {
        m_converted = grey;
        m_view = BarcodeDecoder::viewOf(m_converted, grey);
    }
}

FrameLuminance::~FrameLuminance() {
    if (m_mapped)
        m_frame.unmap();
}

} // namespace station::scan
