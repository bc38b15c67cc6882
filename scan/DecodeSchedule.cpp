// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/DecodeSchedule.h"

namespace station::scan {

DecodeSchedule::DecodeSchedule()
    : m_rotation{DecodeStrategy::Inverted, DecodeStrategy::UpscaledCentre,
                 DecodeStrategy::TryHarder} {}

DecodeSchedule::DecodeSchedule(QList<DecodeStrategy> rotation)
    : m_rotation(std::move(rotation)) {
    m_rotation.removeAll(DecodeStrategy::Plain); // plain runs every frame anyway
}

QList<DecodeStrategy> DecodeSchedule::forFrame(quint64 frameIndex) const {
    QList<DecodeStrategy> list{DecodeStrategy::Plain};
    if (!m_rotation.isEmpty())
        list.append(m_rotation.at(int(frameIndex % quint64(m_rotation.size()))));
    return list;
}

QList<DecodeStrategy> DecodeSchedule::all() {
    return {DecodeStrategy::Plain, DecodeStrategy::Inverted, DecodeStrategy::UpscaledCentre,
            DecodeStrategy::TryHarder};
}

} // namespace station::scan
