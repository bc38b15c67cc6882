// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/TableDialogs.h"

#include "widgets/ReasonDialog.h"
#include "widgets/printing/ReprintReasonDialog.h"

#include <QApplication>
#include <QInputDialog>
#include <QInputMethodQueryEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace station {

namespace {

// Answers an input method's "do you take input?" (Qt::ImEnabled) for the line it watches with
// no: that answer decides whether an input method gets the keys first, and Qt 6's line edit
// says yes whatever Qt::WA_InputMethodEnabled says. Every other query is the line's own.
class InputMethodOff : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() != QEvent::InputMethodQuery || !watched->isWidgetType())
            return false;
        auto *query = static_cast<QInputMethodQueryEvent *>(event);
        const auto *line = static_cast<QWidget *>(watched);
        for (int bit = 0; bit < 32; ++bit) {
            const auto one = Qt::InputMethodQuery(int(query->queries() & (1u << bit)));
            if (one)
                query->setValue(one, one == Qt::ImEnabled ? QVariant(false)
                                                          : line->inputMethodQuery(one));
        }
        query->accept();
        return true;
    }
};

} // namespace

TableDialogs::TableDialogs(QWidget *window, std::function<void(const QString &)> onScanTypedIn)
    : m_window(window)
    , m_onScanTypedIn(std::move(onScanTypedIn)) {}

std::optional<QString> TableDialogs::ask(const TableQuestion &question) {
    QWidget *parent = QApplication::activeModalWidget();
    if (!parent)
        parent = m_window;
    std::optional<QString> answer;
    switch (question.kind) {
    case TableQuestion::Kind::ConfirmRetest:
        if (confirmRetest(question, parent))
            answer = QStringLiteral("yes");
        break;
    case TableQuestion::Kind::ReprintReason: {
        widgets::ReprintReasonDialog dialog(question.subject, parent);
        if (m_onScanTypedIn)
            QObject::connect(&dialog, &widgets::ReprintReasonDialog::scanTypedIn, &dialog,
                             [this](const QString &code) { m_onScanTypedIn(code); });
        if (dialog.exec() == QDialog::Accepted)
            answer = dialog.reason();
        break;
    }
    case TableQuestion::Kind::Reason: {
        ReasonDialog dialog(question.title, question.text, question.choices, parent);
        if (m_onScanTypedIn)
            QObject::connect(&dialog, &ReasonDialog::scanTypedIn, &dialog,
                             [this](const QString &code) { m_onScanTypedIn(code); });
        if (dialog.exec() == QDialog::Accepted)
            answer = dialog.reason();
        break;
    }
    case TableQuestion::Kind::TubeCode: {
        QInputDialog dialog(parent);
        dialog.setProperty("tableQuestion", true); // large type (Theme)
        dialog.setWindowTitle(question.title);
        dialog.setLabelText(question.text);
        // A recall's question is several sentences: wrapped, not one line wider than the
        // screen.
        if (auto *label = dialog.findChild<QLabel *>()) {
            label->setWordWrap(true);
            label->setMinimumWidth(520); // a short question on one line, not wrapped narrow
        }
        dialog.setInputMode(QInputDialog::TextInput);
        // A scan may arrive while the question is open: an input method would swallow its
        // keys before the scanner's key filter sees them.
        if (auto *edit = dialog.findChild<QLineEdit *>()) {
            edit->setAttribute(Qt::WA_InputMethodEnabled, false);
            edit->setInputMethodHints(Qt::ImhLatinOnly | Qt::ImhNoPredictiveText);
            edit->installEventFilter(new InputMethodOff(edit));
        }
        // The tube-code question also takes a scanned tube code as its answer.
        dialog.setObjectName(QStringLiteral("tubeCodeQuestion"));
        m_tubeCodeQuestion = &dialog;
        if (dialog.exec() == QDialog::Accepted)
            answer = dialog.textValue();
        m_tubeCodeQuestion.clear();
        break;
    }
    }
    // The scan field takes the next scan.
    if (m_window && !QApplication::activeModalWidget())
        m_window->setFocus();
    return answer;
}

bool TableDialogs::answerWithScan(const QString &code) {
    if (!m_tubeCodeQuestion)
        return false;
    m_tubeCodeQuestion->setTextValue(code);
    m_tubeCodeQuestion->accept();
    return true;
}

bool TableDialogs::confirmRetest(const TableQuestion &question, QWidget *parent) {
    QMessageBox box(QMessageBox::Question, question.title, question.text, QMessageBox::NoButton,
                    parent);
    box.setObjectName(QStringLiteral("retestQuestion"));
    box.setProperty("tableQuestion", true); // large type (Theme)
    QPushButton *yes = box.addButton(tr("Yes, re-test"), QMessageBox::YesRole);
    yes->setObjectName(QStringLiteral("retestYes"));
    QPushButton *no = box.addButton(tr("No"), QMessageBox::NoRole);
    no->setObjectName(QStringLiteral("retestNo"));
    box.setDefaultButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace station
