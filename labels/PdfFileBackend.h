// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "labels/LabelPrinter.h"

#include <QByteArray>
#include <QCoreApplication>

namespace station::labels {

// Writes the job to a PDF file: page size exactly the label (or A4), no margins, vector
// bars on whole printer dots at job.dpi. Each copy repeats the pages (collated).
class PdfFileBackend final : public LabelPrinter {
    Q_DECLARE_TR_FUNCTIONS(station::labels::PdfFileBackend)
public:
    explicit PdfFileBackend(QString path);
    QString description() const override;
    PrintResult print(const PrintJob &job) override;

    // The job as PDF bytes (used by the CUPS backend as well).
    static PrintResult renderPdf(const PrintJob &job, QByteArray *pdf);

private:
    QString m_path;
};

} // namespace station::labels
