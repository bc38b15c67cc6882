// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QMetaType>
#include <QString>

namespace station {

// What the table tells the operator after a scan or an action: a tone (never shown by
// colour alone; the banner adds an icon shape and words) and a message naming exactly what
// happened or what is wrong.
struct ScanOutcome {
    enum class Tone {
        Success,   // recorded
        Refusal,   // refused, nothing changed
        Attention, // recorded or read, but the operator must do something next
    };
    Tone tone = Tone::Refusal;
    QString message;
    bool recorded = false;   // something was written
    bool tubeSealed = false; // the tube reached its pool size and sealed itself

    static ScanOutcome success(const QString &message, bool sealed = false) {
        return {sealed ? Tone::Attention : Tone::Success, message, true, sealed};
    }
    static ScanOutcome refusal(const QString &message) { return {Tone::Refusal, message}; }
    static ScanOutcome attention(const QString &message) { return {Tone::Attention, message}; }
};

} // namespace station

Q_DECLARE_METATYPE(station::ScanOutcome)
