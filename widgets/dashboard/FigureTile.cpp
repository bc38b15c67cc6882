// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dashboard/FigureTile.h"

#include "widgets/Theme.h"

#include <QLabel>
#include <QVBoxLayout>

namespace station::dashboard {

FigureTile::FigureTile(const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(QStringLiteral("—"), this))
    , m_note(new QLabel(this)) {
    setObjectName(QStringLiteral("figureTile"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(2);
    layout->setContentsMargins(12, 8, 12, 8);
    // Captions wrap rather than cut when five tiles share a narrow screen.
    m_caption->setWordWrap(true);
    m_caption->setStyleSheet(QStringLiteral("color: #4a5561;"));
    QFont valueFont = theme::scaledFont(m_value->font(), 2.0);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_note->setStyleSheet(QStringLiteral("color: #4a5561;"));
    m_note->setWordWrap(true);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_note);
    layout->addStretch();
}

void FigureTile::setValue(const QString &value, const QString &note) {
    m_value->setText(value);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void FigureTile::setStale(bool stale) {
    m_value->setStyleSheet(stale ? QStringLiteral("color: #9aa3ad;") : QString());
}

QString FigureTile::value() const {
    return m_value->text();
}

} // namespace station::dashboard
