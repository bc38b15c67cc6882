// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QPushButton>

namespace station {

// The large red bar across the table window while it does not have the keyboard during a
// shift: a handheld scanner types into whatever window has the keyboard, so its scans are
// not reaching the station. Clicking it (or anywhere in the window) brings the keyboard back.
class FocusLostWarning : public QPushButton {
    Q_OBJECT
public:
    explicit FocusLostWarning(QWidget *parent = nullptr);
    // Arranges the bar for the room its window has: smaller type where the large words
    // would be cut (a narrow screen), a lower bar on a short one. The words stay whole.
    void fitRoom(QSize room);

private:
    void setLook(bool smallerType, bool lower);
};

} // namespace station
