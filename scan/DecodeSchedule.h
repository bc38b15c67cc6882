// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "scan/DecodedCode.h"

#include <QList>

namespace station::scan {

struct FrameSurvey;

// Which strategies a frame gets. A camera frame gets the plain pass; when that reads nothing,
// the strategies that fit what a cheap survey of the frame saw (afterPlain), which work on
// the code's region and so stay cheap, then one whole-frame strategy taken in turn (frame n:
// rotation[n mod k]), so whatever the survey misjudges is still tried within k frames. A
// still image gets every strategy.
class DecodeSchedule {
public:
    // The default rotation: inverted, deskewed, upscaled centre.
    DecodeSchedule();
    explicit DecodeSchedule(QList<DecodeStrategy> rotation);

    // Plain first, then rotation[frameIndex mod k] (when the rotation is not empty): the
    // schedule without a survey.
    QList<DecodeStrategy> forFrame(quint64 frameIndex) const;
    // A camera frame the plain pass could not read, in order: the strategies for what the
    // survey saw (a 2D code: its region inverted when it is light on dark, else enlarged, and
    // for a code smaller than `smallCodePx` both; a 1D barcode: deskewed), then this frame's
    // turn of the rotation, rotation[frameIndex mod k]. The decoder stops at the first that
    // reads a code.
    QList<DecodeStrategy> afterPlain(const FrameSurvey &survey, quint64 frameIndex,
                                     int smallCodePx = 192) const;
    // Every strategy, plain first: for still images.
    static QList<DecodeStrategy> all();

    const QList<DecodeStrategy> &rotation() const { return m_rotation; }

private:
    QList<DecodeStrategy> m_rotation;
};

} // namespace station::scan
