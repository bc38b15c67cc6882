// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/ZplTcpBackend.h"

#include "labels/Logging.h"
#include "labels/ZplEncoder.h"

#include <QTcpSocket>

namespace station::labels {

ZplTcpBackend::ZplTcpBackend(QString host, quint16 port, int timeoutMs)
    : m_host(std::move(host))
    , m_port(port)
    , m_timeoutMs(timeoutMs) {}

QString ZplTcpBackend::description() const {
    return tr("Zebra printer %1:%2").arg(m_host).arg(m_port);
}

PrintResult ZplTcpBackend::print(const PrintJob &job) {
    QString error;
    const QByteArray zpl = ZplEncoder::encode(job, &error);
    if (zpl.isEmpty())
        return PrintResult::failure(error);
    return send(zpl);
}

PrintResult ZplTcpBackend::send(const QByteArray &bytes) {
    QTcpSocket socket;
    socket.connectToHost(m_host, m_port);
    if (!socket.waitForConnected(m_timeoutMs)) {
        qCWarning(lcLabels) << "printer unreachable" << m_host << m_port << socket.errorString();
        return PrintResult::failure(
            tr("Printer %1:%2 is unreachable (%3). Check that it is switched on and on the "
               "network, then retry.")
                .arg(m_host)
                .arg(m_port)
                .arg(socket.errorString()));
    }
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = socket.write(bytes.constData() + written, bytes.size() - written);
        if (n < 0)
            break;
        written += n;
    }
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(m_timeoutMs))
            break;
    }
    if (written < bytes.size() || socket.bytesToWrite() > 0) {
        qCWarning(lcLabels) << "printer write failed" << m_host << m_port << socket.errorString();
        return PrintResult::failure(tr("Printer %1:%2 stopped accepting the label (%3); retry.")
                                        .arg(m_host)
                                        .arg(m_port)
                                        .arg(socket.errorString()));
    }
    socket.disconnectFromHost();
    if (socket.state() != QAbstractSocket::UnconnectedState)
        socket.waitForDisconnected(m_timeoutMs);
    return PrintResult::success(tr("Sent to printer %1:%2.").arg(m_host).arg(m_port));
}

} // namespace station::labels
