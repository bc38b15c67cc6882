// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/PdfFileBackend.h"

#include "labels/LabelRenderer.h"
#include "labels/Logging.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace station::labels {

PdfFileBackend::PdfFileBackend(QString path)
    : m_path(std::move(path)) {}

QString PdfFileBackend::description() const {
    return tr("PDF file %1").arg(m_path);
}

PrintResult PdfFileBackend::renderPdf(const PrintJob &job, QByteArray *pdf) {
    const PrintResult checked = LabelRenderer::check(job);
    if (!checked.ok)
        return checked;
    QBuffer buffer(pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Sampling Station"));
        writer.setResolution(job.dpi);
        const QSizeF mm = LabelRenderer::pageSizeMm(job);
        const QPageSize pageSize(mm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
        writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                         QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer))
            return PrintResult::failure(tr("The PDF could not be started."));
        const int pages = LabelRenderer::pageCount(job);
        for (int copy = 0; copy < job.copies; ++copy) {
            for (int page = 0; page < pages; ++page) {
                if ((copy > 0 || page > 0) && !writer.newPage())
                    return PrintResult::failure(tr("The PDF could not add a page."));
                const PrintResult painted = LabelRenderer::paintPage(painter, job, page);
                if (!painted.ok)
                    return painted;
            }
        }
        painter.end();
    }
    return PrintResult::success();
}

PrintResult PdfFileBackend::print(const PrintJob &job) {
    QByteArray pdf;
    const PrintResult rendered = renderPdf(job, &pdf);
    if (!rendered.ok)
        return rendered;
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        qCWarning(lcLabels) << "PDF write failed:" << file.errorString();
        return PrintResult::failure(
            tr("Cannot write the PDF to %1: %2").arg(m_path, file.errorString()));
    }
    return PrintResult::success(tr("Saved %1.").arg(m_path));
}

} // namespace station::labels
