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
        Notice,    // information only (printing, nothing to print again): no sound
    };
    Tone tone = Tone::Refusal;
    QString message;
    bool recorded = false;   // something was written
    bool tubeSealed = false; // the tube was sealed (full, or early): its label goes on now
    // The answer to a scan (or a person typed in), not to a key or a dialog: a refusal stays
    // on screen until a scan is recorded.
    bool fromScan = false;
    // The tube the outcome is about (the open one, or the one just sealed) and how many
    // people it holds then; empty / -1 when the outcome concerns no tube.
    QString tube;
    int count = -1;
    // A recalled person (待复核, a positive or invalid pooled tube): said loudly, like a
    // refusal (refusal tone and sound, kept on screen), whether or not the sample alone was
    // recorded.
    bool recall = false;
    // About a tube whose code another table used too (SamplingService::sharedTubeCode): a
    // scan into it refused, the site's note that came while it was open, its early seal.
    // Each front end says how to seal it (a key at the window, a command at the CLI).
    bool tubeCodeShared = false;
    // The box this scan sealed: each front end says how it is handed over next (a key at
    // the window, a command at the CLI).
    QString sealedBox;
    // What became of that box's label and manifest, printed by themselves at the seal: each
    // front end says it, and how to print them later, in its own words.
    enum class BoxPapers { Unknown, NoPrinter, Sent, NotSent };
    BoxPapers boxPapers = BoxPapers::Unknown;
    // The printer took a print: it comes back by itself, later than the request, so it is
    // said quietly (no sound) and shown as done.
    bool printed = false;

    static ScanOutcome success(const QString &message, bool sealed = false) {
        ScanOutcome o;
        o.tone = sealed ? Tone::Attention : Tone::Success;
        o.message = message;
        o.recorded = true;
        o.tubeSealed = sealed;
        return o;
    }
    static ScanOutcome refusal(const QString &message) {
        ScanOutcome o;
        o.message = message;
        return o;
    }
    static ScanOutcome attention(const QString &message) {
        ScanOutcome o;
        o.tone = Tone::Attention;
        o.message = message;
        return o;
    }
    static ScanOutcome notice(const QString &message) {
        ScanOutcome o;
        o.tone = Tone::Notice;
        o.message = message;
        return o;
    }
    static ScanOutcome printDone(const QString &message) {
        ScanOutcome o = notice(message);
        o.printed = true;
        return o;
    }
    static ScanOutcome recallAlert(const QString &message, bool recorded) {
        ScanOutcome o;
        o.tone = Tone::Refusal;
        o.message = message;
        o.recorded = recorded;
        o.tubeSealed = recorded; // the single tube is sealed at once: its label goes on now
        o.recall = true;
        return o;
    }
    ScanOutcome &aboutTube(const QString &code, int people) {
        tube = code;
        count = people;
        return *this;
    }
};

} // namespace station

Q_DECLARE_METATYPE(station::ScanOutcome)
