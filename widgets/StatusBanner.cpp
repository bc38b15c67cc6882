// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/StatusBanner.h"

#include "widgets/Theme.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>

namespace station {

StatusBanner::StatusBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this)) {
    setObjectName(QStringLiteral("statusBanner"));
    setMinimumHeight(110);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(20);
    m_icon->setFixedSize(56, 56);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setAlignment(Qt::AlignVCenter | Qt::AlignLeft);
    QFont f = m_text->font();
    f.setPixelSize(theme::kBannerPixelSize);
    f.setBold(true);
    m_text->setFont(f);
    layout->addWidget(m_icon, 0, Qt::AlignVCenter);
    layout->addWidget(m_text, 1);
    showMessage(Look::Neutral, tr("Scan a tube to start."));
}

void StatusBanner::showOutcome(const ScanOutcome &outcome) {
    switch (outcome.tone) {
    case ScanOutcome::Tone::Success:
        showMessage(Look::Success, outcome.message);
        break;
    case ScanOutcome::Tone::Refusal:
        showMessage(Look::Refusal, outcome.message);
        break;
    case ScanOutcome::Tone::Attention:
        showMessage(Look::Attention, outcome.message);
        break;
    case ScanOutcome::Tone::Notice:
        showMessage(Look::Neutral, outcome.message);
        break;
    }
}

void StatusBanner::showMessage(Look look, const QString &text) {
    m_look = look;
    QString icon;
    QString bg;
    QString border;
    QString fg;
    switch (look) {
    case Look::Neutral:
        icon = QStringLiteral(":/icons/tube.svg");
        bg = theme::kNeutralBg;
        border = theme::kNeutralBorder;
        fg = theme::kNeutralText;
        break;
    case Look::Success:
        icon = QStringLiteral(":/icons/check.svg");
        bg = theme::kSuccessBg;
        border = theme::kSuccessBorder;
        fg = theme::kSuccessText;
        break;
    case Look::Refusal:
        icon = QStringLiteral(":/icons/cross.svg");
        bg = theme::kRefusalBg;
        border = theme::kRefusalBorder;
        fg = theme::kRefusalText;
        break;
    case Look::Attention:
        icon = QStringLiteral(":/icons/warning.svg");
        bg = theme::kAttentionBg;
        border = theme::kAttentionBorder;
        fg = theme::kAttentionText;
        break;
    }
    setStyleSheet(QStringLiteral("#statusBanner { background: %1; border: 3px solid %2; "
                                 "border-radius: 10px; } #bannerText { color: %3; }")
                      .arg(bg, border, fg));
    m_icon->setPixmap(QIcon(icon).pixmap(56, 56));
    m_text->setText(text);
    setAccessibleName(text);
}

QString StatusBanner::text() const {
    return m_text->text();
}

} // namespace station
