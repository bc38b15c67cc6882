// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QListWidget;

namespace station {

// Asks the table workflow's "why?" (undo, remove, seal early, void): one of the usual
// reasons picked with the arrow keys or its number (gloved hands type badly), or a reason
// typed. Exactly one answer shows at a time: typing drops the pick, a pick empties the line.
// An empty answer keeps the dialog open with a message under the field and nothing lost;
// the rule that a reason is required stays with the workflow's service (the command line
// obeys it too): the dialog only spares the round trip to a refusal.
// The reason may be typed through an input method (Chinese); a scan is never taken as one.
class ReasonDialog : public QDialog {
    Q_OBJECT
public:
    // `picked`: the choice picked as it opens (Enter takes it); -1 none.
    ReasonDialog(const QString &title, const QString &question, const QStringList &choices,
                 QWidget *parent = nullptr, int picked = -1);

    QListWidget *choiceList() const { return m_choices; } // nullptr without choices
    QLineEdit *reasonField() const { return m_other; }
    // The typed reason when there is one, otherwise the picked one (trimmed; may be empty).
    QString reason() const;
    // Why the answer was not taken; empty while there is nothing to say.
    QString problemText() const;

    void accept() override;

    // Committed text of an input method that is a scanned code rather than typing: a
    // resident's code, or Latin letters and digits at a stretch with a digit among them.
    static bool looksLikeScannedCode(const QString &committed);

Q_SIGNALS:
    // A scan whose keys an input method took reached the field as committed text: it was
    // kept out of the reason; the receiver treats it as a scan (refused while a question is
    // open).
    void scanTypedIn(const QString &code);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void dropPick();

    QListWidget *m_choices = nullptr;
    QLineEdit *m_other;
    QLabel *m_problem;
};

} // namespace station
