// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "scan/Scanner.h"
#include "scan/SerialLineBuffer.h"

#include <QSerialPort>
#include <QTimer>

namespace station::scan {

// A serial or USB-COM scanner (QtSerialPort): each line it sends is one scan. When the device
// is unplugged (or cannot be opened yet), it says so and retries every reconnectIntervalMs
// until the port is back.
class SerialScanner : public Scanner {
    Q_OBJECT
public:
    struct Config {
        QString portName; // e.g. ttyACM0, ttyUSB0, COM3, or a device path
        qint32 baudRate = 9600;
        int reconnectIntervalMs = 2000;
    };

    explicit SerialScanner(QObject *parent = nullptr);
    ~SerialScanner() override;

    void setConfig(const Config &config);
    const Config &config() const { return m_config; }

    // Opens the port (or starts retrying). Returns true when it is open now.
    bool start() override;
    void stop() override;
    bool isOpen() const { return m_port.isOpen(); }

private:
    bool tryOpen();
    void onReadyRead();
    void onError(QSerialPort::SerialPortError error);
    QString describe(QSerialPort::SerialPortError error) const;

    Config m_config;
    QSerialPort m_port;
    SerialLineBuffer m_lines;
    QTimer m_reconnect;
    bool m_running = false;
    QSerialPort::SerialPortError m_lastReported = QSerialPort::NoError;
};

} // namespace station::scan
