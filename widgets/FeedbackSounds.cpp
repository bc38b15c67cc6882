// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/FeedbackSounds.h"

#include "widgets/Logging.h"

#include <QSoundEffect>
#include <QUrl>

namespace station {

FeedbackSounds::FeedbackSounds(bool enabled, QObject *parent)
    : QObject(parent)
    , m_enabled(enabled) {}

QSoundEffect *FeedbackSounds::effect(bool success) {
    // Created on first use so a station with sound off never touches the audio stack.
    QSoundEffect *&slot = success ? m_success : m_error;
    if (!slot) {
        slot = new QSoundEffect(this);
        slot->setSource(QUrl(success ? QStringLiteral("qrc:/sounds/success.wav")
                                     : QStringLiteral("qrc:/sounds/error.wav")));
        slot->setVolume(0.8f);
    }
    return slot;
}

void FeedbackSounds::play(ScanOutcome::Tone tone) {
    // A notice (printing, nothing to print again) is read, not heard.
    if (!m_enabled || tone == ScanOutcome::Tone::Notice)
        return;
    QSoundEffect *e = effect(tone != ScanOutcome::Tone::Refusal);
    if (e->status() == QSoundEffect::Error) {
        qCDebug(lcUi) << "feedback sound unavailable";
        return;
    }
    e->play();
}

} // namespace station
