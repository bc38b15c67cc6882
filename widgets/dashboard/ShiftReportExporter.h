// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QObject>
#include <QTimeZone>

namespace station::dashboard {

// Writes the shift report (PDF or CSV, by the file's suffix) on a worker thread with its
// own connection to the station database, then reports the outcome. The GUI never waits.
class ShiftReportExporter : public QObject {
    Q_OBJECT
public:
    ShiftReportExporter(QString databasePath, QTimeZone zone, QObject *parent = nullptr);
    ~ShiftReportExporter() override;

    bool busy() const { return m_busy; }
    void exportDay(const QDate &day, const QString &filePath);

Q_SIGNALS:
    // `message` is translated and says what was written or what went wrong.
    void finished(bool ok, const QString &message);

private:
    QString m_path;
    QTimeZone m_zone;
    bool m_busy = false;
    QThread *m_thread = nullptr;
};

} // namespace station::dashboard
