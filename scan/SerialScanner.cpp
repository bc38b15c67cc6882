// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/SerialScanner.h"

#include "scan/Logging.h"

namespace station::scan {

SerialScanner::SerialScanner(QObject *parent)
    : Scanner(parent) {
    m_reconnect.setSingleShot(false);
    connect(&m_reconnect, &QTimer::timeout, this, [this] {
        if (tryOpen())
            m_reconnect.stop();
    });
    connect(&m_port, &QSerialPort::readyRead, this, &SerialScanner::onReadyRead);
    connect(&m_port, &QSerialPort::errorOccurred, this, &SerialScanner::onError);
}

SerialScanner::~SerialScanner() {
    stop();
}

void SerialScanner::setConfig(const Config &config) {
    const bool wasRunning = m_running;
    stop();
    m_config = config;
    if (wasRunning)
        start();
}

bool SerialScanner::start() {
    m_running = true;
    if (m_config.portName.isEmpty()) {
        Q_EMIT statusChanged(tr("No serial scanner port is set. Choose one in the settings."),
                             false);
        return false;
    }
    if (tryOpen())
        return true;
    m_reconnect.start(m_config.reconnectIntervalMs);
    return false;
}

void SerialScanner::stop() {
    m_running = false;
    m_reconnect.stop();
    if (m_port.isOpen())
        m_port.close();
    m_lines.clear();
}

bool SerialScanner::tryOpen() {
    if (m_port.isOpen())
        return true;
    m_port.setPortName(m_config.portName);
    m_port.setBaudRate(m_config.baudRate);
    m_port.setDataBits(QSerialPort::Data8);
    m_port.setParity(QSerialPort::NoParity);
    m_port.setStopBits(QSerialPort::OneStop);
    m_port.setFlowControl(QSerialPort::NoFlowControl);
    if (!m_port.open(QIODevice::ReadOnly))
        return false; // onError() has reported why
    m_lines.clear();
    m_lastReported = QSerialPort::NoError;
    qCInfo(lcScan) << "Serial scanner open on" << m_config.portName << "at" << m_config.baudRate;
    Q_EMIT statusChanged(tr("Serial scanner connected on %1.").arg(m_config.portName), true);
    return true;
}

void SerialScanner::onReadyRead() {
    for (const QString &line : m_lines.append(m_port.readAll()))
        Q_EMIT scanned(line, EntryMethod::Scanner);
    if (m_lines.takeOverflow())
        Q_EMIT statusChanged(tr("The serial scanner on %1 sends data without line ends. Check "
                                "that its baud rate is %2 and that it ends each scan with "
                                "Enter (CR or LF).")
                                 .arg(m_config.portName)
                                 .arg(m_config.baudRate),
                             true);
}

QString SerialScanner::describe(QSerialPort::SerialPortError error) const {
    const QString port = m_config.portName;
    switch (error) {
    case QSerialPort::DeviceNotFoundError:
        return tr("The serial scanner port %1 does not exist. Plug the scanner in; the station "
                  "keeps trying.")
            .arg(port);
    case QSerialPort::PermissionError:
        return tr("No permission to open %1 (it may be in use by another program, or this user "
                  "is not in the dialout group). The station keeps trying.")
            .arg(port);
    case QSerialPort::OpenError:
        return tr("%1 is already open.").arg(port);
    case QSerialPort::ResourceError:
    case QSerialPort::ReadError:
        return tr("The serial scanner on %1 was disconnected. Plug it back in; the station "
                  "reconnects by itself.")
            .arg(port);
    case QSerialPort::UnsupportedOperationError:
        return tr("%1 does not support the settings (baud rate %2).")
            .arg(port)
            .arg(m_config.baudRate);
    default:
        return tr("Serial scanner on %1: %2").arg(port, m_port.errorString());
    }
}

void SerialScanner::onError(QSerialPort::SerialPortError error) {
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError)
        return;
    // Unplugging shows as ResourceError (USB serial) or a read error on a hung-up line: the
    // descriptor is dead either way; close it and reopen when the device returns.
    const bool gone = error == QSerialPort::ResourceError || error == QSerialPort::ReadError;
    if (gone && m_port.isOpen())
        m_port.close();
    if (error != m_lastReported)
        qCWarning(lcScan) << "Serial scanner error" << error << "on" << m_config.portName;
    if (error != m_lastReported) { // say it once, not every retry
        m_lastReported = error;
        Q_EMIT statusChanged(describe(error), false);
    }
    if (m_running && !m_port.isOpen() && !m_reconnect.isActive())
        m_reconnect.start(m_config.reconnectIntervalMs);
}

} // namespace station::scan
