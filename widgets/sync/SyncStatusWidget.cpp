// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/sync/SyncStatusWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QTimer>
#include <QToolButton>

namespace station {

namespace {

QPixmap toneIcon(SyncTone tone, int size) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    const QRectF r(1, 1, size - 2, size - 2);
    switch (tone) {
    case SyncTone::Ok:
        p.setBrush(QColor(0x2e, 0x7d, 0x32)); // green circle
        p.drawEllipse(r);
        break;
    case SyncTone::Warn: {
        p.setBrush(QColor(0xf5, 0x9e, 0x0b)); // amber triangle
        const QPolygonF triangle{{r.center().x(), r.top()}, r.bottomRight(), r.bottomLeft()};
        p.drawPolygon(triangle);
        break;
    }
    case SyncTone::Alarm:
        p.setBrush(QColor(0xc6, 0x28, 0x28)); // red square
        p.drawRect(r);
        break;
    }
    return pixmap;
}

} // namespace

SyncStatusWidget::SyncStatusWidget(Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(std::move(clock))
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_syncNow(new QToolButton(this))
    , m_ageTimer(new QTimer(this)) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    layout->addWidget(m_syncNow);
    m_syncNow->setText(tr("Sync now"));
    m_syncNow->setToolTip(tr("Send the waiting records to the server now"));
    connect(m_syncNow, &QToolButton::clicked, this, &SyncStatusWidget::syncNowRequested);
    m_ageTimer->setInterval(60000);
    connect(m_ageTimer, &QTimer::timeout, this, &SyncStatusWidget::refresh);
    m_ageTimer->start();
    refresh();
}

void SyncStatusWidget::setStatus(const SyncStatus &status) {
    m_status = status;
    refresh();
}

void SyncStatusWidget::setBrief(bool brief) {
    if (brief == m_brief)
        return;
    m_brief = brief;
    refresh();
}

QString SyncStatusWidget::text() const {
    return m_text->text();
}

void SyncStatusWidget::refresh() {
    const QDateTime now = m_clock();
    m_tone = syncStatusTone(m_status, now);
    const int size = qMax(12, fontMetrics().height() - 2);
    m_icon->setPixmap(toneIcon(m_tone, size));
    const QString whole = syncStatusLine(m_status, now);
    m_text->setText(m_brief ? syncStatusLine(m_status, now, true) : whole);
    QString tip = m_status.lastError;
    if (tip.isEmpty())
        tip = tr("Every record is sent to the server exactly once; records stay on this "
                 "station until the server has acknowledged them.");
    // Shortened, the line's whole words lead the tooltip.
    setToolTip(m_text->text() == whole ? tip : whole + QLatin1Char('\n') + tip);
    m_icon->setAccessibleName(whole);
}

} // namespace station
