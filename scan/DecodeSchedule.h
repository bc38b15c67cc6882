// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "scan/DecodedCode.h"

#include <QList>

namespace station::scan {

// Which strategies a frame gets. A camera frame gets the plain pass plus one recovery strategy,
// taken in turn (frame n: strategy n mod k), so each frame stays cheap and a code that needs a
// particular strategy is still tried within k frames. A still image gets every strategy.
class DecodeSchedule {
public:
    // The default rotation: inverted, upscaled centre, try-harder.
    DecodeSchedule();
    explicit DecodeSchedule(QList<DecodeStrategy> rotation);

    // Plain first, then rotation[frameIndex mod k] (when the rotation is not empty).
    QList<DecodeStrategy> forFrame(quint64 frameIndex) const;
    // Every strategy, plain first: for still images.
    static QList<DecodeStrategy> all();

    const QList<DecodeStrategy> &rotation() const { return m_rotation; }

private:
    QList<DecodeStrategy> m_rotation;
};

} // namespace station::scan
