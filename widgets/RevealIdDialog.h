// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/StationIdentity.h"
#include "core/security/IdReveal.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace station {

// The resident whose number is asked for, as the table already shows them.
struct RevealSubject {
    QString sampleUuid;
    QString name;
    QString idMasked;
    QString tubeCode;
    int position = 0;
};

// The deliberate, audited full display of one ID number: the operator picks a purpose
// (and a note), re-enters their PIN, and sees the number in large type for a short time;
// then it is masked again. The PIN check runs on a worker thread; the record is written by
// IdReveal in one transaction before the number is shown.
class RevealIdDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kDefaultDisplayMs = 15000;

    RevealIdDialog(IdReveal &reveal, const OperatorRef &by, const RevealSubject &subject,
                   QWidget *parent = nullptr);
    ~RevealIdDialog() override;

    QComboBox *purposeField() const { return m_purpose; }
    QLineEdit *noteField() const { return m_note; }
    QLineEdit *pinField() const { return m_pin; }
    QPushButton *showButton() const { return m_show; }
    // The large number: masked, or the full number while it is shown.
    QString numberText() const;
    QString problemText() const;
    bool isChecking() const { return m_request.has_value(); }
    bool isShowingNumber() const;
    // The wrong PIN that locked the operator: the caller locks the station.
    bool operatorLocked() const { return m_operatorLocked; }
    void setDisplayDuration(int milliseconds) { m_displayMs = milliseconds; }

    void reject() override;

Q_SIGNALS:
    void numberShown();
    void numberHidden();

private:
    void submit();
    void onPinChecked();
    void showNumber(const QString &number);
    void hideNumber();
    void setChecking(bool checking);
    void updateCountdown();

    IdReveal &m_reveal;
    OperatorRef m_by;
    RevealSubject m_subject;
    QComboBox *m_purpose;
    QLineEdit *m_note;
    QLineEdit *m_pin;
    QPushButton *m_show;
    QLabel *m_problem;
    QLabel *m_number;
    QLabel *m_countdown;
    QTimer *m_hide;
    QTimer *m_tick;
    QFutureWatcher<bool> *m_check;
    std::optional<RevealRequest> m_request; // the reveal whose PIN is being checked
    QString m_fullNumber;                   // only while shown
    int m_displayMs = kDefaultDisplayMs;
    bool m_operatorLocked = false;
};

} // namespace station
