// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "scan/DecodedCode.h"
#include "scan/PixelView.h"

#include <QImage>
#include <QList>

namespace station::scan {

// Our one interface over ZXing-C++: nothing else in the project includes a ZXing header, so
// ZXing's API changes (DecodeHints becoming ReaderOptions in later releases) stay in the .cpp.
// Reads QR and Code 128 only. Stateless and reentrant: one instance may be used by one thread
// at a time; separate instances may run in parallel.
class BarcodeDecoder {
public:
    struct Options {
        // Size of the centre region that UpscaledCentre enlarges, as a fraction of each side.
        double centreFraction = 0.5;
        // Enlargement factor for UpscaledCentre.
        int upscale = 2;
        // Codes reported per pass at most (more than one lets callers notice two codes).
        int maxCodes = 4;
    };

    BarcodeDecoder();
    explicit BarcodeDecoder(const Options &options);

    // Runs the strategies in order and returns every distinct code (by format and text),
    // each tagged with the first strategy that found it. When stopWhenFound is true, the
    // strategies after the first one that finds anything are skipped (the camera path: a
    // frame where the plain pass already reads a code needs nothing more).
    QList<DecodedCode> decode(const PixelView &view, const QList<DecodeStrategy> &strategies,
                              bool stopWhenFound = false) const;
    QList<DecodedCode> decode(const QImage &image, const QList<DecodeStrategy> &strategies,
                              bool stopWhenFound = false) const;

    // One strategy alone (for tests and the benchmark's per-strategy figures).
    QList<DecodedCode> decodeWith(const PixelView &view, DecodeStrategy strategy) const;

    // A view of a QImage in a layout the decoder reads directly; otherwise a converted copy is
    // stored in `holder` and viewed.
    static PixelView viewOf(const QImage &image, QImage &holder);

private:
    Options m_options;
};

} // namespace station::scan
