// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "protocol/BoxAge.h"
#include "core/sampling/TubeSnapshot.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace station {

// The box being packed, or the sealed box waiting for the courier: its code, tubes and
// people, the tube codes, the 4-hour countdown from the earliest swab (words, icon shape
// and colour) and any difference the reconciliation finds.
class BoxPanel : public QFrame {
    Q_OBJECT
public:
    explicit BoxPanel(QWidget *parent = nullptr);

    void showBox(const BoxSnapshot &box, const Reconciliation &reconciliation,
                 const QDateTime &now);
    // Other sealed boxes that wait for the courier (after this one; a box of another table
    // with its table, "BX1 (Table 5)"); empty hides the line.
    void setOthersWaiting(const QStringList &boxCodes);

    QPushButton *printLabelButton() const { return m_printLabel; }
    QPushButton *printManifestButton() const { return m_printManifest; }
    QString othersWaitingText() const;

    QString boxCode() const { return m_boxCode; }
    BoxAgeState ageState() const { return m_ageState; }
    QString countdownText() const;
    QString reconciliationText() const;
    QString tubesText() const;

Q_SIGNALS:
    void printLabelRequested();
    void printManifestRequested();

private:
    QLabel *m_title;
    QLabel *m_code;
    QLabel *m_counts;
    QLabel *m_tubes;
    QLabel *m_ageIcon;
    QLabel *m_countdown;
    QLabel *m_reconciliation;
    QLabel *m_othersWaiting;
    QPushButton *m_printLabel;
    QPushButton *m_printManifest;
    QString m_boxCode;
    BoxAgeState m_ageState = BoxAgeState::Normal;
};

} // namespace station
