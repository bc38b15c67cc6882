// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/printing/SystemPrinterBackend.h"

#include "labels/LabelRenderer.h"
#include "widgets/Logging.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>

namespace station::widgets {

using labels::LabelRenderer;
using labels::PrintJob;
using labels::PrintResult;

SystemPrinterBackend::SystemPrinterBackend(QString printerName, int resolution)
    : m_printerName(std::move(printerName))
    , m_resolution(resolution) {}

QString SystemPrinterBackend::description() const {
    return tr("Printer %1").arg(m_printerName);
}

QStringList SystemPrinterBackend::availablePrinters() {
    return QPrinterInfo::availablePrinterNames();
}

QString SystemPrinterBackend::defaultPrinter() {
    return QPrinterInfo::defaultPrinterName();
}

PrintResult SystemPrinterBackend::print(const PrintJob &job) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(m_printerName);
    if (!printer.isValid() || printer.printerName() != m_printerName)
        return PrintResult::failure(
            tr("Printer \"%1\" is not available; check that it is installed and switched on, "
               "then retry.")
                .arg(m_printerName));
    if (m_resolution > 0)
        printer.setResolution(m_resolution);
    printer.setDocName(QStringLiteral("sampling-station"));
    printer.setCreator(QStringLiteral("Sampling Station"));
    printer.setFullPage(true);
    const QPageSize pageSize(LabelRenderer::pageSizeMm(job), QPageSize::Millimeter, QString(),
                             QPageSize::ExactMatch);
    printer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                      QPageLayout::Millimeter));

    // Lay out at the device's resolution so bars land on whole printer dots.
    PrintJob deviceJob = job;
    deviceJob.dpi = printer.resolution();
    const PrintResult checked = LabelRenderer::check(deviceJob);
    if (!checked.ok)
        return checked;

    // Let the printer make the copies when it can; otherwise repeat the pages ourselves.
    int repeats = 1;
    if (printer.supportsMultipleCopies()) {
        printer.setCopyCount(job.copies);
        printer.setCollateCopies(true);
    } else {
        repeats = job.copies;
    }

    QPainter painter;
    if (!painter.begin(&printer))
        return PrintResult::failure(
            tr("Printer \"%1\" did not accept the job; retry.").arg(m_printerName));
    const int pages = LabelRenderer::pageCount(deviceJob);
    for (int copy = 0; copy < repeats; ++copy) {
        for (int page = 0; page < pages; ++page) {
            if ((copy > 0 || page > 0) && !printer.newPage()) {
                painter.end();
                return PrintResult::failure(
                    tr("Printer \"%1\" stopped the job; retry.").arg(m_printerName));
            }
            const PrintResult painted = LabelRenderer::paintPage(painter, deviceJob, page);
            if (!painted.ok) {
                printer.abort();
                painter.end();
                return painted;
            }
        }
    }
    painter.end();
    if (printer.printerState() == QPrinter::Error) {
        qCWarning(lcUi) << "printing failed on the system printer";
        return PrintResult::failure(
            tr("Printer \"%1\" reported an error; retry.").arg(m_printerName));
    }
    return PrintResult::success(tr("Sent to %1.").arg(m_printerName));
}

} // namespace station::widgets
