// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/sampling/TubeSnapshot.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace station {

class TableWorkflow;

// Hands sealed boxes to the courier: who hands over (the operator, prefilled), who carries
// them, and the temperature, required once a box is 2 hours old. With several boxes waiting
// (this table's and those other tables sealed: TableWorkflow::boxesToHandOver()) a list
// shows each one (code, table, tubes, people, sealed, the 4-hour limit in words and an icon)
// with a check box, all chosen at first; the courier takes the chosen ones in one action
// (TableWorkflow::handOverBoxes(), whose rules decide). Keyboard only (Space toggles the
// box in the list); a refusal from the table stays on screen and the dialog stays open with
// the boxes that were not handed over.
class HandOverDialog : public QDialog {
    Q_OBJECT
public:
    // `boxes`: the first is the box on screen; one box shows no list.
    HandOverDialog(TableWorkflow &table, const QList<BoxSnapshot> &boxes,
                   QWidget *parent = nullptr);

    QLineEdit *handedOverByField() const { return m_handedOverBy; }
    QLineEdit *carriedByField() const { return m_carriedBy; }
    QLineEdit *temperatureField() const { return m_temperature; }
    QPushButton *printManifestButton() const { return m_printManifest; }
    QPushButton *handOverButton() const { return m_handOver; }
    // The list of boxes to choose from; nullptr with one box.
    QTableWidget *boxList() const { return m_list; }
    // The codes of the boxes the courier takes now.
    QStringList chosenBoxCodes() const;
    // Chooses or leaves the box `code`; false when it is not in the list.
    bool setChosen(const QString &code, bool chosen);
    QString errorText() const;

    void accept() override;

Q_SIGNALS:
    // Print the manifest of box `boxCode` with the hand-over fields as typed so far.
    void printManifestRequested(const QString &boxCode, const station::HandOver &fields);

private:
    void fillList();
    // The button, the intro and the temperature's hint follow what is chosen.
    void updateForChoice();
    // The fields as a hand-over; nullopt (and the error shown) when the temperature is not
    // a number.
    std::optional<HandOver> readFields();
    void showError(const QString &message);

    TableWorkflow &m_table;
    QList<BoxSnapshot> m_boxes;
    QLabel *m_intro;
    QTableWidget *m_list = nullptr;
    QLineEdit *m_handedOverBy;
    QLineEdit *m_carriedBy;
    QLineEdit *m_temperature;
    QLabel *m_error;
    QPushButton *m_printManifest = nullptr;
    QPushButton *m_handOver = nullptr;
};

} // namespace station
