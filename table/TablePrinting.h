// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/DomainError.h"
#include "core/sampling/LabelPrintLog.h"
#include "core/sampling/TubeSnapshot.h"
#include "labels/LabelSize.h"
#include "labels/PrintJob.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace station {

class SamplingService;
class StationSettings;

namespace labels {
class LabelPrinter;
class PrintQueue;
} // namespace labels

// Turns "print the label of tube X", "print the label / manifest of box Y" into print jobs
// filled from the station's records, sends them to the print queue (its own thread, so
// scanning never waits) and records each print in the audit log once the printer took it.
// A document already printed, or still on its way, is printed again only with a reason.
class TablePrinting : public QObject {
    Q_OBJECT
public:
    // Builds the station's printer from the label and manifest printer names of the
    // settings; nullptr with `*error` set when a name is not usable. The window's factory
    // also knows the system's printers; the command line's knows printer addresses only.
    using PrinterFactory = std::function<std::shared_ptr<labels::LabelPrinter>(
        const QString &labelPrinter, const QString &manifestPrinter, QString *error)>;

    TablePrinting(SamplingService &service, LabelPrintLog &log, labels::PrintQueue &queue,
                  QObject *parent = nullptr);

    // The printer (an address such as zpl://HOST or pdf:PATH, or a system printer's name)
    // and the label size from the station's settings. Returns why the printer cannot be
    // used (translated), empty when it can or none is set up.
    QString applySettings(const StationSettings &settings);
    void setPrinterFactory(PrinterFactory factory) { m_makePrinter = std::move(factory); }
    // How a box is found by its code for its label and manifest: the table's own view
    // (TableWorkflow::box: also boxes other tables sealed, from the site's facts). Without
    // one, the station's own boxes only.
    using BoxLookup = std::function<Result<BoxSnapshot>(const QString &boxCode)>;
    void setBoxLookup(BoxLookup lookup) { m_lookupBox = std::move(lookup); }
    // nullptr = no printer set up: prints are refused with a message saying so.
    void setPrinter(std::shared_ptr<labels::LabelPrinter> printer);
    bool hasPrinter() const { return m_hasPrinter; }
    QString printerDescription() const { return m_printerDescription; }
    void setLabelSize(const labels::LabelSize &size) { m_labelSize = size; }
    labels::LabelSize labelSize() const { return m_labelSize; }
    // The label printer's resolution (dots per inch).
    void setLabelDpi(int dpi) { m_labelDpi = dpi; }

    // Printed before (recorded in the audit log), or sent and on its way (not failed).
    bool wasPrinted(PrintedDocument document, const QString &code) const;
    // Sends a failed print of this document again instead of a second copy; false when
    // none failed.
    bool retryIfFailed(PrintedDocument document, const QString &code);

    // Sends the document to the printer; returns the job id. Refused when there is no
    // printer, the tube or box is unknown, or it was printed before and `reprintReason` is
    // empty (ErrorCode::ReasonRequired). `handOver` fills the manifest's hand-over block
    // with what is being typed at hand-over; otherwise the box's recorded hand-over is used.
    Result<int> print(PrintedDocument document, const QString &code,
                      const QString &reprintReason = {},
                      const std::optional<HandOver> &handOver = {});

    // The job as it would be printed (for previews and tests).
    Result<labels::PrintJob> jobFor(PrintedDocument document, const QString &code,
                                    const std::optional<HandOver> &handOver = {}) const;

    // Prints that failed and wait to be retried.
    int failedCount() const;
    int pendingCount() const { return static_cast<int>(m_jobs.size()); }
    QString lastFailure() const { return m_lastFailure; }
    // Sends every failed print again, to the printer set up now.
    void retryFailed();

    // "the label of tube X", "the manifest of box Y": for messages.
    static QString describe(PrintedDocument document, const QString &code);

Q_SIGNALS:
    // The printer took the job; `message` says what was printed where.
    void printed(int jobId, const QString &message);
    // The job failed; it is kept for retryFailed(). `message` says what is wrong.
    void failed(int jobId, const QString &message);
    // The printer took the job but the audit log could not record it (e.g. disk full).
    void recordFailed(const QString &message);
    // The set of failed jobs changed (a failure, a retry, a success).
    void problemsChanged();

private:
    struct Pending {
        PrintedDocument document;
        QString code;
        QString reason;
        int copies = 1;
        qint64 operatorId = 0;
        bool failed = false;
    };
    void onJobFinished(int id, const labels::PrintResult &result);

    SamplingService &m_service;
    PrinterFactory m_makePrinter;
    BoxLookup m_lookupBox;
    LabelPrintLog &m_log;
    labels::PrintQueue &m_queue;
    bool m_hasPrinter = false;
    QString m_printerDescription;
    labels::LabelSize m_labelSize = labels::LabelSize::defaultSize();
    int m_labelDpi = 203;
    QHash<int, Pending> m_jobs; // sent and not yet printed, failed ones included
    QString m_lastFailure;
};

} // namespace station
