// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QtGlobal>

namespace station::scan {

// Byte order of one pixel in memory. Luminance takes one byte per pixel at pixelStride
// (which lets a YUYV/UYVY frame be read as luminance without a copy).
enum class PixelLayout { Luminance, RGB, BGR, RGBX, XRGB, BGRX, XBGR };

// A non-owning view of image memory: whoever made it keeps the memory alive while it is used.
struct PixelView {
    const uchar *data = nullptr;
    int width = 0;
    int height = 0;
    int rowStride = 0;   // bytes from one row to the next; 0 = width * pixelStride
    int pixelStride = 0; // bytes from one pixel to the next; 0 = natural size of the layout
    PixelLayout layout = PixelLayout::Luminance;

    bool isValid() const { return data && width > 0 && height > 0; }
};

} // namespace station::scan
