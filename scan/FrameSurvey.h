// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "scan/BarStrip.h"
#include "scan/BarcodeOrientation.h"
#include "scan/PixelView.h"

#include <QRect>

namespace station::scan {

// Where a 2D code (QR) seems to be: a patch of strong edges running in two directions.
struct CodeRegion {
    bool found = false;
    QRect box;                // the patch, padded for the quiet zone, in frame coordinates
    QRect patch;              // the patch's cells only
    bool lightOnDark = false; // the patch is brighter than what surrounds it (dark mode)
    double patchLuminance = 0;
    double surroundLuminance = 0;
    int cells = 0;
};

// Cheap statistics that decide which recovery strategy a camera frame gets when the plain
// pass finds nothing (DecodeSchedule::afterPlain): is there a 1D barcode at an angle, is there
// a 2D code, is it light on dark (a dark-mode phone), and how large is it. One pass over the
// frame (GradientCells), about a tenth of the cost of a decode pass.
struct FrameSurvey {
    BarcodeRegion bars;
    // Where 1D codes may be, found with a threshold that follows the frame (faded labels, dim
    // light), strongest first: what the Deskewed strategy reads as levelled strips.
    QList<BarCandidate> barCandidates;
    CodeRegion code;
};

FrameSurvey surveyFrame(const PixelView &view);

} // namespace station::scan
