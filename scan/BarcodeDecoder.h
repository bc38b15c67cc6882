// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "scan/DecodedCode.h"
#include "scan/PixelView.h"

#include <QImage>
#include <QList>

namespace station::scan {

class DecodeSchedule;
struct FrameSurvey;

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
        // A 2D-code region narrower or lower than this (frame pixels) is enlarged by `upscale`
        // before the region strategies decode it.
        int smallCodePx = 192;
        // The Deskewed strategy reads the survey's bar candidates as levelled strips (BarStrip),
        // Code 128 only; false: the earlier way, one levelled box in ZXing's fast mode (kept as
        // the peer of bench/decode's tube benchmark).
        bool barStrips = true;
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

    // A camera frame: the plain pass; when it reads nothing, the frame is surveyed
    // (surveyFrame) and gets the recovery strategies the schedule picks for what the survey
    // saw (DecodeSchedule::afterPlain), stopping at the first that reads a code. `surveyOut`
    // receives the survey when one was made (for the benchmark).
    QList<DecodedCode> decodeFrame(const PixelView &view, const DecodeSchedule &schedule,
                                   quint64 frameIndex, FrameSurvey *surveyOut = nullptr) const;

    // One strategy alone (for tests and the benchmark's per-strategy figures). The region
    // strategies and Deskewed use `survey`, or survey the frame themselves when it is null.
    QList<DecodedCode> decodeWith(const PixelView &view, DecodeStrategy strategy,
                                  const FrameSurvey *survey = nullptr) const;

    // ZXing's own defaults (try harder, rotations, downscaling, every format), as its
    // ZXingReader tool reads: the benchmark's peer, timed in the same process on the same
    // frames. Not for the application (downscaling can abort ZXing 1.4, see the .cpp).
    static QList<DecodedCode> decodeWithZXingDefaults(const PixelView &view);

    // A view of a QImage in a layout the decoder reads directly; otherwise a converted copy is
    // stored in `holder` and viewed.
    static PixelView viewOf(const QImage &image, QImage &holder);

private:
    // Deskewed with Options::barStrips: each bar candidate as a levelled strip, stopping at
    // the first that reads.
    void readBarStrips(const PixelView &view, const FrameSurvey &survey,
                       QList<DecodedCode> &out) const;

    Options m_options;
};

} // namespace station::scan
