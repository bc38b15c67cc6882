// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "labels/LabelPrinter.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace station::labels {

// Prints jobs on a worker thread of its own, one at a time and in order, so the GUI thread
// (and scanning) never waits for a printer. Each job gets an id; jobFinished() reports it
// on the queue's thread. A failed job is kept and can be retried by id.
class PrintQueue : public QObject {
    Q_OBJECT
public:
    explicit PrintQueue(std::shared_ptr<LabelPrinter> printer, QObject *parent = nullptr);
    ~PrintQueue() override; // waits for the job being printed

    // Jobs submitted afterwards go to this printer.
    void setPrinter(std::shared_ptr<LabelPrinter> printer);

    int submit(const PrintJob &job);
    // Submits a failed job again under its id; false when the id is not a failed job.
    bool retry(int id);
    // Ids of the jobs that failed and were not retried yet.
    QList<int> failedJobs() const { return m_failed.keys(); }
    int pendingCount() const { return m_pending; }

Q_SIGNALS:
    void jobFinished(int id, const station::labels::PrintResult &result);

private:
    void start(int id, const PrintJob &job);

    std::shared_ptr<LabelPrinter> m_printer;
    QThreadPool m_pool;
    QHash<int, PrintJob> m_failed;
    int m_nextId = 1;
    int m_pending = 0;
};

} // namespace station::labels
