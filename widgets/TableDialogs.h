// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "table/TableQuestion.h"

#include <QCoreApplication>
#include <QPointer>
#include <QWidget>

#include <functional>

namespace station {

class TubeCodeDialog;

// Answers the table workflow's questions with dialogs over the window: a re-test question
// whose default is "No" (a scanner's trailing Enter must not confirm by accident), a reason
// (ReasonDialog: picked or typed, an empty one not taken), a line for a tube code (which a
// scanned tube code answers), the reprint reasons. Shown over
// the dialog that is open, if any (a manifest printed from the hand-over dialog asks over it).
class TableDialogs : public TableAsker {
    Q_DECLARE_TR_FUNCTIONS(station::TableDialogs)
public:
    // `onScanTypedIn` takes a scan that reached a reason's field through an input method
    // (ReasonDialog::scanTypedIn) as the window takes any scan: refused while a question is
    // open, loudly.
    // `onOutcome` shows what the table says while a question is open, as it opens
    // (TableQuestion::outcomeWhileOpen: a recalled person on the banner).
    explicit TableDialogs(QWidget *window, std::function<void(const QString &)> onScanTypedIn = {},
                          std::function<void(const ScanOutcome &)> onOutcome = {});

    std::optional<QString> ask(const TableQuestion &question) override;
    // A scanned tube code fills and accepts the open tube-code question.
    bool answerWithScan(const QString &code) override;

private:
    bool confirmRetest(const TableQuestion &question, QWidget *parent);

    QPointer<QWidget> m_window;
    std::function<void(const QString &)> m_onScanTypedIn;
    std::function<void(const ScanOutcome &)> m_onOutcome;
    QPointer<TubeCodeDialog> m_tubeCodeQuestion; // while a TubeCode question is open
};

} // namespace station
