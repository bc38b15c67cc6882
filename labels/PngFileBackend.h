// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "labels/LabelPrinter.h"

#include <QCoreApplication>
#include <QStringList>

namespace station::labels {

// Writes the job as PNG images at job.dpi (the dpi is stored in the file). One image per
// page and copy: the first is `path`, the next `name-2.png`, `name-3.png`...
class PngFileBackend final : public LabelPrinter {
    Q_DECLARE_TR_FUNCTIONS(station::labels::PngFileBackend)
public:
    explicit PngFileBackend(QString path);
    QString description() const override;
    PrintResult print(const PrintJob &job) override;

    // The files print() writes for `count` images.
    QStringList outputPaths(int count) const;

private:
    QString m_path;
};

} // namespace station::labels
