// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/CupsBackend.h"

#include "labels/LabelRenderer.h"
#include "labels/Logging.h"
#include "labels/PdfFileBackend.h"
#include "labels/ZplEncoder.h"

#include <QProcess>

namespace station::labels {

CupsBackend::CupsBackend(QString queue, Payload payload, QString lpProgram, int timeoutMs)
    : m_queue(std::move(queue))
    , m_payload(payload)
    , m_lp(std::move(lpProgram))
    , m_timeoutMs(timeoutMs) {}

QString CupsBackend::description() const {
    return m_payload == Payload::RawZpl ? tr("CUPS raw queue %1").arg(m_queue)
                                        : tr("CUPS printer %1").arg(m_queue);
}

QStringList CupsBackend::lpArguments(const PrintJob &job) const {
    QStringList args{QStringLiteral("-d"), m_queue, QStringLiteral("-t"),
                     QStringLiteral("sampling-station")};
    if (m_payload == Payload::RawZpl) {
        // Copies are in the ZPL (^PQ); the queue passes the bytes through untouched.
        args << QStringLiteral("-o") << QStringLiteral("raw");
    } else {
        const QSizeF mm = LabelRenderer::pageSizeMm(job);
        args << QStringLiteral("-n") << QString::number(job.copies) << QStringLiteral("-o")
             << QStringLiteral("media=Custom.%1x%2mm").arg(mm.width()).arg(mm.height())
             << QStringLiteral("-o") << QStringLiteral("fit-to-page=false");
    }
    args << QStringLiteral("--") << QStringLiteral("-");
    return args;
}

PrintResult CupsBackend::print(const PrintJob &job) {
    QByteArray data;
    if (m_payload == Payload::RawZpl) {
        QString error;
        data = ZplEncoder::encode(job, &error);
        if (data.isEmpty())
            return PrintResult::failure(error);
    } else {
        PrintJob single = job;
        single.copies = 1; // lp -n makes the copies
        const PrintResult rendered = PdfFileBackend::renderPdf(single, &data);
        if (!rendered.ok)
            return rendered;
    }

    QProcess lp;
    lp.start(m_lp, lpArguments(job));
    if (!lp.waitForStarted(m_timeoutMs))
        return PrintResult::failure(tr("Cannot run %1 to print on %2: %3. Is CUPS installed?")
                                        .arg(m_lp, m_queue, lp.errorString()));
    lp.write(data);
    lp.closeWriteChannel();
    if (!lp.waitForFinished(m_timeoutMs)) {
        lp.kill();
        lp.waitForFinished(1000);
        return PrintResult::failure(
            tr("CUPS did not accept the job for %1 in time; retry.").arg(m_queue));
    }
    const QString output = QString::fromLocal8Bit(lp.readAllStandardOutput()).trimmed();
    const QString errors = QString::fromLocal8Bit(lp.readAllStandardError()).trimmed();
    if (lp.exitStatus() != QProcess::NormalExit || lp.exitCode() != 0) {
        qCWarning(lcLabels) << "lp failed for queue" << m_queue << "exit" << lp.exitCode();
        return PrintResult::failure(
            tr("CUPS refused the job for %1: %2").arg(m_queue, errors.isEmpty() ? output : errors));
    }
    return PrintResult::success(output.isEmpty() ? tr("Sent to %1.").arg(m_queue) : output);
}

} // namespace station::labels
