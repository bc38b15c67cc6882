// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDialog>

class QComboBox;
class QLineEdit;

namespace station::widgets {

// Asked before a label or manifest is printed again: a common reason from the list, or the
// reason typed (through an input method too: a reason may be Chinese). Cancel prints nothing.
class ReprintReasonDialog : public QDialog {
    Q_OBJECT
public:
    // `what` names the document: "the label of tube GZ0000000001".
    ReprintReasonDialog(const QString &what, QWidget *parent = nullptr);

    QComboBox *choiceField() const { return m_choice; }
    QLineEdit *otherField() const { return m_other; }
    // The typed reason when there is one, otherwise the chosen one.
    QString reason() const;

Q_SIGNALS:
    // A scan whose keys an input method took reached the reason as committed text: kept out
    // of it (ReasonDialog::looksLikeScannedCode); the receiver treats it as a scan.
    void scanTypedIn(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QComboBox *m_choice;
    QLineEdit *m_other;
};

} // namespace station::widgets
