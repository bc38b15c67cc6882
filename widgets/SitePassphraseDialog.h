// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace station {

// Asked when the station starts: the site passphrase that unlocks personal data. Large type
// for a glance from a standing position, the passphrase shown as dots, Unlock only once
// something is typed, and after a wrong try why it was refused and how many tries are left.
class SitePassphraseDialog : public QDialog {
    Q_OBJECT
public:
    explicit SitePassphraseDialog(QWidget *parent = nullptr);

    // Why the last passphrase was refused (`reason`, e.g. "The site passphrase is wrong."),
    // and how many tries remain before the station closes; an empty reason hides the line.
    void setRefusal(const QString &reason, int triesLeft);
    QString refusalText() const;

    QString passphrase() const;
    QLineEdit *passphraseField() const { return m_passphrase; }
    QPushButton *unlockButton() const { return m_unlock; }

private:
    QLineEdit *m_passphrase;
    QLabel *m_refusal;
    QPushButton *m_unlock;
};

} // namespace station
