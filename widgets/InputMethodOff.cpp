// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/InputMethodOff.h"

#include <QInputMethodQueryEvent>
#include <QWidget>

namespace station {

namespace {

// Answers Qt::ImEnabled for the widget it watches with no; every other query is the widget's.
class InputMethodOff : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() != QEvent::InputMethodQuery || !watched->isWidgetType())
            return false;
        auto *query = static_cast<QInputMethodQueryEvent *>(event);
        const auto *field = static_cast<QWidget *>(watched);
        for (int bit = 0; bit < 32; ++bit) {
            const auto one = Qt::InputMethodQuery(int(query->queries() & (1u << bit)));
            if (one)
                query->setValue(one, one == Qt::ImEnabled ? QVariant(false)
                                                          : field->inputMethodQuery(one));
        }
        query->accept();
        return true;
    }
};

} // namespace

void keepInputMethodOff(QWidget *field) {
    field->setAttribute(Qt::WA_InputMethodEnabled, false);
    field->installEventFilter(new InputMethodOff(field));
}

} // namespace station
