// SPDX-License-Identifier: GPL-3.0-or-later
#include "table/TablePrinting.h"
#include "core/TableLabel.h"

#include "core/sampling/SamplingService.h"
#include "core/settings/StationSettings.h"
#include "labels/LabelPrinter.h"
#include "labels/PrintQueue.h"
#include "table/Logging.h"

#include <QtNumeric>

namespace station {

namespace {

// Labels and manifests print the station's local time, as staff read the clock.
QDateTime local(const QDateTime &t) {
    return t.isValid() ? t.toLocalTime() : t;
}

} // namespace

TablePrinting::TablePrinting(SamplingService &service, LabelPrintLog &log,
                             labels::PrintQueue &queue, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_log(log)
    , m_queue(queue) {
    connect(&m_queue, &labels::PrintQueue::jobFinished, this, &TablePrinting::onJobFinished);
}

QString TablePrinting::applySettings(const StationSettings &settings) {
    setLabelSize(
        labels::LabelSize::parse(settings.labelSize()).value_or(labels::LabelSize::defaultSize()));
    QString error;
    setPrinter(m_makePrinter
                   ? m_makePrinter(settings.printerName(), settings.manifestPrinterName(), &error)
                   : nullptr);
    return error;
}

void TablePrinting::setPrinter(std::shared_ptr<labels::LabelPrinter> printer) {
    m_hasPrinter = printer != nullptr;
    m_printerDescription = printer ? printer->description() : QString();
    m_queue.setPrinter(std::move(printer));
}

QString TablePrinting::describe(PrintedDocument document, const QString &code) {
    switch (document) {
    case PrintedDocument::TubeLabel:
        return tr("the label of tube %1").arg(code);
    case PrintedDocument::BoxLabel:
        return tr("the label of box %1").arg(code);
    case PrintedDocument::BoxManifest:
        return tr("the manifest of box %1").arg(code);
    }
    return code;
}

bool TablePrinting::wasPrinted(PrintedDocument document, const QString &code) const {
    for (const Pending &p : m_jobs) {
        if (!p.failed && p.document == document && p.code == code)
            return true;
    }
    return m_log.timesPrinted(document, code) > 0;
}

bool TablePrinting::retryIfFailed(PrintedDocument document, const QString &code) {
    bool retried = false;
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it) {
        if (it->failed && it->document == document && it->code == code && m_queue.retry(it.key())) {
            it->failed = false;
            retried = true;
        }
    }
    if (retried)
        Q_EMIT problemsChanged();
    return retried;
}

Result<labels::PrintJob> TablePrinting::jobFor(PrintedDocument document, const QString &code,
                                               const std::optional<HandOver> &handOver) const {
    const StationIdentity &site = m_service.identity();
    if (document == PrintedDocument::TubeLabel) {
        const Result<TubeSnapshot> tube = m_service.tube(code);
        if (!tube)
            return tube.error();
        if (tube->state == TubeState::Voided)
            return makeError(ErrorCode::TubeNotOpen,
                             tr("Tube %1 was voided: no label is printed for it.").arg(code));
        labels::TubeLabelData data;
        data.tubeCode = tube->code;
        data.siteName = site.siteName;
        data.siteCode = site.siteCode;
        data.tableNumber = site.tableNumber;
        data.sealedOrOpened = local(tube->sealedAt.isValid() ? tube->sealedAt : tube->openedAt);
        data.poolSize = tube->poolSize;
        return labels::PrintJob::tube(data, m_labelSize, m_labelDpi);
    }
    const Result<BoxSnapshot> box = m_lookupBox ? m_lookupBox(code) : m_service.box(code);
    if (!box)
        return box.error();
    if (document == PrintedDocument::BoxLabel)
        return labels::PrintJob::box({box->code, site.siteName, site.siteCode, false}, m_labelSize,
                                     m_labelDpi);
    if (box->state == BoxState::Open)
        return makeError(ErrorCode::BoxNotSealed,
                         tr("Box %1 is still being packed: seal it (scan its code again) before "
                            "its manifest is printed.")
                             .arg(code));
    labels::BoxManifestData data;
    data.boxCode = box->code;
    data.siteName = site.siteName;
    data.siteCode = site.siteCode;
    data.boxSealedAt = local(box->sealedAt);
    // Grouped by the table each tube was sealed at; this table's own under its number.
    const QString ownTable = shownTableNumber(site.tableNumber);
    for (const BoxSnapshot::Tube &t : box->tubes) {
        data.tubes.append({t.code, t.people, local(t.firstSwabAt), local(t.sealedAt),
                           t.isFromOtherTable() ? shownTableLabel(t.table) : ownTable});
        // A tube of this table whose code another table used too: the lab must tell the two
        // tubes apart (the other table's tube is known only there).
        if (!t.isFromOtherTable()) {
            if (const std::optional<SharedTubeCode> shared = m_service.sharedTubeCode(t.uuid))
                data.codeSharedWith.insert(t.code, shared->otherTable.isEmpty()
                                                       ? tr("another table")
                                                       : shownTableLabel(shared->otherTable));
        }
    }
    if (handOver) {
        data.handOver.handedOverBy = handOver->handedOverBy.trimmed();
        data.handOver.carriedBy = handOver->carriedBy.trimmed();
        data.handOver.handedOverAt = local(m_service.now());
        data.handOver.temperatureCelsius = handOver->temperatureC;
    } else if (box->state == BoxState::HandedOver) {
        data.handOver.handedOverBy = box->handedOverBy;
        data.handOver.carriedBy = box->carriedBy;
        data.handOver.handedOverAt = local(box->handedOverAt);
        if (!qIsNaN(box->temperatureC))
            data.handOver.temperatureCelsius = box->temperatureC;
    }
    data.printedAt = local(m_service.now());
    return labels::PrintJob::manifest(data);
}

Result<int> TablePrinting::print(PrintedDocument document, const QString &code,
                                 const QString &reprintReason,
                                 const std::optional<HandOver> &handOver) {
    if (!m_hasPrinter)
        return makeError(ErrorCode::InvalidInput,
                         tr("No printer is set up, so %1 was not printed. Set the printer in "
                            "Settings (F10).")
                             .arg(describe(document, code)));
    const QString reason = reprintReason.trimmed();
    if (reason.isEmpty() && wasPrinted(document, code))
        return makeError(
            ErrorCode::ReasonRequired,
            tr("Already printed: %1. Say why it is printed again.").arg(describe(document, code)));
    const Result<labels::PrintJob> job = jobFor(document, code, handOver);
    if (!job)
        return job.error();
    const int id = m_queue.submit(job.value());
    m_jobs.insert(
        id, Pending{document, code, reason, job->copies, m_service.currentOperator().id, false});
    qCInfo(lcTable) << "print job" << id << printedDocumentKey(document) << "sent";
    return id;
}

int TablePrinting::failedCount() const {
    int n = 0;
    for (const Pending &p : m_jobs)
        n += p.failed ? 1 : 0;
    return n;
}

void TablePrinting::retryFailed() {
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it) {
        if (!it->failed)
            continue;
        if (m_queue.retry(it.key()))
            it->failed = false;
    }
    Q_EMIT problemsChanged();
}

void TablePrinting::onJobFinished(int id, const labels::PrintResult &result) {
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return; // a job of another user of the queue
    if (!result.ok) {
        it->failed = true;
        m_lastFailure = result.userMessage;
        qCWarning(lcTable) << "print job" << id << "failed";
        Q_EMIT failed(id, result.userMessage);
        Q_EMIT problemsChanged();
        return;
    }
    const Pending done = it.value();
    m_jobs.erase(it);
    LabelPrint record;
    record.document = done.document;
    record.code = done.code;
    record.copies = done.copies;
    record.printer = m_printerDescription;
    record.reason = done.reason;
    // A print sent as the first one may meet an earlier print that finished meanwhile.
    if (record.reason.isEmpty() && m_log.timesPrinted(done.document, done.code) > 0)
        record.reason = tr("sent again before the first print finished");
    const Result<int> recorded = m_log.record(record, done.operatorId);
    QString message = tr("Printed %1.").arg(describe(done.document, done.code));
    if (!recorded) {
        qCWarning(lcTable) << "print job" << id << "not recorded in the audit log";
        Q_EMIT recordFailed(tr("%1 was printed but not recorded: %2")
                                .arg(describe(done.document, done.code), recorded.message()));
    }
    if (failedCount() == 0)
        m_lastFailure.clear();
    Q_EMIT printed(id, message);
    Q_EMIT problemsChanged();
}

} // namespace station
