// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/WheelScrollsPage.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace station {

namespace {

class WheelToPage : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() != QEvent::Wheel)
            return false;
        const auto *box = qobject_cast<QWidget *>(watched);
        if (!box || box->hasFocus())
            return false;
        // To the page's scroll area, itself: Qt passes an unaccepted wheel event on to the
        // parents only when it came from the window system.
        for (QWidget *up = box->parentWidget(); up; up = up->parentWidget()) {
            if (auto *area = qobject_cast<QAbstractScrollArea *>(up)) {
                QCoreApplication::sendEvent(area->viewport(), event);
                return true;
            }
        }
        event->ignore();
        return true;
    }
};

} // namespace

void keepWheelForScrolling(QWidget *page) {
    auto *filter = new WheelToPage(page);
    QList<QWidget *> boxes;
    for (QComboBox *c : page->findChildren<QComboBox *>())
        boxes.append(c);
    for (QAbstractSpinBox *s : page->findChildren<QAbstractSpinBox *>())
        boxes.append(s);
    for (QWidget *box : boxes) {
        // The wheel alone gives them no focus (Qt::WheelFocus would); a box kept out of the
        // focus (the table's, which leave it to the scan field) stays so.
        if (box->focusPolicy() == Qt::WheelFocus)
            box->setFocusPolicy(Qt::StrongFocus);
        box->installEventFilter(filter);
    }
}

} // namespace station
