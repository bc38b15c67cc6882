// SPDX-License-Identifier: GPL-3.0-or-later
// `export`: samples and tubes as JSON or CSV, ID numbers masked.
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "core/sampling/RecordExport.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace station::cli {

int runExport(const QStringList &args) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("format"), CliText::tr("json (samples and tubes) or csv."),
                 QStringLiteral("FORMAT"), QStringLiteral("json")});
    p.addOption({QStringLiteral("what"), CliText::tr("With csv: samples (default) or tubes."),
                 QStringLiteral("WHAT"), QStringLiteral("samples")});
    p.addOption({QStringLiteral("date"),
                 CliText::tr("Only this day (YYYY-MM-DD, the site's calendar)."),
                 QStringLiteral("DATE")});
    p.addOption({QStringLiteral("out"), CliText::tr("Write to FILE instead of standard output."),
                 QStringLiteral("FILE")});
    if (!parseCommand(p, args, CliText::tr("Export samples and tubes (ID numbers masked).")))
        return ExitUsage;
    const QString format = p.value(QStringLiteral("format"));
    const QString what = p.value(QStringLiteral("what"));
    if (format != QLatin1String("json") && format != QLatin1String("csv")) {
        err() << CliText::tr("Unknown format %1: use json or csv.").arg(format) << '\n';
        return ExitUsage;
    }
    if (what != QLatin1String("samples") && what != QLatin1String("tubes")) {
        err() << CliText::tr("Unknown --what %1: use samples or tubes.").arg(what) << '\n';
        return ExitUsage;
    }
    QDate day;
    if (p.isSet(QStringLiteral("date"))) {
        day = QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate);
        if (!day.isValid()) {
            err() << CliText::tr("The date must be YYYY-MM-DD.") << '\n';
            return ExitUsage;
        }
    }
    Database db;
    if (!openStation(dataDir(p), db, true))
        return ExitFailure;

    QByteArray data;
    if (format == QLatin1String("json")) {
        const QJsonObject o{{QStringLiteral("samples"), toJson(exportSamples(db, day))},
                            {QStringLiteral("tubes"), toJson(exportTubes(db, day))}};
        data = QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else if (what == QLatin1String("tubes")) {
        data = toCsv(exportTubes(db, day));
    } else {
        data = toCsv(exportSamples(db, day));
    }
    if (p.isSet(QStringLiteral("out"))) {
        QFile f(p.value(QStringLiteral("out")));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size()) {
            err() << CliText::tr("Cannot write %1: %2").arg(f.fileName(), f.errorString()) << '\n';
            return ExitFailure;
        }
        return ExitOk;
    }
    out().flush();
    QFile stdOut;
    if (!stdOut.open(stdout, QIODevice::WriteOnly))
        return ExitFailure;
    stdOut.write(data);
    return ExitOk;
}

} // namespace station::cli
