// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QPushButton>

namespace station {

// The bar across the table window while there are sync problems the site lead has not seen
// yet (a record the province refused through the hub, a tube code another table used too):
// calm amber, not the red of a scan refusal, but with a warning triangle and words ("2 new
// sync problems — press F7"), so it is not missed and not told by colour alone. Clicking it
// opens the list, as F7 does; it stays until the list is opened.
class SyncProblemsAlert : public QPushButton {
    Q_OBJECT
public:
    explicit SyncProblemsAlert(QWidget *parent = nullptr);

    // Shows the bar for `count` new problems; 0 hides it.
    void setNewProblems(qint64 count);
    qint64 newProblems() const { return m_count; }

private:
    qint64 m_count = 0;
};

} // namespace station
