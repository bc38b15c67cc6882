// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QKeySequence>
#include <QLineEdit>

namespace station {

// The table screen's input line: a scanner without its own input path, or a person
// typing a code, ends with Enter. The screen's shortcuts (Ctrl+Z, Del...) win over the
// line edit's own editing keys so undo means "undo last person", and Up/Down move through
// the people in the tube.
class ScanField : public QLineEdit {
    Q_OBJECT
public:
    explicit ScanField(QWidget *parent = nullptr);

    void setScreenShortcuts(const QList<QKeySequence> &shortcuts) { m_shortcuts = shortcuts; }

Q_SIGNALS:
    void moveSelection(int delta);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QList<QKeySequence> m_shortcuts;
};

} // namespace station
