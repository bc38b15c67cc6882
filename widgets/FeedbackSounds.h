// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "table/ScanOutcome.h"

#include <QObject>

class QSoundEffect;

namespace station {

// The two sounds of the table: a short high beep when something was recorded, two low
// beeps when it was refused. A missing audio device is silent, never an error.
class FeedbackSounds : public QObject {
    Q_OBJECT
public:
    explicit FeedbackSounds(bool enabled, QObject *parent = nullptr);

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    void play(ScanOutcome::Tone tone);

private:
    QSoundEffect *effect(bool success);

    bool m_enabled;
    QSoundEffect *m_success = nullptr;
    QSoundEffect *m_error = nullptr;
};

} // namespace station
