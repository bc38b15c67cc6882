// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QFrame>

class QLabel;
class QPushButton;

namespace station::widgets {

// A printer that is off or unreachable, on the table screen in large type: words, the
// crossed-out printer shape and the refusal colour, with Retry. It stays until the waiting
// prints went through, while scanning carries on.
class PrinterAlert : public QFrame {
    Q_OBJECT
public:
    explicit PrinterAlert(QWidget *parent = nullptr);

    // Shows the problem and how many prints wait; waiting == 0 hides the alert.
    void showProblem(const QString &message, int waiting);
    QString text() const;
    // Smaller type and button for a short laptop screen.
    void setCompact(bool compact);
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
};

} // namespace station::widgets
