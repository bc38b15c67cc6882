// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/sampling/TubeSnapshot.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace station {

class TableWorkflow;

// Hands a sealed box to the courier: who hands over (the operator, prefilled), who carries
// it, and the temperature, required once the box is 2 hours old. Keyboard only; a refusal
// from the table stays on screen and the dialog stays open.
class HandOverDialog : public QDialog {
    Q_OBJECT
public:
    HandOverDialog(TableWorkflow &table, const BoxSnapshot &box, QWidget *parent = nullptr);

    QLineEdit *handedOverByField() const { return m_handedOverBy; }
    QLineEdit *carriedByField() const { return m_carriedBy; }
    QLineEdit *temperatureField() const { return m_temperature; }
    QPushButton *printManifestButton() const { return m_printManifest; }
    QString errorText() const;

    void accept() override;

Q_SIGNALS:
    // Print the box's manifest with the hand-over fields as typed so far.
    void printManifestRequested(const station::HandOver &fields);

private:
    // The fields as a hand-over; nullopt (and the error shown) when the temperature is not
    // a number.
    std::optional<HandOver> readFields();
    void showError(const QString &message);

    TableWorkflow &m_table;
    BoxSnapshot m_box;
    QLineEdit *m_handedOverBy;
    QLineEdit *m_carriedBy;
    QLineEdit *m_temperature;
    QLabel *m_error;
    QPushButton *m_printManifest;
};

} // namespace station
