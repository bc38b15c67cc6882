// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ReasonDialog.h"

#include "core/domain/FreeTextPrivacy.h"
#include "widgets/Theme.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace station {

ReasonDialog::ReasonDialog(const QString &title, const QString &question,
                           const QStringList &choices, QWidget *parent, int picked)
    : QDialog(parent)
    , m_other(new QLineEdit(this))
    , m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("reasonQuestion"));
    setProperty("tableQuestion", true); // large type (Theme)
    setWindowTitle(title);
    auto *text = new QLabel(question, this);
    text->setObjectName(QStringLiteral("reasonQuestionText"));
    text->setTextFormat(Qt::PlainText);
    // A recall's question is several sentences: wrapped, not one line wider than the screen.
    text->setWordWrap(true);
    text->setMinimumWidth(520); // a short question on one line, not wrapped narrow
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);

    if (!choices.isEmpty()) {
        m_choices = new QListWidget(this);
        m_choices->setObjectName(QStringLiteral("reasonChoices"));
        for (int i = 0; i < choices.size(); ++i) {
            // Numbered for the number keys; the number is not part of what is recorded.
            auto *item = new QListWidgetItem(
                i < 9 ? QStringLiteral("%1   %2").arg(i + 1).arg(choices.at(i)) : choices.at(i),
                m_choices);
            item->setData(Qt::UserRole, choices.at(i));
        }
        // Nothing picked, nor made current on focus: a stray Enter records nothing, and the
        // first Down picks the first reason.
        m_choices->setCurrentIndex(QModelIndex());
        // Unless one reason is the one that fits: picked, so Enter takes it.
        if (picked >= 0 && picked < m_choices->count())
            m_choices->setCurrentRow(picked);
        m_choices->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_choices->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_choices->installEventFilter(this);
        connect(m_choices, &QListWidget::itemDoubleClicked, this, &ReasonDialog::accept);
        connect(m_choices, &QListWidget::currentRowChanged, this, [this](int row) {
            if (row >= 0)
                m_other->clear();
        });
        layout->addWidget(m_choices);
        m_other->setPlaceholderText(tr("Or type another reason"));
    } else {
        m_other->setPlaceholderText(tr("Type the reason"));
    }
    m_other->setObjectName(QStringLiteral("reasonField"));
    // The input method stays on, and no Latin-only hint sends it to English: a reason is often
    // typed in Chinese (the hint, not the attribute, is what Qt 6's line edit tells an input
    // method; it answers ImEnabled by itself). A scan arriving meanwhile is still no reason: a
    // scanner in the input method's direct mode types keys, which the scanner's key filter
    // takes as a scan before the field sees them (and the table, asking, refuses it); one
    // whose keys the input method took arrives as committed text, which the filter below
    // keeps out of the reason (looksLikeScannedCode) and hands on as a scan.
    m_other->setAttribute(Qt::WA_InputMethodEnabled, true);
    m_other->setInputMethodHints(Qt::ImhNone);
    m_other->installEventFilter(this);
    connect(m_other, &QLineEdit::textEdited, this, [this](const QString &typed) {
        if (!typed.isEmpty())
            dropPick();
    });
    layout->addWidget(m_other);

    theme::setUpAnswerProblem(m_problem, QStringLiteral("reasonProblem"));
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (m_choices)
        m_choices->setFocus();
    else
        m_other->setFocus();
}

void ReasonDialog::showEvent(QShowEvent *event) {
    // Every reason in sight, never scrolled or squeezed when the message below appears;
    // measured once the large type of the style sheet is in force.
    if (m_choices) {
        m_choices->ensurePolished();
        int height = 2 * m_choices->frameWidth();
        for (int row = 0; row < m_choices->count(); ++row)
            height += m_choices->sizeHintForRow(row);
        m_choices->setFixedHeight(height);
    }
    QDialog::showEvent(event);
}

QString ReasonDialog::reason() const {
    const QString typed = m_other->text().trimmed();
    if (!typed.isEmpty() || !m_choices || !m_choices->currentItem() ||
        !m_choices->currentItem()->isSelected())
        return typed;
    return m_choices->currentItem()->data(Qt::UserRole).toString().trimmed();
}

void ReasonDialog::dropPick() {
    if (!m_choices)
        return;
    m_choices->setCurrentRow(-1);
    m_choices->clearSelection();
}

QString ReasonDialog::problemText() const {
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void ReasonDialog::accept() {
    if (reason().isEmpty()) {
        theme::showAnswerProblem(m_problem,
                                 m_choices ? tr("A reason is required: pick one with the arrow "
                                                "keys or its number, or type one.")
                                           : tr("A reason is required: type it."));
        // Back where the answer is given; what was typed (blanks included) stays.
        if (m_choices && m_other->text().isEmpty())
            m_choices->setFocus();
        else
            m_other->setFocus();
        return;
    }
    // Core refuses it too; said here, the words typed stay to be corrected.
    if (const QString personal = personalDataInFreeText(reason()); !personal.isEmpty()) {
        theme::showAnswerProblem(m_problem, personal);
        m_other->setFocus();
        return;
    }
    QDialog::accept();
}

bool ReasonDialog::looksLikeScannedCode(const QString &committed) {
    const QString text = committed.trimmed();
    if (text.startsWith(QLatin1Char('{')))
        return true; // a resident's code (JSON)
    // A tube or box code: Latin letters and digits at a stretch, no word of a reason.
    if (text.size() < 6 || text.contains(QLatin1Char(' ')))
        return false;
    bool digit = false;
    for (const QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
        digit = digit || c.isDigit();
    }
    return digit;
}

bool ReasonDialog::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_other && event->type() == QEvent::InputMethod) {
        auto *im = static_cast<QInputMethodEvent *>(event);
        if (looksLikeScannedCode(im->commitString())) {
            // Not written into the reason: the composition ends empty, and the scan goes where
            // every scan goes while a question is open (refused, and heard).
            QInputMethodEvent nothing;
            QCoreApplication::sendEvent(m_other, &nothing);
            theme::showAnswerProblem(m_problem,
                                     tr("A scanned code is not a reason: it was not written "
                                        "here. Pick a reason or type one."));
            Q_EMIT scanTypedIn(im->commitString().trimmed());
            return true;
        }
        return QDialog::eventFilter(watched, event);
    }
    if (!m_choices || event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_choices && key->modifiers() == Qt::NoModifier) {
        const int number = key->key() - Qt::Key_0;
        if (number >= 1 && number <= qMin(9, m_choices->count())) {
            m_choices->setCurrentRow(number - 1);
            return true;
        }
        // Typing in the list starts a reason of one's own: the key goes to the line.
        const QString text = key->text();
        if (!text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace() &&
            !text.at(0).isDigit()) {
            m_other->setFocus();
            m_other->insert(text);
            dropPick();
            return true;
        }
    }
    // Up/Down in the empty line pick as in the list, without leaving the line; in the list
    // with nothing picked they start at the first (last) reason.
    const bool nothingPicked = !m_choices->currentItem() || !m_choices->currentItem()->isSelected();
    if (((watched == m_other && m_other->text().isEmpty()) ||
         (watched == m_choices && nothingPicked)) &&
        (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
        const int last = m_choices->count() - 1;
        const int row = m_choices->currentRow();
        const bool up = key->key() == Qt::Key_Up;
        m_choices->setCurrentRow(nothingPicked ? (up ? last : 0)
                                               : qBound(0, row + (up ? -1 : 1), last));
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace station
