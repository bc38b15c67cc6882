// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/sync/SyncProblemsAlert.h"

#include "widgets/Theme.h"

#include <QIcon>

namespace station {

SyncProblemsAlert::SyncProblemsAlert(QWidget *parent)
    : QPushButton(parent) {
    setObjectName(QStringLiteral("syncProblemsAlert"));
    setIcon(QIcon(QStringLiteral(":/icons/warning.svg")));
    setIconSize(QSize(28, 28));
    // The scan field keeps the keyboard: a scanner's Enter must never press this bar.
    setFocusPolicy(Qt::NoFocus);
    setCursor(Qt::PointingHandCursor);
    setStyleSheet(QStringLiteral("QPushButton#syncProblemsAlert { background: %1; color: %2; "
                                 "border: 2px solid %3; border-radius: 6px; font-size: %4px; "
                                 "font-weight: bold; padding: 4px 12px; text-align: left; }")
                      .arg(theme::kAttentionBg, theme::kAttentionText, theme::kAttentionBorder)
                      .arg(theme::kBodyPixelSize));
    hide();
}

void SyncProblemsAlert::setNewProblems(qint64 count) {
    m_count = qMax<qint64>(0, count);
    setText(tr("%n new sync problem(s) — press F7 to see what to do", nullptr, int(m_count)));
    setAccessibleName(text());
    setVisible(m_count > 0);
}

} // namespace station
