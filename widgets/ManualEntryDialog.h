// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/ResidentCode.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace station {

// For residents without a code: name, document type, number (validated as it is typed,
// with the reason shown), phone. The number is accepted only when valid for its type.
class ManualEntryDialog : public QDialog {
    Q_OBJECT
public:
    ManualEntryDialog(const QDate &today, QWidget *parent = nullptr);

    // The entered person; valid only after the dialog was accepted.
    ResidentCode resident() const;

    QLineEdit *nameField() const { return m_name; }
    QComboBox *typeField() const { return m_type; }
    QLineEdit *numberField() const { return m_number; }
    QLineEdit *phoneField() const { return m_phone; }
    QString problemText() const;

private:
    void revalidate();
    QString phoneProblem() const;

    QDate m_today;
    QLineEdit *m_name;
    QComboBox *m_type;
    QLineEdit *m_number;
    QLineEdit *m_phone;
    QLabel *m_problem;
    QPushButton *m_ok;
    QString m_normalizedNumber;
};

} // namespace station
