// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/printing/PrinterTestPage.h"

#include "core/domain/Sentences.h"
#include "labels/LabelPrinter.h"
#include "widgets/Logging.h"
#include "widgets/printing/StationPrinter.h"
#include "widgets/printing/SystemPrinterBackend.h"

#include <QTimer>
#include <QtConcurrent>

namespace station::widgets {

PrinterTestPage::PrinterTestPage(QObject *parent)
    : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<labels::PrintResult>::finished, this,
            [this] { report(m_watcher.result()); });
}

// A test label still printing is left to finish on its own: the window does not wait for it.
PrinterTestPage::~PrinterTestPage() = default;

labels::PrintJob PrinterTestPage::job(const labels::LabelSize &size, const QDateTime &printedAt) {
    labels::TubeLabelData label;
    label.tubeCode = QStringLiteral("PRINTER-TEST");
    label.siteName = tr("Printer test label");
    label.sealedOrOpened = printedAt;
    return labels::PrintJob::tube(label, size);
}

bool PrinterTestPage::print(const QString &printerName, const labels::LabelSize &size) {
    if (m_printing)
        return false;
    m_printing = true;
    const QString name = printerName.trimmed();
    QString error;
    const std::shared_ptr<labels::LabelPrinter> printer = StationPrinter::create(name, &error);
    if (!printer) {
        const labels::PrintResult refused = labels::PrintResult::failure(
            name.isEmpty() ? tr("No label printer is set up: enter a printer's name or address "
                                "above, then print the test label.")
                           : error);
        // Said the same way as a print's result: after print() has returned.
        QTimer::singleShot(0, this, [this, refused] { report(refused); });
        return true;
    }
    const labels::PrinterRegistry registry = StationPrinter::registry();
    const labels::PrinterKind *kind = registry.kindOf(name);
    const bool systemPrinter = kind && kind->prefix.isEmpty();
    const labels::PrintJob testJob = job(size, QDateTime::currentDateTime());
    m_watcher.setFuture(QtConcurrent::run([printer, testJob, systemPrinter] {
        labels::PrintResult result = printer->print(testJob);
        if (result.ok)
            return labels::PrintResult::success(
                tr("The test label was sent to %1.").arg(printer->description()));
        // No system printer at all: most often the printing service (CUPS) is not running.
        if (!result.ok && systemPrinter && SystemPrinterBackend::availablePrinters().isEmpty())
            result.userMessage = joinSentences(
                result.userMessage, tr("The system knows no printers at all: check that the "
                                       "printing service (CUPS) is running and that the "
                                       "printer is installed."));
        return result;
    }));
    return true;
}

void PrinterTestPage::report(const labels::PrintResult &result) {
    m_printing = false;
    if (!result.ok)
        qCWarning(lcUi) << "printer test label failed";
    Q_EMIT finished(result.ok, result.userMessage);
}

} // namespace station::widgets
