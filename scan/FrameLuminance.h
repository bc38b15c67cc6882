// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "scan/PixelView.h"

#include <QImage>
#include <QVideoFrame>

namespace station::scan {

// Holds a QVideoFrame mapped for reading and a PixelView of its luminance. For the planar YUV
// formats the Y plane is read in place; for YUYV/UYVY every second byte (pixel stride 2); for
// Y16/P010/P016 the high byte of each 16-bit sample; for 32-bit RGB the decoder takes the
// channels in place. Anything else (Jpeg, AYUV, YUV420P10...) is converted once with
// QVideoFrame::toImage(). Move-only; unmaps on destruction. Use on the decoding thread.
class FrameLuminance {
public:
    explicit FrameLuminance(const QVideoFrame &frame);
    ~FrameLuminance();
    FrameLuminance(const FrameLuminance &) = delete;
    FrameLuminance &operator=(const FrameLuminance &) = delete;

    bool isValid() const { return m_view.isValid(); }
    const PixelView &view() const { return m_view; }
    // True when the frame had to be converted to an image (no direct read for its format).
    bool converted() const { return !m_converted.isNull(); }

private:
    QVideoFrame m_frame;
    QImage m_converted;
    bool m_mapped = false;
    PixelView m_view;
};

} // namespace station::scan
