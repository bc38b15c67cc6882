// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "labels/LabelPrinter.h"

#include <QCoreApplication>
#include <QStringList>

namespace station::labels {

// Prints through a CUPS queue with `lp`, without linking Qt PrintSupport (so the cli can
// use it): either the job as PDF at its exact page size, or ZPL to a raw queue
// (`lp -o raw`) in front of a Zebra printer. Blocking: run it on a worker thread.
class CupsBackend final : public LabelPrinter {
    Q_DECLARE_TR_FUNCTIONS(station::labels::CupsBackend)
public:
    enum class Payload { Pdf, RawZpl };

    CupsBackend(QString queue, Payload payload, QString lpProgram = QStringLiteral("lp"),
                int timeoutMs = 30000);
    QString description() const override;
    PrintResult print(const PrintJob &job) override;

    // The lp arguments for a job (without the data, which goes to lp's standard input).
    QStringList lpArguments(const PrintJob &job) const;

private:
    QString m_queue;
    Payload m_payload;
    QString m_lp;
    int m_timeoutMs;
};

} // namespace station::labels
