// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dashboard/ShiftReportExporter.h"

#include "core/dashboard/ShiftReport.h"
#include "core/storage/Database.h"
#include "labels/report/ShiftReportPdf.h"

#include <QDir>
#include <QSaveFile>
#include <QThread>

namespace station::dashboard {

namespace {

// Runs in the worker thread; returns {ok, message}.
std::pair<bool, QString> writeReport(const QString &dbPath, const QTimeZone &zone, const QDate &day,
                                     const QString &file) {
    Database db;
    if (const Status s = db.open(dbPath); !s.ok())
        return {false, s.message()};
    const auto report = buildShiftReport(db, day, zone);
    if (!report.ok())
        return {false, report.message()};
    if (file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(shiftReportCsv(report.value())) < 0 ||
            !out.commit())
            return {false, ShiftReportExporter::tr("Cannot write the report to %1: %2")
                               .arg(QDir::toNativeSeparators(file), out.errorString())};
    } else if (const Status s = report::writeShiftReportPdf(report.value(), file); !s.ok()) {
        return {false, s.message()};
    }
    return {true, ShiftReportExporter::tr("Shift report for %1 saved to %2.")
                      .arg(day.toString(Qt::ISODate), QDir::toNativeSeparators(file))};
}

} // namespace

ShiftReportExporter::ShiftReportExporter(QString databasePath, QTimeZone zone, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_zone(std::move(zone)) {}

ShiftReportExporter::~ShiftReportExporter() {
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ShiftReportExporter::exportDay(const QDate &day, const QString &filePath) {
    if (m_busy)
        return;
    m_busy = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    auto result = std::make_shared<std::pair<bool, QString>>();
    m_thread = QThread::create([result, path = m_path, zone = m_zone, day, filePath] {
        *result = writeReport(path, zone, day, filePath);
    });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_busy = false;
        Q_EMIT finished(result->first, result->second);
    });
    m_thread->start();
}

} // namespace station::dashboard
