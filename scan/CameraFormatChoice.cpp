// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/CameraFormatChoice.h"

#include <cmath>

namespace station::scan {

namespace {

int pixelFormatRank(QVideoFrameFormat::PixelFormat f) {
    switch (f) {
    case QVideoFrameFormat::Format_Jpeg:
        return 0;
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_YUYV:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_UYVY:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YV12:
        return 1;
    case QVideoFrameFormat::Format_Y8:
        return 2;
    default:
        return 3;
    }
}

// Lower is better: how far the size is from 1280x720, sizes below 640x480 last.
double sizePenalty(QSize s) {
    if (s.width() < 640 || s.height() < 480 - 120) // 640x360 is the smallest 16:9 accepted
        return 1e9 - double(s.width()) * s.height();
    return std::abs(std::log(double(s.width()) * s.height() / (1280.0 * 720.0)));
}

} // namespace

int preferredCameraFormat(const QList<CameraFormatInfo> &formats) {
    int best = -1;
    auto better = [](const CameraFormatInfo &a, const CameraFormatInfo &b) {
        const double pa = sizePenalty(a.resolution), pb = sizePenalty(b.resolution);
        if (std::abs(pa - pb) > 1e-9)
            return pa < pb;
        const bool fastA = a.maxFrameRate >= 15, fastB = b.maxFrameRate >= 15;
        if (fastA != fastB)
            return fastA;
        const int ra = pixelFormatRank(a.pixelFormat), rb = pixelFormatRank(b.pixelFormat);
        if (ra != rb)
            return ra < rb;
        return a.maxFrameRate > b.maxFrameRate;
    };
    for (int i = 0; i < formats.size(); ++i) {
        if (best < 0 || better(formats.at(i), formats.at(best)))
            best = i;
    }
    return best;
}

} // namespace station::scan
