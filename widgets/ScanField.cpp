// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ScanField.h"

#include <QKeyEvent>

namespace station {

ScanField::ScanField(QWidget *parent)
    : QLineEdit(parent) {
    setObjectName(QStringLiteral("scanField"));
    // Codes are Latin text and JSON: an input method would swallow or convert them.
    setAttribute(Qt::WA_InputMethodEnabled, false);
    setClearButtonEnabled(false);
}

bool ScanField::event(QEvent *e) {
    if (e->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(e);
        const QKeySequence pressed(key->keyCombination());
        for (const QKeySequence &s : std::as_const(m_shortcuts)) {
            if (s.matches(pressed) != QKeySequence::ExactMatch)
                continue;
            // Delete still edits while there is text to edit.
            if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier &&
                !text().isEmpty())
                break;
            e->ignore();
            return false;
        }
    }
    return QLineEdit::event(e);
}

void ScanField::keyPressEvent(QKeyEvent *e) {
    if (e->modifiers() == Qt::NoModifier && (e->key() == Qt::Key_Up || e->key() == Qt::Key_Down)) {
        Q_EMIT moveSelection(e->key() == Qt::Key_Up ? -1 : 1);
        return;
    }
    QLineEdit::keyPressEvent(e);
}

} // namespace station
