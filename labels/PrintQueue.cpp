// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/PrintQueue.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace station::labels {

PrintQueue::PrintQueue(std::shared_ptr<LabelPrinter> printer, QObject *parent)
    : QObject(parent)
    , m_printer(std::move(printer)) {
    // One thread: a printer gets one job at a time, in the order submitted.
    m_pool.setMaxThreadCount(1);
}

PrintQueue::~PrintQueue() {
    m_pool.waitForDone();
}

void PrintQueue::setPrinter(std::shared_ptr<LabelPrinter> printer) {
    m_printer = std::move(printer);
}

int PrintQueue::submit(const PrintJob &job) {
    const int id = m_nextId++;
    start(id, job);
    return id;
}

bool PrintQueue::retry(int id) {
    const auto it = m_failed.constFind(id);
    if (it == m_failed.constEnd())
        return false;
    const PrintJob job = it.value();
    m_failed.erase(it);
    start(id, job);
    return true;
}

void PrintQueue::start(int id, const PrintJob &job) {
    ++m_pending;
    auto *watcher = new QFutureWatcher<PrintResult>(this);
    connect(watcher, &QFutureWatcher<PrintResult>::finished, this, [this, watcher, id, job] {
        const PrintResult result = watcher->result();
        watcher->deleteLater();
        --m_pending;
        if (!result.ok)
            m_failed.insert(id, job);
        Q_EMIT jobFinished(id, result);
    });
    // The printer is shared with the worker; the pool's single thread is its only user.
    std::shared_ptr<LabelPrinter> printer = m_printer;
    watcher->setFuture(QtConcurrent::run(&m_pool, [printer, job] {
        if (!printer)
            return PrintResult::failure(tr("No printer is set up."));
        return printer->print(job);
    }));
}

} // namespace station::labels
