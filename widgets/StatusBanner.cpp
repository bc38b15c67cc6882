// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/StatusBanner.h"

#include "core/domain/Sentences.h"
#include "widgets/Theme.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace station {

namespace {
constexpr int kIconSize = 64;
constexpr int kCompactIconSize = 44;
} // namespace

StatusBanner::StatusBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_text(new QLabel(this))
    , m_followUp(new QLabel(this))
    , m_count(new QLabel(this))
    , m_iconSize(kIconSize) {
    setObjectName(QStringLiteral("statusBanner"));
    auto *layout = new QHBoxLayout(this);
    m_headline->setObjectName(QStringLiteral("bannerHeadline"));
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_followUp->setObjectName(QStringLiteral("bannerFollowUp"));
    m_count->setObjectName(QStringLiteral("bannerCount"));
    for (QLabel *label : {m_headline, m_text, m_followUp, m_count}) {
        label->setTextFormat(Qt::PlainText);
        label->setAlignment(Qt::AlignVCenter | Qt::AlignLeft);
    }
    m_text->setWordWrap(true);
    m_followUp->setWordWrap(true);
    m_count->setAlignment(Qt::AlignVCenter | Qt::AlignRight);
    auto *words = new QVBoxLayout;
    words->setSpacing(2);
    // The smaller line beside the short headline, where the row has room: the banner grows
    // no taller for it, and on a laptop's short screen the buttons below keep theirs.
    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(m_headline, 0, Qt::AlignTop);
    top->addWidget(m_followUp, 1);
    words->addLayout(top);
    words->addWidget(m_text);
    layout->addWidget(m_icon, 0, Qt::AlignVCenter);
    layout->addLayout(words, 1);
    layout->addWidget(m_count, 0, Qt::AlignVCenter);
    setCompact(false);
    showMessage(Look::Neutral, tr("Scan a tube to start."));
}

void StatusBanner::setCompact(bool compact) {
    // The words shrink by a fifth at most: the banner is what staff read across the table.
    const int textSize = compact ? theme::kBannerPixelSize * 4 / 5 : theme::kBannerPixelSize;
    QFont f = m_text->font();
    f.setPixelSize(textSize);
    f.setBold(true);
    m_text->setFont(f);
    QFont small = f;
    small.setPixelSize(theme::kBodyPixelSize + (compact ? 1 : 3));
    // "✓ Done", "✕ REFUSED": the same mark in Chinese as in English.
    m_headline->setFont(theme::withOneFontForMarks(small));
    small.setBold(false);
    m_followUp->setFont(small);
    QFont big = f;
    big.setPixelSize(theme::kCountPixelSize * (compact ? 9 : 12) / 16);
    m_count->setFont(big);
    setMinimumHeight(compact ? 76 : 120);
    layout()->setContentsMargins(compact ? QMargins(16, 6, 16, 6) : QMargins(24, 12, 24, 12));
    layout()->setSpacing(compact ? 14 : 20);
    m_iconSize = compact ? kCompactIconSize : kIconSize;
    m_icon->setFixedSize(m_iconSize, m_iconSize);
    if (!m_iconPath.isEmpty())
        m_icon->setPixmap(QIcon(m_iconPath).pixmap(m_iconSize, m_iconSize));
}

void StatusBanner::showOutcome(const ScanOutcome &outcome) {
    switch (outcome.tone) {
    case ScanOutcome::Tone::Success:
        showMessage(Look::Success, outcome.message);
        break;
    case ScanOutcome::Tone::Refusal:
        showMessage(Look::Refusal, outcome.message);
        if (outcome.recall) {
            // Recorded or not, it must not be missed: the refusal's colours, but the warning's
            // shape, since the scan may well have been recorded (into a single tube).
            m_iconPath = QStringLiteral(":/icons/banner-recall.svg");
            m_icon->setPixmap(QIcon(m_iconPath).pixmap(m_iconSize, m_iconSize));
            m_headline->setText(tr("⚠ PENDING RE-CHECK (待复核)"));
            setAccessibleName(joinSentences(m_headline->text(), outcome.message));
        }
        break;
    case ScanOutcome::Tone::Attention:
        showMessage(Look::Attention, outcome.message);
        break;
    case ScanOutcome::Tone::Notice:
        if (outcome.printed) {
            // Done, like a success: a refusal about printing it is answered.
            showMessage(Look::Success, outcome.message);
            m_headline->setText(tr("✓ Printed"));
            setAccessibleName(joinSentences(m_headline->text(), outcome.message));
        } else {
            showMessage(Look::Neutral, outcome.message);
        }
        break;
    }
}

void StatusBanner::showMessage(Look look, const QString &text) {
    m_look = look;
    QString icon;
    QString headline;
    QString bg;
    QString border;
    QString fg;
    switch (look) {
    case Look::Neutral:
        icon = QStringLiteral(":/icons/tube.svg");
        headline = tr("Ready");
        bg = theme::kBannerIdleBg;
        border = theme::kBannerIdleBorder;
        fg = theme::kBannerIdleText;
        break;
    case Look::Success:
        icon = QStringLiteral(":/icons/banner-success.svg");
        headline = tr("✓ Done");
        bg = theme::kBannerSuccessBg;
        border = theme::kBannerSuccessBorder;
        fg = theme::kBannerOnColourText;
        break;
    case Look::Refusal:
        icon = QStringLiteral(":/icons/banner-refusal.svg");
        headline = tr("✕ REFUSED");
        bg = theme::kBannerRefusalBg;
        border = theme::kBannerRefusalBorder;
        fg = theme::kBannerOnColourText;
        break;
    case Look::Attention:
        icon = QStringLiteral(":/icons/banner-attention.svg");
        headline = tr("! Next step");
        bg = theme::kBannerAttentionBg;
        border = theme::kBannerAttentionBorder;
        fg = theme::kBannerAttentionText;
        break;
    }
    setStyleSheet(QStringLiteral("#statusBanner { background: %1; border: 3px solid %2; "
                                 "border-radius: 10px; } #statusBanner QLabel { color: %3; "
                                 "background: transparent; }")
                      .arg(bg, border, fg));
    m_iconPath = icon;
    m_icon->setPixmap(QIcon(icon).pixmap(m_iconSize, m_iconSize));
    m_headline->setText(headline);
    m_text->setText(text);
    setCountText({});
    setFollowUp({});
    setAccessibleName(joinSentences(headline, text));
}

void StatusBanner::setCountText(const QString &count) {
    m_count->setText(count);
    m_count->setVisible(!count.isEmpty());
}

void StatusBanner::setFollowUp(const QString &text) {
    m_followUp->setText(text);
    m_followUp->setVisible(!text.isEmpty());
}

QString StatusBanner::text() const {
    return m_text->text();
}

QString StatusBanner::headline() const {
    return m_headline->text();
}

QString StatusBanner::countText() const {
    return m_count->text();
}

QString StatusBanner::followUp() const {
    return m_followUp->text();
}

} // namespace station
