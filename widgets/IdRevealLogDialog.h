// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/security/IdReveal.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace station {

// Who saw which full ID numbers at this table in the last days (the audit log's id.revealed
// rows, never a number), for a site lead: IdReveal::log() decides who may see it, and a
// refusal is shown in its words. One query over the audit log when the dialog opens.
class IdRevealLogDialog : public QDialog {
    Q_OBJECT
public:
    IdRevealLogDialog(const IdReveal &reveal, const OperatorRef &by, int days,
                      QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The refusal, or how many reveals are listed.
    QString message() const;

private:
    QTableWidget *m_table;
    QLabel *m_message;
};

} // namespace station
