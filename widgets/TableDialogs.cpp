// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/TableDialogs.h"

#include "widgets/ReasonDialog.h"
#include "widgets/TubeCodeDialog.h"
#include "widgets/printing/ReprintReasonDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace station {

TableDialogs::TableDialogs(QWidget *window, std::function<void(const QString &)> onScanTypedIn,
                           std::function<void(const ScanOutcome &)> onOutcome)
    : m_window(window)
    , m_onScanTypedIn(std::move(onScanTypedIn))
    , m_onOutcome(std::move(onOutcome)) {}

std::optional<QString> TableDialogs::ask(const TableQuestion &question) {
    QWidget *parent = QApplication::activeModalWidget();
    if (!parent)
        parent = m_window;
    // Said before the dialog opens, so that the banner behind it already shows it.
    if (question.outcomeWhileOpen && m_onOutcome)
        m_onOutcome(*question.outcomeWhileOpen);
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
        ReasonDialog dialog(question.title, question.text, question.choices, parent,
                            question.picked);
        if (m_onScanTypedIn)
            QObject::connect(&dialog, &ReasonDialog::scanTypedIn, &dialog,
                             [this](const QString &code) { m_onScanTypedIn(code); });
        if (dialog.exec() == QDialog::Accepted)
            answer = dialog.reason();
        break;
    }
    case TableQuestion::Kind::TubeCode: {
        // The tube-code question also takes a scanned tube code as its answer.
        TubeCodeDialog dialog(question.title, question.text, question.problemWith, parent);
        m_tubeCodeQuestion = &dialog;
        if (dialog.exec() == QDialog::Accepted)
            answer = dialog.code();
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
    m_tubeCodeQuestion->answerWithScan(code);
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
