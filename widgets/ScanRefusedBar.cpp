// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ScanRefusedBar.h"

#include <QEvent>
#include <QMouseEvent>

namespace station {

ScanRefusedBar::ScanRefusedBar(QWidget *parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("scanRefusedBar"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setCursor(Qt::PointingHandCursor);
    // As high as its words: the window's spare room goes to its content.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setStyleSheet(QStringLiteral(
        "QLabel#scanRefusedBar { background: #c81e1e; color: #ffffff; font-size: 22px; "
        "font-weight: bold; border: 4px solid #7f1010; border-radius: 8px; padding: 10px; }"));
    hide();
}

void ScanRefusedBar::showRefusal(const QString &why, const QString &wayBack) {
    setText(QStringLiteral("✕ ") + why + QLatin1Char('\n') + wayBack);
    setAccessibleName(text());
    show();
}

bool ScanRefusedBar::event(QEvent *event) {
    // Its window was left for the table: the refusal was for the scan made there, and the
    // table says the rest.
    if (event->type() == QEvent::WindowDeactivate)
        hide();
    return QLabel::event(event);
}

void ScanRefusedBar::mouseReleaseEvent(QMouseEvent *event) {
    QLabel::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton)
        Q_EMIT clicked();
}

} // namespace station
