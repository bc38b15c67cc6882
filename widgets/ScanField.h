// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QKeySequence>
#include <QLineEdit>
#include <QTimer>

namespace station {

// The table screen's input line, where a person types a code and presses Enter (a handheld
// scanner's bursts are taken by the application's key filter and never land here). The
// screen's shortcuts (Ctrl+Z, Del...) win over the line edit's own editing keys so undo means
// "undo last person", and Up/Down move through the people in the tube.
//
// It keeps the rhythm of the keys that made its text, by their event timestamps: a run of
// keys at scanner speed (four keys, Enter included, each within the burst gap of the one
// before; no person types 30 keys a second) means part of a scan reached the field as typing,
// so the text is a fragment and must not be taken as a code. Keys without a timestamp (0:
// made by software, not a keyboard) carry no rhythm. Such a fragment left without its Enter
// for a second is abandoned (fragmentAbandoned()): it never stays in the field. Input methods are
// off: codes are Latin text, and an IME would swallow a scanner's keys before the key filter sees
// them.
class ScanField : public QLineEdit {
    Q_OBJECT
public:
    explicit ScanField(QWidget *parent = nullptr);

    void setScreenShortcuts(const QList<QKeySequence> &shortcuts) { m_shortcuts = shortcuts; }

    // Some keys of the text (or its Enter) came at scanner speed: a fragment of a scan.
    bool hasScannerSpeedKeys() const { return m_scannerSpeed; }

    // Answers an input method's "do you take input?" (Qt::ImEnabled) with no: that question
    // decides whether the input method gets the keys first, and Qt 6's line edit answers it
    // yes whatever Qt::WA_InputMethodEnabled says.
    using QLineEdit::inputMethodQuery;
    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;

Q_SIGNALS:
    void moveSelection(int delta);
    // Text with scanner-speed keys got no Enter for a second: the owner clears and refuses it.
    void fragmentAbandoned();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void noteKeyTime(qint64 timestampMs);
    void forgetRhythm();

    QList<QKeySequence> m_shortcuts;
    QTimer *m_fragmentTimer;
    qint64 m_lastKeyMs = 0;
    int m_fastGaps = 0;
    bool m_scannerSpeed = false;
};

} // namespace station
