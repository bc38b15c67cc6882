// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace station {

// On a page that scrolls (a QScrollArea's widget), a wheel turned over a combo box or a spin
// box scrolls the page instead of changing the value, until that box has the keyboard focus
// (clicked or tabbed into): someone scrolling through Settings with the mouse would otherwise
// change the serial baud rate or the idle lock under the pointer without noticing. Call once
// the page's boxes exist; boxes added later are not covered.
void keepWheelForScrolling(QWidget *page);

} // namespace station
