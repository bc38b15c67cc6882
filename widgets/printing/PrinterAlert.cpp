// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/printing/PrinterAlert.h"

#include "widgets/Theme.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>

namespace station::widgets {

PrinterAlert::PrinterAlert(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(this)) {
    setObjectName(QStringLiteral("printerAlert"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(20, 10, 20, 10);
    layout->setSpacing(16);
    m_icon->setFixedSize(48, 48);
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/printer-off.svg")).pixmap(48, 48));
    m_text->setObjectName(QStringLiteral("printerAlertText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);

    m_retry->setObjectName(QStringLiteral("printerRetry"));
    m_retry->setText(tr("Retry printing\nCtrl+R"));
    // The scan field keeps the focus: a scanner never types into this button.
    m_retry->setFocusPolicy(Qt::NoFocus);

    connect(m_retry, &QPushButton::clicked, this, &PrinterAlert::retryRequested);
    layout->addWidget(m_icon, 0, Qt::AlignVCenter);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    setStyleSheet(QStringLiteral("#printerAlert { background: %1; border: 3px solid %2; "
                                 "border-radius: 10px; } #printerAlertText { color: %3; }")
                      .arg(theme::kRefusalBg, theme::kRefusalBorder, theme::kRefusalText));
    setCompact(false);
    hide();
}

void PrinterAlert::setCompact(bool compact) {
    QFont f = m_text->font();
    f.setPixelSize(compact ? theme::kBodyPixelSize + 1 : theme::kBannerPixelSize * 3 / 4);
    f.setBold(true);
    m_text->setFont(f);
    m_retry->setMinimumHeight(compact ? 44 : 56);
    layout()->setContentsMargins(compact ? QMargins(16, 6, 16, 6) : QMargins(20, 10, 20, 10));
}

void PrinterAlert::showProblem(const QString &message, int waiting) {
    if (waiting <= 0) {
        m_text->clear();
        hide();
        return;
    }
    m_text->setText(
        tr("Printer problem: %1\n%n print(s) waiting. Scanning goes on; fix the printer, "
           "then press Retry (Ctrl+R).",
           nullptr, waiting)
            .arg(message));
    setAccessibleName(m_text->text());
    show();
}

QString PrinterAlert::text() const {
    return isHidden() ? QString() : m_text->text();
}

} // namespace station::widgets
