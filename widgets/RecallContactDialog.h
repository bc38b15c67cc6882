// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/StationIdentity.h"
#include "core/security/RecallContact.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace station {

// The site lead's call list for a recalled tube (待复核): after their PIN, the names and phone
// numbers of the tube's people sampled at this table who are still to be sampled again, in
// large type to read off while phoning them. The PIN check runs on a worker thread; the
// reveal is recorded by RecallContact in one transaction before anything is shown. Nothing
// can be selected, copied, printed or saved; closing the dialog forgets the list.
class RecallContactDialog : public QDialog {
    Q_OBJECT
public:
    // `table`: the tube's table label as the recall carries it.
    RecallContactDialog(RecallContact &contact, const OperatorRef &by, const QString &tube,
                        const QString &table, QWidget *parent = nullptr);
    ~RecallContactDialog() override;

    QLineEdit *pinField() const { return m_pin; }
    QPushButton *showButton() const { return m_show; }
    QTableWidget *contactTable() const { return m_table; }
    QString problemText() const;
    bool isChecking() const { return m_request.has_value(); }
    bool isShowingContacts() const;
    // The wrong PIN that locked the operator: the caller locks the station.
    bool operatorLocked() const { return m_operatorLocked; }

    void reject() override;

Q_SIGNALS:
    void contactsShown();

private:
    void submit();
    void onPinChecked();
    void showContacts(RecalledContacts contacts);
    void forget();
    void setChecking(bool checking);
    void refuse(const DomainError &error);

    RecallContact &m_contact;
    OperatorRef m_by;
    QString m_tube;
    QLabel *m_intro;
    QLabel *m_warning;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_pin;
    QPushButton *m_show;
    QLabel *m_problem;
    QLabel *m_others;
    QTableWidget *m_table;
    QFutureWatcher<bool> *m_check;
    std::optional<ContactRequest> m_request; // the reveal whose PIN is being checked
    RecalledContacts m_shown;                // only while shown
    bool m_operatorLocked = false;
};

} // namespace station
