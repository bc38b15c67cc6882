// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/PngFileBackend.h"

#include "labels/LabelRenderer.h"

#include <QFileInfo>
#include <QImage>
#include <QSaveFile>

namespace station::labels {

PngFileBackend::PngFileBackend(QString path)
    : m_path(std::move(path)) {}

QString PngFileBackend::description() const {
    return tr("PNG file %1").arg(m_path);
}

QStringList PngFileBackend::outputPaths(int count) const {
    QStringList paths{m_path};
    const QFileInfo info(m_path);
    const QString stem = info.path() + QLatin1Char('/') + info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("png") : info.suffix();
    for (int i = 2; i <= count; ++i)
        paths.append(QStringLiteral("%1-%2.%3").arg(stem).arg(i).arg(suffix));
    return paths;
}

PrintResult PngFileBackend::print(const PrintJob &job) {
    const PrintResult checked = LabelRenderer::check(job);
    if (!checked.ok)
        return checked;
    const int pages = LabelRenderer::pageCount(job);
    const QStringList paths = outputPaths(pages * job.copies);
    for (int i = 0; i < paths.size(); ++i) {
        QString error;
        const QImage image = LabelRenderer::renderPage(job, i % pages, &error);
        if (image.isNull())
            return PrintResult::failure(error);
        QSaveFile file(paths[i]);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            return PrintResult::failure(
                tr("Cannot write the image to %1: %2").arg(paths[i], file.errorString()));
    }
    return PrintResult::success(tr("Saved %n image(s).", nullptr, static_cast<int>(paths.size())));
}

} // namespace station::labels
