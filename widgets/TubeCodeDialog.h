// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace station {

// Asks the table workflow for a tube's code (the sealed tube to void; the new single tube
// of a recalled person, 待复核), typed or scanned. An answer that is no tube code of this
// site (a resident's code scanned into it, half a scan that arrived split) keeps the
// question open with the workflow's reason under the field, the text selected so that the
// next scan replaces it: a wrong answer closing the question lost the recall's warning.
class TubeCodeDialog : public QDialog {
    Q_OBJECT
public:
    // `problemWith` says why an answer is not taken (empty: it is); may be empty.
    TubeCodeDialog(const QString &title, const QString &question,
                   std::function<QString(const QString &)> problemWith, QWidget *parent = nullptr);

    QLineEdit *codeField() const { return m_code; }
    QString code() const;
    // Why the answer was not taken; empty while there is nothing to say.
    QString problemText() const;
    // A scanned tube code: into the field, then taken as Enter would take it.
    void answerWithScan(const QString &code);

    void accept() override;

private:
    std::function<QString(const QString &)> m_problemWith;
    QLineEdit *m_code;
    QLabel *m_problem;
};

} // namespace station
