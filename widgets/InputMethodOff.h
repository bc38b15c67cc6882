// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace station {

// Keeps an input method out of `field`, for fields that take Latin letters and digits from a
// scanner or a keypad (a tube code, an ID number, a staff ID, a PIN): a Chinese input method
// left on would swallow a scanner's keys or a PIN's digits there. Qt::WA_InputMethodEnabled
// is turned off and, since Qt 6's line edit answers an input method's "do you take input?"
// (Qt::ImEnabled) with yes whatever that attribute says, a filter on the field answers it no.
// Every other query stays the field's own; its input method hints are the caller's.
void keepInputMethodOff(QWidget *field);

} // namespace station
