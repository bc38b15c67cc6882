// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "table/ScanOutcome.h"

#include <QString>
#include <QStringList>

#include <functional>

#include <optional>

namespace station {

// A question the table's workflow must have answered before it goes on: the window shows
// a dialog, the command line prints it and reads the answer from its input. The workflow
// takes no scan while a question is open, except the code a TubeCode question asks for.
struct TableQuestion {
    enum class Kind {
        ConfirmRetest, // yes (any answer) or no (no answer): sample a person again today
        Reason,        // why a sample is undone or removed, a tube sealed early or voided
        ReprintReason, // why a label or manifest is printed a second time
        TubeCode,      // the code of a sealed tube (to void it), or of a new single tube
                       // for a recalled person (待复核)
    };
    Kind kind = Kind::Reason;
    QString title; // short, for a dialog's title
    QString text;  // the whole question, translated
    // What the question is about: the resident's name (ConfirmRetest) or the document,
    // e.g. "the label of tube X" (ReprintReason).
    QString subject;
    // Reasons a site gives often, offered to pick (a Reason); another may still be typed.
    // What is recorded is the text of the one picked, as if it had been typed.
    QStringList choices;
    // The choice picked as the question opens (-1: none, so a stray Enter records nothing):
    // the one reason that fits, e.g. a tube whose code another table used too, sealed early.
    int picked = -1;
    // A TubeCode question's check of an answer before it is taken: why it is no tube code
    // of this site (empty: it is). The dialog says it in place and stays open; the service
    // checks again when the answer is used.
    std::function<QString(const QString &)> problemWith;
    // What the table says while the question is open, as it opens: a recalled person (待复核)
    // is said loudly at once, not only once the question is answered or cancelled. The
    // question's own outcome follows its answer. Unset: the table says nothing new.
    std::optional<ScanOutcome> outcomeWhileOpen;
};

// Answers the workflow's questions. std::nullopt = cancelled or "no"; for a reason, the
// answer is trimmed by the workflow.
class TableAsker {
public:
    virtual ~TableAsker() = default;
    virtual std::optional<QString> ask(const TableQuestion &question) = 0;
    // A scan that arrived while the question is open: true when it answered the question
    // (a tube code for a TubeCode question); false leaves it to be refused.
    virtual bool answerWithScan(const QString &code) {
        Q_UNUSED(code);
        return false;
    }
};

} // namespace station
