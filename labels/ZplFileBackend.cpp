// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/ZplFileBackend.h"

#include "labels/ZplEncoder.h"

#include <QFile>

namespace station::labels {

ZplFileBackend::ZplFileBackend(QString path)
    : m_path(std::move(path)) {}

QString ZplFileBackend::description() const {
    return tr("ZPL file %1").arg(m_path);
}

PrintResult ZplFileBackend::print(const PrintJob &job) {
    QString error;
    const QByteArray zpl = ZplEncoder::encode(job, &error);
    if (zpl.isEmpty())
        return PrintResult::failure(error);
    // Plain QFile, not QSaveFile: the path may be a device node.
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(zpl) != zpl.size())
        return PrintResult::failure(
            tr("Cannot write the ZPL to %1: %2").arg(m_path, file.errorString()));
    return PrintResult::success(tr("Saved %1.").arg(m_path));
}

} // namespace station::labels
