// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/AdminCommands.h"

#include "server/Database.h"
#include "server/DeviceRegistry.h"
#include "server/RecordStore.h"
#include "server/ServerConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace station::server {

namespace {

QString translate(const char *text) {
    return QCoreApplication::translate("AdminCommands", text);
}

int enrollCode(Database &database, const QString &site, int uses, int validHours, QTextStream &out,
               QTextStream &err) {
    DeviceRegistry devices(database);
    QString error;
    const auto code = devices.createEnrollmentCode(site, uses, validHours, &error);
    if (!code) {
        err << translate("province-server: %1").arg(error) << '\n';
        return 1;
    }
    out << *code << '\n';
    return 0;
}

int stats(Database &database, QTextStream &out, QTextStream &err) {
    RecordStore records(database);
    QString error;
    const auto rows = records.stationStats(&error);
    if (!rows) {
        err << translate("province-server: cannot read the statistics: %1").arg(error) << '\n';
        return 1;
    }
    const auto line = [&out](const QStringList &cells) {
        static const int widths[] = {14, 22, 9, 11, 10, 9, 25, 25};
        QString text;
        for (int i = 0; i < cells.size(); ++i)
            text += cells.at(i).leftJustified(widths[i]) + QLatin1Char(' ');
        out << text.trimmed() << '\n';
    };
    line({translate("site"), translate("station"), translate("records"), translate("duplicates"),
          translate("conflicts"), translate("rejected"), translate("first_at"),
          translate("last_at")});
    StationStats total;
    for (const StationStats &row : *rows) {
        line({row.site, row.station, QString::number(row.records), QString::number(row.duplicates),
              QString::number(row.conflicts), QString::number(row.rejected), row.firstAt,
              row.lastAt});
        total.records += row.records;
        total.duplicates += row.duplicates;
        total.conflicts += row.conflicts;
        total.rejected += row.rejected;
    }
    out << translate("total: %1 records, %2 duplicates, %3 conflicts, %4 rejected")
               .arg(total.records)
               .arg(total.duplicates)
               .arg(total.conflicts)
               .arg(total.rejected)
        << '\n';
    return 0;
}

} // namespace

int runAdminCommand(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), translate("Database URL."),
                                QStringLiteral("url"), defaultDatabaseUrl());
    const QCommandLineOption site(QStringLiteral("site"), translate("Site code."),
                                  QStringLiteral("code"));
    const QCommandLineOption uses(QStringLiteral("uses"), translate("Enrollments allowed."),
                                  QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption hours(QStringLiteral("valid-hours"), translate("Validity."),
                                   QStringLiteral("h"), QStringLiteral("72"));
    parser.addOptions({db, site, uses, hours});
    const QString usage = translate("usage: province-server admin enroll-code --site S "
                                    "[--uses N] [--valid-hours H] [--db URL]\n"
                                    "       province-server admin stats [--db URL]");
    if (!parser.parse(QStringList{QStringLiteral("province-server")} + arguments) ||
        parser.positionalArguments().size() != 1) {
        err << parser.errorText() << '\n' << usage << '\n';
        return 2;
    }
    const QString command = parser.positionalArguments().first();
    if (command != QLatin1String("enroll-code") && command != QLatin1String("stats")) {
        err << translate("unknown admin command: %1").arg(command) << '\n' << usage << '\n';
        return 2;
    }
    QString error;
    const auto target = parseDatabaseUrl(parser.value(db), &error);
    if (!target) {
        err << translate("province-server: %1").arg(error) << '\n';
        return 2;
    }
    Database database(*target);
    if (!database.open(&error)) {
        err << translate("province-server: %1").arg(error) << '\n';
        return 1;
    }
    if (command == QLatin1String("stats"))
        return stats(database, out, err);
    if (!parser.isSet(site)) {
        err << translate("enroll-code needs --site") << '\n' << usage << '\n';
        return 2;
    }
    return enrollCode(database, parser.value(site), parser.value(uses).toInt(),
                      parser.value(hours).toInt(), out, err);
}

} // namespace station::server
