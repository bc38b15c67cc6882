// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/FocusLostWarning.h"

#include <QIcon>
#include <QStyle>

namespace station {

FocusLostWarning::FocusLostWarning(QWidget *parent)
    : QPushButton(parent) {
    setObjectName(QStringLiteral("focusLostWarning"));
    setText(tr("Scanner input is not reaching the station: another window has the keyboard.\n"
               "Click here to scan again."));
    setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    setFocusPolicy(Qt::NoFocus);
    setCursor(Qt::PointingHandCursor);
    setLook(false, false);
}

void FocusLostWarning::fitRoom(QSize room) {
    setLook(false, false);
    // 600 pixels: a laptop screen at 125 %. Two lines of large type need the high bar.
    const bool lower = room.height() < 600;
    setLook(lower || sizeHint().width() > room.width(), lower);
}

void FocusLostWarning::setLook(bool smallerType, bool lower) {
    setIconSize(smallerType ? QSize(32, 32) : QSize(48, 48));
    setMinimumHeight(lower ? 72 : 110);
    // Seen from a metre away: saturated red, white bold type, not only a colour (icon, words).
    setStyleSheet(QStringLiteral("QPushButton#focusLostWarning { background: #c81e1e; "
                                 "color: #ffffff; font-size: %1px; font-weight: bold; "
                                 "border: 4px solid #7f1010; border-radius: 8px; padding: %2px; }")
                      .arg(smallerType ? 18 : 24)
                      .arg(lower ? 6 : 12));
}

} // namespace station
