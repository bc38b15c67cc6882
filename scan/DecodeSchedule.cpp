// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/DecodeSchedule.h"

#include "scan/FrameSurvey.h"

namespace station::scan {

DecodeSchedule::DecodeSchedule()
    // TryHarder is left out of the camera rotation: on the benchmark corpus it read almost
    // nothing the others miss, at the highest cost per frame (docs/benchmarks.md).
    : m_rotation{DecodeStrategy::Inverted, DecodeStrategy::Deskewed,
                 DecodeStrategy::UpscaledCentre} {}

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

QList<DecodeStrategy> DecodeSchedule::afterPlain(const FrameSurvey &survey, quint64 frameIndex,
                                                 int smallCodePx) const {
    QList<DecodeStrategy> list;
    if (survey.code.found) {
        const DecodeStrategy likely = survey.code.lightOnDark ? DecodeStrategy::InvertedRegion
                                                              : DecodeStrategy::UpscaledRegion;
        list << likely;
        // Around a small (far) code the cells next to it are partly the desk, which makes the
        // polarity a guess; its region is small, so the other polarity is cheap to try too.
        const QSize patch = survey.code.patch.size();
        if (patch.width() < smallCodePx || patch.height() < smallCodePx)
            list << (likely == DecodeStrategy::InvertedRegion ? DecodeStrategy::UpscaledRegion
                                                              : DecodeStrategy::InvertedRegion);
    }
    if (survey.bars.found || !survey.barCandidates.isEmpty())
        list << DecodeStrategy::Deskewed;
    // Last, this frame's turn of the whole-frame rotation: what the survey misjudged (or did
    // not see) is still tried with every strategy within k frames.
    if (!m_rotation.isEmpty()) {
        const DecodeStrategy turn = m_rotation.at(int(frameIndex % quint64(m_rotation.size())));
        if (!list.contains(turn))
            list << turn;
    }
    return list;
}

QList<DecodeStrategy> DecodeSchedule::all() {
    return {DecodeStrategy::Plain,         DecodeStrategy::Inverted,
            DecodeStrategy::Deskewed,      DecodeStrategy::UpscaledCentre,
            DecodeStrategy::TryHarder,     DecodeStrategy::InvertedRegion,
            DecodeStrategy::UpscaledRegion};
}

} // namespace station::scan
