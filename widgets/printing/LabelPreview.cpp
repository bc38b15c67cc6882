// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/printing/LabelPreview.h"

#include "labels/LabelRenderer.h"

#include <QPainter>

namespace station::widgets {

namespace {
constexpr int kManifestPreviewDpi = 96; // a page preview does not need print resolution
constexpr int kPadding = 12;
} // namespace

LabelPreview::LabelPreview(QWidget *parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void LabelPreview::setJob(const labels::PrintJob &job) {
    labels::PrintJob preview = job;
    if (preview.isManifest())
        preview.dpi = kManifestPreviewDpi;
    m_error.clear();
    const labels::PrintResult checked = labels::LabelRenderer::check(preview);
    m_image = checked.ok ? labels::LabelRenderer::renderPage(preview, 0, &m_error) : QImage();
    if (!checked.ok)
        m_error = checked.userMessage;
    setToolTip(m_error);
    updateGeometry();
    update();
}

QSize LabelPreview::sizeHint() const {
    if (m_image.isNull())
        return {320, 160};
    return m_image.size().scaled(480, 480, Qt::KeepAspectRatio) + QSize(2 * kPadding, 2 * kPadding);
}

void LabelPreview::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const QRect area = rect().adjusted(kPadding, kPadding, -kPadding, -kPadding);
    if (m_image.isNull()) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                         m_error.isEmpty() ? tr("No label to preview.") : m_error);
        return;
    }
    QSize size = m_image.size().scaled(area.size(), Qt::KeepAspectRatio);
    if (size.width() > m_image.width() * 2) // never blow a label up past twice its dots
        size = m_image.size() * 2;
    const QRect target(area.center() - QPoint(size.width() / 2, size.height() / 2), size);
    painter.fillRect(target.translated(3, 3), QColor(0, 0, 0, 60)); // the label's shadow
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(target, m_image);
    painter.setPen(QColor(160, 160, 160));
    painter.drawRect(target.adjusted(0, 0, -1, -1));
}

} // namespace station::widgets
