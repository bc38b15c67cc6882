// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/AdminCommands.h"

#include "protocol/TableNumber.h"
#include "server/Database.h"
#include "server/DeviceRegistry.h"
#include "server/HubHandOver.h"
#include "server/JoinCodePrinter.h"
#include "server/Logging.h"
#include "server/PersonStatusCommands.h"
#include "server/RecordStore.h"
#include "server/ResultCommands.h"
#include "server/ServerConfig.h"
#include "server/SiteFacts.h"
#include "server/SiteStaff.h"
#include "server/SiteTablesReport.h"
#include "server/TextColumns.h"
#include "server/UpstreamQueue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <future>

namespace station::server {

namespace {

QString adminText(const char *text) {
    return QCoreApplication::translate("AdminCommands", text);
}

int enrollCode(Database &database, const QString &site, int uses, int validHours, DeviceRole role,
               QTextStream &out, QTextStream &err) {
    QString error;
    // A site hub enrolls its own site's stations, and no hub beneath it.
    if (const auto hub = UpstreamQueue(database).hubRow(&error)) {
        if (hub->site != site) {
            err << adminText("province-server: this is the site hub of site %1; it makes codes "
                             "for that site only")
                       .arg(hub->site)
                << '\n';
            return 1;
        }
        if (role == DeviceRole::Lab) { // results: labs post to the province
            err << adminText("province-server: a site hub takes no results; make lab codes at "
                             "the province")
                << '\n';
            return 1;
        }
        if (role == DeviceRole::HealthCode) { // people's status is the province's
            err << adminText("province-server: a site hub serves no status lookups; make "
                             "health-code codes at the province")
                << '\n';
            return 1;
        }
        if (role == DeviceRole::Hub) {
            err << adminText("province-server: a site hub enrolls stations only; make hub "
                             "codes at the province")
                << '\n';
            return 1;
        }
    } else if (!error.isEmpty()) {
        err << adminText("province-server: %1").arg(error) << '\n';
        return 1;
    }
    DeviceRegistry devices(database);
    const auto code = devices.createEnrollmentCode(site, uses, validHours, &error, role);
    if (!code) {
        err << adminText("province-server: %1").arg(error) << '\n';
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
        err << adminText("province-server: cannot read the statistics: %1").arg(error) << '\n';
        return 1;
    }
    QList<QStringList> columns;
    const auto line = [&columns](const QStringList &cells) { columns.append(cells); };
    line({adminText("site"), adminText("station"), adminText("records"), adminText("duplicates"),
          adminText("conflicts"), adminText("rejected"), adminText("first_at"),
          adminText("last_at")});
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
    printColumns(columns, out);
    out << adminText("total: %1 records, %2 duplicates, %3 conflicts, %4 rejected")
               .arg(total.records)
               .arg(total.duplicates)
               .arg(total.conflicts)
               .arg(total.rejected)
        << '\n';
    return 0;
}

int listDevices(Database &database, const QString &site, QTextStream &out, QTextStream &err) {
    DeviceRegistry registry(database);
    QString error;
    const auto entries = registry.devices(site, &error);
    if (!entries) {
        err << adminText("province-server: cannot read the devices: %1").arg(error) << '\n';
        return 1;
    }
    QList<QStringList> columns;
    const auto line = [&columns](const QStringList &cells) { columns.append(cells); };
    line({adminText("device"), adminText("site"), adminText("table"), adminText("enrolled_at"),
          adminText("rotated_at"), adminText("state")});
    for (const DeviceEntry &entry : *entries) {
        // The table label is free text from the station: one cell, no spaces.
        QString table = protocol::canonicalTableLabel(entry.tableLabel);
        table.replace(QLatin1Char(' '), QLatin1Char('_'));
        line({entry.deviceId, entry.site, table.isEmpty() ? QStringLiteral("-") : table,
              entry.enrolledAt, entry.rotatedAt.isEmpty() ? QStringLiteral("-") : entry.rotatedAt,
              entry.revoked ? adminText("revoked") : adminText("active")});
    }
    printColumns(columns, out);
    return 0;
}

// The hub's relay to the province: what is pending and since when, and the records the
// province did not take, with its reasons (uuids, stations and kinds; no personal data).
int relayStatus(Database &database, QTextStream &out, QTextStream &err) {
    UpstreamQueue queue(database);
    QString error;
    const auto hub = queue.hubRow(&error);
    if (!hub) {
        err << (error.isEmpty() ? adminText("province-server: this database is no site hub's: "
                                            "there is no relay")
                                : adminText("province-server: %1").arg(error))
            << '\n';
        return 1;
    }
    const auto counts = queue.counts(&error);
    const auto issues = counts ? queue.issues(1000, &error) : std::nullopt;
    if (!counts || !issues) {
        err << adminText("province-server: cannot read the upstream queue: %1").arg(error) << '\n';
        return 1;
    }
    out << adminText("hub %1 of site %2, %3")
               .arg(hub->hubId, hub->site,
                    hub->token.isEmpty() ? adminText("not enrolled at the province yet")
                                         : adminText("enrolled at the province"))
        << '\n';
    out << adminText("pending: %1").arg(counts->pending) << '\n';
    out << adminText("oldest pending queued at: %1")
               .arg(counts->oldestPendingAt.isEmpty() ? QStringLiteral("-")
                                                      : counts->oldestPendingAt)
        << '\n';
    out << adminText("relayed: %1, conflicts: %2, rejected: %3")
               .arg(counts->acked)
               .arg(counts->conflicts)
               .arg(counts->rejected)
        << '\n';
    for (const UpstreamIssue &issue : *issues)
        out << issue.state << ' ' << issue.uuid << ' ' << issue.station << ' ' << issue.kind << ' '
            << issue.answeredAt << ' ' << (issue.code.isEmpty() ? QStringLiteral("-") : issue.code)
            << ' ' << issue.reason << '\n';
    return 0;
}

int revokeDevice(Database &database, const QString &deviceId, QTextStream &out, QTextStream &err) {
    DeviceRegistry registry(database);
    QString error;
    switch (registry.revoke(deviceId, &error)) {
    case DeviceRegistry::RevokeResult::Revoked:
        out << adminText("device %1 is revoked: its uploads are refused until it is enrolled "
                         "again with a new enrollment code")
                   .arg(deviceId)
            << '\n';
        return 0;
    case DeviceRegistry::RevokeResult::Unknown:
        err << adminText("province-server: %1").arg(error) << '\n';
        return 1;
    case DeviceRegistry::RevokeResult::StorageFailed:
        break;
    }
    err << adminText("province-server: cannot revoke the device: %1").arg(error) << '\n';
    return 1;
}

// sitestaff: a staff list file (the station's `operator import` format) into the site's
// staff list at this server; the stations of the site take it with their next sync.
int importStaff(Database &database, const QString &site, const QString &path, QTextStream &out,
                QTextStream &err) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << adminText("province-server: cannot read %1: %2").arg(path, file.errorString())
            << '\n';
        return 1;
    }
    QString error;
    const auto people = protocol::parseStaffList(file.readAll(), &error);
    if (!people) {
        err << adminText("province-server: nothing was imported from %1: %2").arg(path, error)
            << '\n';
        return 1;
    }
    const auto imported = SiteStaff(database).import(site, *people, &error);
    if (!imported) {
        err << adminText("province-server: cannot import the staff list: %1").arg(error) << '\n';
        return 1;
    }
    int added = 0;
    for (const ImportedStaff &person : *imported)
        added += person.oneTimePin.isEmpty() ? 0 : 1;
    out << adminText("Imported %1 for site %2: %3 added, %4 updated.")
               .arg(path, site)
               .arg(added)
               .arg(imported->size() - added)
        << '\n';
    // Shown once, as a station shows them: only their Argon2id verifiers are kept.
    for (const ImportedStaff &person : *imported) {
        if (!person.oneTimePin.isEmpty())
            out << "  " << person.staffId.leftJustified(12) << ' '
                << adminText("one-time PIN %1").arg(person.oneTimePin) << '\n';
    }
    if (added > 0)
        out << adminText("Hand each one-time PIN over in person; its holder chooses their own "
                         "PIN at the first sign-in at any table of the site.")
            << '\n';
    return 0;
}

int rebuildSiteFacts(Database &database, QTextStream &out, QTextStream &err) {
    SiteFacts facts(database);
    QString error;
    const std::optional<qint64> made = facts.rebuild(&error);
    if (!made) {
        err << adminText("province-server: cannot rebuild the site facts: %1").arg(error) << '\n';
        return 1;
    }
    out << adminText("site facts rebuilt from the records: %1 facts").arg(*made) << '\n';
    return 0;
}

} // namespace

int runAdminCommand(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), adminText("Database URL."),
                                QStringLiteral("url"), defaultDatabaseUrl());
    const QCommandLineOption site(QStringLiteral("site"), adminText("Site code."),
                                  QStringLiteral("code"));
    const QCommandLineOption uses(QStringLiteral("uses"), adminText("Enrollments allowed."),
                                  QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption hours({QStringLiteral("valid-hours"), QStringLiteral("hours")},
                                   adminText("Validity."), QStringLiteral("h"),
                                   QStringLiteral("72"));
    const QCommandLineOption device(QStringLiteral("device"), adminText("Device id."),
                                    QStringLiteral("id"));
    const QCommandLineOption createDb(
        QStringLiteral("create-db"),
        adminText("Create the SQLite database file if it does not exist. Without it, a missing "
                  "file is an error."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  adminText("Show this help and exit."));
    const QCommandLineOption role(QStringLiteral("role"),
                                  adminText("What the enrolled devices are: station (default), "
                                            "hub (a site hub, which relays its site's records), "
                                            "lab (a lab system, which posts results) or "
                                            "health-code (the health-code system, which looks "
                                            "up people's status)."),
                                  QStringLiteral("role"), QStringLiteral("station"));
    // join-code: the address stations reach this server at, and its TLS certificate.
    const QCommandLineOption joinUrl(QStringLiteral("url"),
                                     adminText("This server's address for the stations."),
                                     QStringLiteral("https://host:port"));
    const QCommandLineOption joinCert(QStringLiteral("cert"),
                                      adminText("This server's TLS certificate (PEM)."),
                                      QStringLiteral("file"));
    // results: the lab of a file whose lines name none.
    const QCommandLineOption lab(QStringLiteral("lab"),
                                 adminText("The lab, for result lines that name none."),
                                 QStringLiteral("lab"));
    const QCommandLineOption bulk(
        QStringLiteral("bulk"),
        adminText("Import through PostgreSQL's COPY and one set-based match (the default above "
                  "5000 results on PostgreSQL)."));
    const QCommandLineOption oneByOne(
        QStringLiteral("one-by-one"),
        adminText("Store result by result (as POST /v1/results does), even a large file on "
                  "PostgreSQL."));
    parser.addOptions({db, createDb, site, uses, hours, device, role, joinUrl, joinCert, lab, bulk,
                       oneByOne, help});
    // raise-recall (a drill) and recalls.
    const QCommandLineOption tube(QStringLiteral("tube"), adminText("Tube code."),
                                  QStringLiteral("code"));
    const QCommandLineOption outcome(QStringLiteral("outcome"),
                                     adminText("The tube's result: positive or invalid."),
                                     QStringLiteral("result"), QStringLiteral("positive"));
    const QCommandLineOption resultUuid(QStringLiteral("result-uuid"),
                                        adminText("The result's uuid (default: a new one)."),
                                        QStringLiteral("uuid"));
    const QCommandLineOption openOnly(QStringLiteral("open"), adminText("Open recalls only."));
    parser.addOptions({tube, outcome, resultUuid, openOnly});
    // person-status: the ID type; the number comes on standard input only.
    const QCommandLineOption idType(QStringLiteral("id-type"),
                                    adminText("The ID type code, as the records give it."),
                                    QStringLiteral("type"));
    const QCommandLineOption idNumber(QStringLiteral("id-number"),
                                      adminText("Not taken: give the ID number on standard input."),
                                      QStringLiteral("number"));
    parser.addOptions({idType, idNumber});
    // site-tables: from when the swabs are counted, and the stations' JSON instead of text.
    const QCommandLineOption since(QStringLiteral("since"),
                                   adminText("Count swabs from this ISO-8601 time (site-tables; "
                                             "default: the last midnight)."),
                                   QStringLiteral("time"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  adminText("Print the figures as JSON (site-tables)."));
    parser.addOptions({since, json});
    // hand-over (at a site hub): who hands the box to whom, and its temperature.
    const QCommandLineOption carriedBy(QStringLiteral("carried-by"),
                                       adminText("The courier who takes the box (hand-over)."),
                                       QStringLiteral("name"));
    const QCommandLineOption handedOverBy(
        QStringLiteral("handed-over-by"),
        adminText("Who hands the box to the courier (hand-over)."), QStringLiteral("name"));
    const QCommandLineOption temperature(
        QStringLiteral("temperature"),
        adminText("The box's temperature in degrees Celsius (hand-over; needed once its first "
                  "swab is over 2 hours old)."),
        QStringLiteral("celsius"));
    parser.addOptions({carriedBy, handedOverBy, temperature});
    // resolve-result: why an unmatched result needs no tube any more, and who says so;
    // unmatched-results --resolved lists those.
    const QCommandLineOption resolveReason(
        QStringLiteral("reason"),
        adminText("Why the unmatched result is resolved (resolve-result; no ID or phone "
                  "numbers)."),
        QStringLiteral("text"));
    const QCommandLineOption resolvedBy(
        QStringLiteral("by"),
        adminText("Who resolves it (resolve-result; default: the login name)."),
        QStringLiteral("name"));
    const QCommandLineOption resolvedOnly(
        QStringLiteral("resolved"),
        adminText("List the resolved results instead (unmatched-results)."));
    parser.addOptions({resolveReason, resolvedBy, resolvedOnly});
    const QString usage = adminText("usage: province-server admin enroll-code --site S "
                                    "[--role station|hub|lab|health-code] [--uses N] "
                                    "[--valid-hours H] "
                                    "[--db URL]\n"
                                    "       province-server admin join-code --site S --url "
                                    "https://HOST:PORT --cert FILE [--uses N] [--hours H] "
                                    "[--db URL]\n"
                                    "       province-server admin relay-status [--db URL]\n"
                                    "       province-server admin hand-over BOX --handed-over-by "
                                    "NAME --carried-by NAME [--temperature C] [--db URL]\n"
                                    "       province-server admin site-tables [--site S] "
                                    "[--since TIME] [--json] [--db URL]\n"
                                    "       province-server admin stats [--db URL]\n"
                                    "       province-server admin list-devices [--site S] "
                                    "[--db URL]\n"
                                    "       province-server admin revoke-device --device ID "
                                    "[--db URL]\n"
                                    "       province-server admin import-staff --site S FILE "
                                    "[--db URL]\n"
                                    "       province-server admin rebuild-site-facts [--db URL]\n"
                                    "       province-server admin rebuild-projections [--db URL]\n"
                                    "       province-server admin import-results FILE [--lab L] "
                                    "[--bulk|--one-by-one] [--db URL]\n"
                                    "       province-server admin unmatched-results [--resolved] "
                                    "[--db URL]\n"
                                    "       province-server admin rematch-results [--db URL]\n"
                                    "       province-server admin resolve-result RESULT_UUID "
                                    "--reason TEXT [--by NAME] [--db URL]\n"

                                    "       province-server admin raise-recall --site S --tube T "
                                    "[--outcome positive|invalid] [--result-uuid U] [--db URL]\n"
                                    "       province-server admin recalls [--site S] [--open] "
                                    "[--db URL]\n"
                                    "       province-server admin export-lookup-key FILE "
                                    "[--db URL]\n"
                                    "       province-server admin person-status --id-type T "
                                    "[--db URL] < FILE-WITH-THE-ID-NUMBER");
    const bool parsed = parser.parse(QStringList{QStringLiteral("province-server")} + arguments);
    if (parsed && parser.isSet(help)) {
        // Qt's first line names the executable's full path; the usage above says more.
        out << usage << '\n' << parser.helpText().section(QLatin1Char('\n'), 1);
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    // import-staff, import-results and export-lookup-key name their file, hand-over its box,
    // resolve-result its result; every other command takes no argument.
    const bool withFile =
        !positional.isEmpty() && (positional.first() == QLatin1String("import-staff") ||
                                  positional.first() == QLatin1String("import-results") ||
                                  positional.first() == QLatin1String("export-lookup-key") ||
                                  positional.first() == QLatin1String("hand-over") ||
                                  positional.first() == QLatin1String("resolve-result"));
    if (!parsed || positional.size() != (withFile ? 2 : 1)) {
        err << (parsed ? adminText("province-server admin: name one command") : parser.errorText())
            << '\n'
            << usage << '\n';
        return 2;
    }
    const QString command = parser.positionalArguments().first();
    const QStringList commands{
        QStringLiteral("enroll-code"),        QStringLiteral("stats"),
        QStringLiteral("list-devices"),       QStringLiteral("revoke-device"),
        QStringLiteral("import-staff"),       QStringLiteral("join-code"),
        QStringLiteral("rebuild-site-facts"), QStringLiteral("relay-status"),
        QStringLiteral("raise-recall"),       QStringLiteral("recalls"),
        QStringLiteral("export-lookup-key"),  QStringLiteral("person-status"),
        QStringLiteral("site-tables"),        QStringLiteral("hand-over")};
    const QStringList resultCommands{
        QStringLiteral("rebuild-projections"), QStringLiteral("import-results"),
        QStringLiteral("unmatched-results"), QStringLiteral("rematch-results"),
        QStringLiteral("resolve-result")};
    if (!commands.contains(command) && !resultCommands.contains(command)) {
        err << adminText("unknown admin command: %1").arg(command) << '\n' << usage << '\n';
        return 2;
    }
    // An ID number on the command line is seen by every user of the machine (ps) and kept
    // in the shell's history: refused, not used.
    if (command == QLatin1String("person-status") && parser.isSet(idNumber)) {
        err << adminText("person-status takes the ID number on standard input only: on the "
                         "command line it would show in the process list and the shell "
                         "history")
            << '\n'
            << usage << '\n';
        return 2;
    }
    if (command == QLatin1String("person-status") && parser.value(idType).trimmed().isEmpty()) {
        err << adminText("person-status needs --id-type") << '\n' << usage << '\n';
        return 2;
    }
    if (command == QLatin1String("revoke-device") && parser.value(device).isEmpty()) {
        err << adminText("revoke-device needs --device") << '\n' << usage << '\n';
        return 2;
    }
    if (command == QLatin1String("join-code") &&
        (!parser.isSet(site) || !parser.isSet(joinUrl) || !parser.isSet(joinCert))) {
        err << adminText("join-code needs --site, --url and --cert") << '\n' << usage << '\n';
        return 2;
    }
    QString resolver;
    if (command == QLatin1String("resolve-result")) {
        if (parser.value(resolveReason).trimmed().isEmpty()) {
            err << adminText("resolve-result needs --reason: why the result needs no tube any "
                             "more (the lab sent it again under the right tube, the tube never "
                             "existed, ...)")
                << '\n'
                << usage << '\n';
            return 2;
        }
        resolver = parser.value(resolvedBy).trimmed();
        // Else the account the operator signed in with (under sudo: theirs, not root's).
        for (const char *variable : {"SUDO_USER", "USER", "LOGNAME", "USERNAME"}) {
            if (!resolver.isEmpty())
                break;
            resolver = qEnvironmentVariable(variable).trimmed();
        }
        if (resolver.isEmpty()) {
            err << adminText("resolve-result needs --by: who resolves the result") << '\n'
                << usage << '\n';
            return 2;
        }
    }
    std::optional<double> boxTemperature;
    if (command == QLatin1String("hand-over")) {
        if (parser.value(carriedBy).trimmed().isEmpty() ||
            parser.value(handedOverBy).trimmed().isEmpty()) {
            err << adminText("hand-over needs --handed-over-by and --carried-by: who hands the "
                             "box over and who carries it")
                << '\n'
                << usage << '\n';
            return 2;
        }
        if (parser.isSet(temperature)) {
            bool ok = false;
            boxTemperature = parser.value(temperature).toDouble(&ok);
            if (!ok || *boxTemperature < -40 || *boxTemperature > 60) {
                err << adminText("--temperature takes degrees Celsius, e.g. 4.5") << '\n';
                return 2;
            }
        }
    }
    QString error;
    const auto target = parseDatabaseUrl(parser.value(db), &error);
    if (!target) {
        err << adminText("province-server: %1").arg(error) << '\n';
        return 2;
    }
    DatabaseTarget databaseTarget = *target;
    databaseTarget.createIfMissing = parser.isSet(createDb);
    // A lab's file is read and parsed while the database connects and its schema is checked
    // (a tenth of a second or so of a 50,000-result file; docs/benchmarks.md, "Results").
    std::future<ParsedResultFile> resultFile;
    if (command == QLatin1String("import-results"))
        resultFile =
            std::async(std::launch::async, readResultFile, positional.at(1), parser.value(lab));
    Database database(databaseTarget);
    if (!database.open(&error)) {
        err << adminText("province-server: %1").arg(error) << '\n';
        return 1;
    }
    if (command == QLatin1String("stats"))
        return stats(database, out, err);
    if (command == QLatin1String("list-devices"))
        return listDevices(database, parser.value(site), out, err);
    if (command == QLatin1String("revoke-device"))
        return revokeDevice(database, parser.value(device), out, err);
    if (command == QLatin1String("join-code"))
        return printJoinCode(database,
                             {parser.value(site), QUrl(parser.value(joinUrl), QUrl::StrictMode),
                              parser.value(joinCert), parser.value(uses).toInt(),
                              parser.value(hours).toInt()},
                             out, err);
    if (command == QLatin1String("rebuild-site-facts"))
        return rebuildSiteFacts(database, out, err);
    if (command == QLatin1String("relay-status"))
        return relayStatus(database, out, err);
    if (command == QLatin1String("hand-over"))
        return handOverAtHub(database,
                             {positional.at(1).trimmed(), parser.value(handedOverBy),
                              parser.value(carriedBy), boxTemperature},
                             out, err);
    if (command == QLatin1String("site-tables")) {
        SiteTablesRequest request{
            parser.value(site), {}, QDateTime::currentDateTimeUtc(), parser.isSet(json)};
        if (parser.isSet(since)) {
            request.since = QDateTime::fromString(parser.value(since), Qt::ISODateWithMs);
            if (!request.since.isValid()) {
                err << adminText("--since takes an ISO-8601 time, e.g. 2026-12-05T08:00:00+08:00")
                    << '\n';
                return 2;
            }
            request.since = request.since.toUTC();
        }
        return printSiteTables(database, request, out, err);
    }
    if (command == QLatin1String("rebuild-projections"))
        return rebuildProjections(database, out, err);
    if (command == QLatin1String("import-results"))
        return importResults(database, std::move(resultFile), parser.isSet(bulk),
                             parser.isSet(oneByOne), out, err);
    if (command == QLatin1String("unmatched-results"))
        return unmatchedResults(database, parser.isSet(resolvedOnly), out, err);
    if (command == QLatin1String("resolve-result"))
        return resolveResult(database, positional.at(1), parser.value(resolveReason), resolver, out,
                             err);
    if (command == QLatin1String("rematch-results"))
        return rematchResults(database, out, err);
    if (command == QLatin1String("export-lookup-key"))
        return exportLookupKey(database, positional.at(1), out, err);
    if (command == QLatin1String("person-status"))
        return printPersonStatus(database, parser.value(idType).trimmed(), out, err);
    if (command == QLatin1String("recalls"))
        return listRecalls(database, parser.value(site), parser.isSet(openOnly), out, err);
    if (!parser.isSet(site)) {
        err << adminText("%1 needs --site").arg(command) << '\n' << usage << '\n';
        return 2;
    }
    if (command == QLatin1String("raise-recall")) {
        if (!parser.isSet(tube)) {
            err << adminText("raise-recall needs --tube") << '\n' << usage << '\n';
            return 2;
        }
        return raiseRecall(database, parser.value(site), parser.value(tube), parser.value(outcome),
                           parser.value(resultUuid), out, err);
    }
    if (command == QLatin1String("import-staff"))
        return importStaff(database, parser.value(site), positional.at(1), out, err);
    const std::optional<DeviceRole> deviceRole = deviceRoleFromName(parser.value(role));
    if (!deviceRole) {
        err << adminText("--role must be station, hub, lab or health-code") << '\n'
            << usage << '\n';
        return 2;
    }
    return enrollCode(database, parser.value(site), parser.value(uses).toInt(),
                      parser.value(hours).toInt(), *deviceRole, out, err);
}

} // namespace station::server
