// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ScanField.h"

#include "scan/HidBurstDecoder.h"

#include <QKeyEvent>

namespace station {

namespace {
// Gaps at scanner speed in a row that make a run no person types (four keys).
constexpr int kScannerSpeedGaps = 3;
// A scanner's fragment without its Enter this long is abandoned.
constexpr int kFragmentAbandonedMs = 1000;
} // namespace

ScanField::ScanField(QWidget *parent)
    : QLineEdit(parent)
    , m_fragmentTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("scanField"));
    m_fragmentTimer->setSingleShot(true);
    m_fragmentTimer->setInterval(kFragmentAbandonedMs);
    connect(m_fragmentTimer, &QTimer::timeout, this, [this] {
        if (m_scannerSpeed && !text().isEmpty())
            Q_EMIT fragmentAbandoned();
    });
    // Codes are Latin text and JSON: an input method would swallow or convert them.
    setAttribute(Qt::WA_InputMethodEnabled, false);
    setInputMethodHints(Qt::ImhLatinOnly | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    setClearButtonEnabled(false);
    // An emptied field starts a new code: the rhythm of what was there is gone with it.
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            forgetRhythm();
    });
}

QVariant ScanField::inputMethodQuery(Qt::InputMethodQuery query) const {
    if (query == Qt::ImEnabled)
        return false;
    return QLineEdit::inputMethodQuery(query);
}

void ScanField::forgetRhythm() {
    m_lastKeyMs = 0;
    m_fastGaps = 0;
    m_scannerSpeed = false;
    m_fragmentTimer->stop();
}

void ScanField::noteKeyTime(qint64 timestampMs) {
    if (timestampMs == 0)
        return;
    const int burstGapMs = scan::HidBurstDecoder::Config{}.maxGapMs;
    if (m_lastKeyMs != 0 && timestampMs >= m_lastKeyMs && timestampMs - m_lastKeyMs <= burstGapMs)
        ++m_fastGaps;
    else
        m_fastGaps = 0;
    m_lastKeyMs = timestampMs;
    if (m_fastGaps >= kScannerSpeedGaps)
        m_scannerSpeed = true;
    if (m_scannerSpeed)
        m_fragmentTimer->start();
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
    const bool enter = e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter;
    if (enter || (!e->text().isEmpty() && e->text().at(0).isPrint()))
        noteKeyTime(qint64(e->timestamp()));
    if (e->modifiers() == Qt::NoModifier && (e->key() == Qt::Key_Up || e->key() == Qt::Key_Down)) {
        Q_EMIT moveSelection(e->key() == Qt::Key_Up ? -1 : 1);
        return;
    }
    QLineEdit::keyPressEvent(e);
}

} // namespace station
