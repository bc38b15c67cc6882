// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/LabelRenderer.h"

#include "labels/LabelLayout.h"
#include "labels/ManifestLayout.h"

#include <QPainter>

namespace station::labels {

QSizeF LabelRenderer::pageSizeMm(const PrintJob &job) {
    if (job.isManifest())
        return ManifestLayout::pageSizeMm();
    return job.size.sizeMm();
}

int LabelRenderer::pageCount(const PrintJob &job) {
    if (const auto *manifest = std::get_if<BoxManifestData>(&job.content))
        return ManifestLayout(job.dpi).pageCount(*manifest);
    return 1;
}

PrintResult LabelRenderer::check(const PrintJob &job) {
    if (job.dpi < 72 || job.dpi > 2400)
        return PrintResult::failure(
            tr("A printer resolution of %1 dpi is not supported.").arg(job.dpi));
    if (job.copies < 1 || job.copies > 999)
        return PrintResult::failure(
            tr("Copies must be between 1 and 999 (not %1).").arg(job.copies));
    if (const auto *tube = std::get_if<TubeLabelData>(&job.content))
        return LabelLayout(job.size, job.dpi).checkTube(*tube);
    if (const auto *box = std::get_if<BoxLabelData>(&job.content))
        return LabelLayout(job.size, job.dpi).checkBox(*box);
    const auto &manifest = std::get<BoxManifestData>(job.content);
    return ManifestLayout(job.dpi).check(manifest);
}

PrintResult LabelRenderer::paintPage(QPainter &painter, const PrintJob &job, int page) {
    if (const auto *tube = std::get_if<TubeLabelData>(&job.content))
        return LabelLayout(job.size, job.dpi).paintTube(painter, *tube);
    if (const auto *box = std::get_if<BoxLabelData>(&job.content))
        return LabelLayout(job.size, job.dpi).paintBox(painter, *box);
    const auto &manifest = std::get<BoxManifestData>(job.content);
    return ManifestLayout(job.dpi).paintPage(painter, manifest, page);
}

QImage LabelRenderer::renderPage(const PrintJob &job, int page, QString *error) {
    const QSizeF mm = pageSizeMm(job);
    QImage image(mmToDots(mm.width(), job.dpi), mmToDots(mm.height(), job.dpi),
                 QImage::Format_Grayscale8);
    const int dotsPerMetre = static_cast<int>(job.dpi / 0.0254 + 0.5);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    QPainter painter(&image);
    const PrintResult result = paintPage(painter, job, page);
    painter.end();
    if (!result.ok) {
        if (error)
            *error = result.userMessage;
        return {};
    }
    return image;
}

} // namespace station::labels
