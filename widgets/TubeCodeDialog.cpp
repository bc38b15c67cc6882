// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/TubeCodeDialog.h"

#include "widgets/InputMethodOff.h"
#include "widgets/Theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace station {

TubeCodeDialog::TubeCodeDialog(const QString &title, const QString &question,
                               std::function<QString(const QString &)> problemWith, QWidget *parent)
    : QDialog(parent)
    , m_problemWith(std::move(problemWith))
    , m_code(new QLineEdit(this))
    , m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("tubeCodeQuestion"));
    setProperty("tableQuestion", true); // large type (Theme)
    setWindowTitle(title);
    auto *text = new QLabel(question, this);
    text->setObjectName(QStringLiteral("tubeCodeQuestionText"));
    text->setTextFormat(Qt::PlainText);
    // A recall's question is several sentences: wrapped, not one line wider than the screen.
    text->setWordWrap(true);
    text->setMinimumWidth(520); // a short question on one line, not wrapped narrow
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);

    m_code->setObjectName(QStringLiteral("tubeCodeField"));
    // A scan may arrive while the question is open: an input method would swallow its keys
    // before the scanner's key filter sees them. A tube code is Latin letters and digits.
    keepInputMethodOff(m_code);
    m_code->setInputMethodHints(Qt::ImhLatinOnly | Qt::ImhNoPredictiveText);
    layout->addWidget(m_code);

    theme::setUpAnswerProblem(m_problem, QStringLiteral("tubeCodeProblem"));
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &TubeCodeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_code->setFocus();
}

QString TubeCodeDialog::code() const {
    return m_code->text().trimmed();
}

QString TubeCodeDialog::problemText() const {
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void TubeCodeDialog::answerWithScan(const QString &code) {
    m_code->setText(code);
    accept();
}

void TubeCodeDialog::accept() {
    // An empty line is a Cancel the keyboard gave: the workflow says nothing was done.
    const QString problem = code().isEmpty() || !m_problemWith ? QString() : m_problemWith(code());
    if (!problem.isEmpty()) {
        theme::showAnswerProblem(m_problem, problem);
        m_code->setFocus();
        m_code->selectAll(); // the next scan or typing replaces it
        return;
    }
    QDialog::accept();
}

} // namespace station
