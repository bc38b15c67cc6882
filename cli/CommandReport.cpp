// SPDX-License-Identifier: GPL-3.0-or-later
// `report`: the shift report of a site day as PDF (for the health bureau) or CSV.
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "core/dashboard/ShiftReport.h"
#include "core/storage/Database.h"
#include "labels/report/ShiftReportPdf.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTimeZone>

namespace station::cli {

int runReport(const QStringList &args) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("date"), CliText::tr("Site day to report (default: today)."),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("format"), CliText::tr("pdf or csv (default: pdf)."),
                 QStringLiteral("FORMAT"), QStringLiteral("pdf")});
    p.addOption({QStringLiteral("out"), CliText::tr("File to write."), QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("time-zone"),
         CliText::tr("The site's IANA time zone, e.g. Asia/Shanghai (default: this computer's)."),
         QStringLiteral("ZONE")});
    if (!parseCommand(p, args, CliText::tr("Write the shift report of a day as PDF or CSV.")))
        return ExitUsage;

    const QString format = p.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("pdf") && format != QLatin1String("csv")) {
        err() << CliText::tr("--format must be pdf or csv, not \"%1\".").arg(format) << '\n';
        return ExitUsage;
    }
    const QString outPath = p.value(QStringLiteral("out"));
    if (outPath.isEmpty()) {
        err() << CliText::tr("Give the file to write with --out FILE.") << '\n';
        return ExitUsage;
    }
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (p.isSet(QStringLiteral("time-zone"))) {
        zone = QTimeZone(p.value(QStringLiteral("time-zone")).toUtf8());
        if (!zone.isValid()) {
            err() << CliText::tr(
                         "Unknown time zone \"%1\"; use an IANA name such as Asia/Shanghai.")
                         .arg(p.value(QStringLiteral("time-zone")))
                  << '\n';
            return ExitUsage;
        }
    }
    QDate day = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    if (p.isSet(QStringLiteral("date"))) {
        day = QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate);
        if (!day.isValid()) {
            err() << CliText::tr("--date must be a date written YYYY-MM-DD, not \"%1\".")
                         .arg(p.value(QStringLiteral("date")))
                  << '\n';
            return ExitUsage;
        }
    }

    Database db;
    if (!openStation(dataDir(p), db, true))
        return ExitFailure;
    const auto report = dashboard::buildShiftReport(db, day, zone);
    if (!report.ok()) {
        err() << report.message() << '\n';
        return ExitFailure;
    }
    if (format == QLatin1String("csv")) {
        QSaveFile file(outPath);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(dashboard::shiftReportCsv(report.value())) < 0 || !file.commit()) {
            err() << CliText::tr("Cannot write the report to %1: %2")
                         .arg(QDir::toNativeSeparators(outPath), file.errorString())
                  << '\n';
            return ExitFailure;
        }
    } else {
        const Status written = report::writeShiftReportPdf(report.value(), outPath);
        if (!written.ok()) {
            err() << written.message() << '\n';
            return ExitFailure;
        }
    }
    out() << CliText::tr("Shift report for %1 written to %2 (%3 swabs, %4 records pending).")
                 .arg(day.toString(Qt::ISODate), QDir::toNativeSeparators(outPath))
                 .arg(report->swabs)
                 .arg(report->sync.pending)
          << '\n';
    return ExitOk;
}

} // namespace station::cli
