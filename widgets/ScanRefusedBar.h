// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QLabel>

namespace station {

// The red bar a window in front of the table (the dashboard, the sync problems list) shows
// when a scan made while it had the keyboard was not taken: where the eyes of whoever
// scanned are, "✕ why" over the way back to the table. Seen from a metre away, like the
// table's own red banner: white bold type on red, a sign as well as the colour; the words
// wrap on a narrow screen rather than widen the window. It goes when its window is left
// (the table then says the rest); clicking it is the way back (clicked()).
class ScanRefusedBar : public QLabel {
    Q_OBJECT
public:
    explicit ScanRefusedBar(QWidget *parent = nullptr);

    // Shows "✕ `why`" over `wayBack` (the keys that go back to the table, in the window's
    // own words).
    void showRefusal(const QString &why, const QString &wayBack);

Q_SIGNALS:
    void clicked();

protected:
    bool event(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
};

} // namespace station
