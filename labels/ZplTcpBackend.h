// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "labels/LabelPrinter.h"

#include <QCoreApplication>
#include <QString>

namespace station::labels {

// Sends ZPL raw to a Zebra (or compatible) printer's TCP port, 9100 by default. Blocking
// socket calls with timeouts: run it on a worker thread. Each print() opens its own
// connection, so a failed job can simply be retried.
class ZplTcpBackend final : public LabelPrinter {
    Q_DECLARE_TR_FUNCTIONS(station::labels::ZplTcpBackend)
public:
    static constexpr quint16 kDefaultPort = 9100;

    ZplTcpBackend(QString host, quint16 port = kDefaultPort, int timeoutMs = 5000);
    QString description() const override;
    PrintResult print(const PrintJob &job) override;

    // Sends already-encoded bytes (also used to resend a job unchanged).
    PrintResult send(const QByteArray &bytes);

private:
    QString m_host;
    quint16 m_port;
    int m_timeoutMs;
};

} // namespace station::labels
