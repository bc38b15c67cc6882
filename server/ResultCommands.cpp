// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ResultCommands.h"

#include "server/BulkResults.h"
#include "server/Database.h"
#include "server/Logging.h"
#include "server/MatchedResultHook.h"
#include "server/Recalls.h"
#include "server/SiteFacts.h"
#include "server/TextColumns.h"
#include "server/TubeProjection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

namespace station::server {

namespace {

QString resultCommandText(const char *text) {
    return QCoreApplication::translate("AdminCommands", text);
}

// The waiting results matched again (recalls raised as a matched result raises them); the
// count, or nothing with the reason said on `err`.
std::optional<qint64> rematchWaiting(Database &database, QTextStream &err,
                                     RematchReport *report = nullptr) {
    Results results(database);
    results.setMatchedHook(matchedResultHook(database));
    results.setMatchedResultsHook(matchedResultsHook(database));
    QString error;
    const std::optional<qint64> matched = results.rematchAll(&error, report);
    if (!matched)
        err << resultCommandText("province-server: cannot match the waiting results: %1").arg(error)
            << '\n';
    return matched;
}

} // namespace

// results: the projection of tubes, people, boxes and hand-overs derived anew from the
// records; the waiting results are matched again against it.
int rebuildProjections(Database &database, QTextStream &out, QTextStream &err) {
    SiteFacts facts(database);
    TubeProjection tubes(database, facts);
    QString error;
    const std::optional<qint64> projected = tubes.rebuild(&error);
    if (!projected) {
        err << resultCommandText("province-server: cannot rebuild the projections: %1").arg(error)
            << '\n';
        return 1;
    }
    const std::optional<qint64> matched = rematchWaiting(database, err);
    if (!matched)
        return 1;
    out << resultCommandText(
               "tubes, people, boxes and hand-overs rebuilt from %1 records; %2 waiting "
               "results matched")
               .arg(*projected)
               .arg(*matched)
        << '\n';
    return 0;
}

// A drill, or a result matched by hand: recalls the people of `tube` as a positive or
// invalid result would.
int raiseRecall(Database &database, const QString &site, const QString &tube,
                const QString &outcome, QString resultUuid, QTextStream &out, QTextStream &err) {
    if (resultUuid.isEmpty())
        resultUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = database.connection();
    QString error;
    int raised = 0;
    if (!db.transaction()) {
        err << resultCommandText("province-server: cannot raise the recall: %1")
                   .arg(db.lastError().text())
            << '\n';
        return 1;
    }
    if (!Recalls(database).raiseForTube(site, tube, resultUuid, outcome,
                                        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                        &error, &raised) ||
        !db.commit()) {
        if (error.isEmpty())
            error = db.lastError().text();
        db.rollback();
        err << resultCommandText("province-server: cannot raise the recall: %1").arg(error) << '\n';
        return 1;
    }
    out << resultCommandText(
               "recall raised for tube %1 (result %2): %3 people to sample again alone")
               .arg(tube, resultUuid)
               .arg(raised)
        << '\n';
    return 0;
}

ParsedResultFile readResultFile(const QString &path, const QString &lab) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {
            path, std::nullopt,
            resultCommandText("province-server: cannot read %1: %2").arg(path, file.errorString())};
    QString error;
    std::optional<QList<LabResultInput>> inputs = parseLabResultFile(file.readAll(), lab, &error);
    if (!inputs)
        return {path, std::nullopt,
                resultCommandText("province-server: nothing was imported from %1: %2")
                    .arg(path, error)};
    return {path, std::move(inputs), QString()};
}

// results: a lab's export (CSV or JSON lines, read and parsed while the database connected)
// stored and matched; every line that is not accepted or a duplicate is named with its reason
// (no personal data: results carry none).
int importResults(Database &database, std::future<ParsedResultFile> parsing, bool bulk,
                  bool oneByOne, QTextStream &out, QTextStream &err) {
    QElapsedTimer waiting;
    waiting.start();
    const ParsedResultFile parsed = parsing.get();
    qCDebug(lcServer) << "import: file read and parsed; waited" << waiting.elapsed()
                      << "ms for it after the database opened";
    // A copy that shares the parsed list until a line is refused here.
    std::optional<QList<LabResultInput>> inputs = parsed.inputs;
    if (!inputs) {
        err << parsed.message << '\n';
        return 1;
    }
    // Large files on PostgreSQL take the bulk path (COPY, one set-based match).
    Results results(database);
    if (QString error; !results.refuseStrangeTubeCodes(*inputs, &error)) {
        err << resultCommandText("province-server: cannot read the tubes: %1").arg(error) << '\n';
        return 1;
    }
    results.setMatchedHook(matchedResultHook(database));
    results.setMatchedResultsHook(matchedResultsHook(database));
    BulkResults bulkResults(database, results);
    if (bulk && !bulkResults.isAvailable())
        err << resultCommandText(
                   "province-server: --bulk needs PostgreSQL; importing result by result")
            << '\n';
    const bool inBulk = bulkResults.isAvailable() && !oneByOne &&
                        (bulk || inputs->size() > BulkResults::kAutomaticAbove);
    const ResultsBatch batch = inBulk ? bulkResults.store(*inputs, QStringLiteral("import"))
                                      : results.store(*inputs, QStringLiteral("import"));
    if (!batch.stored) {
        err << resultCommandText("province-server: %1").arg(batch.error) << '\n';
        return 1;
    }
    // Every line that needs a person, in the file's order: conflicts and rejections with
    // their reason, and the results accepted but matched to no tube's people, the commonest
    // failure of the campaign (a mistyped tube code); a large file's unmatched beyond the
    // first are listed by `unmatched-results`.
    QHash<int, QString> tubeOfLine;
    for (const LabResultInput &input : *inputs)
        if (input.result)
            tubeOfLine.insert(input.line, input.result->tube);
    constexpr int kUnmatchedShown = 20;
    int unmatched = 0;
    for (const ResultAnswer &answer : batch.results) {
        if (answer.status == protocol::RecordStatus::Rejected ||
            answer.status == protocol::RecordStatus::Conflict) {
            out << resultCommandText("line %1: %2: %3")
                       .arg(answer.line)
                       .arg(protocol::recordStatusName(answer.status), answer.reason)
                << '\n';
            continue;
        }
        if (answer.status != protocol::RecordStatus::Accepted ||
            answer.matchState != QLatin1String("unmatched"))
            continue;
        if (++unmatched <= kUnmatchedShown)
            out << resultCommandText("line %1: accepted, not matched: tube %2: %3")
                       .arg(answer.line)
                       .arg(tubeOfLine.value(answer.line), answer.unmatchedReason)
                << '\n';
    }
    if (unmatched > kUnmatchedShown)
        out << resultCommandText(
                   "... and %1 more accepted results not matched: see province-server "
                   "admin unmatched-results")
                   .arg(unmatched - kUnmatchedShown)
            << '\n';
    out << resultCommandText("Imported %1: %2 accepted (%3 matched), %4 duplicates, %5 conflicts, "
                             "%6 rejected.")
               .arg(parsed.path)
               .arg(batch.counts[0])
               .arg(batch.matched)
               .arg(batch.counts[1])
               .arg(batch.counts[2])
               .arg(batch.counts[3])
        << '\n';
    return batch.counts[2] + batch.counts[3] > 0 ? 3 : 0;
}

int unmatchedResults(Database &database, bool resolved, QTextStream &out, QTextStream &err) {
    QString error;
    const auto list = Results(database).unmatched(100000, &error, resolved);
    if (!list) {
        err << resultCommandText("province-server: cannot read the results: %1").arg(error) << '\n';
        return 1;
    }
    out << resultCommandText("reason tube lab outcome tested_at received_at uuid") << '\n';
    for (const UnmatchedResult &r : *list) {
        out << r.reason << ' ' << r.tube << ' ' << r.lab << ' ' << r.outcome << ' ' << r.testedAt
            << ' ' << r.receivedAt << ' ' << r.uuid << '\n';
        if (resolved)
            out << "  "
                << resultCommandText("resolved at %1 by %2: %3")
                       .arg(r.resolvedAt, r.resolvedBy, r.resolutionReason)
                << '\n';
    }
    out << (resolved ? resultCommandText("%1 resolved results")
                     : resultCommandText("%1 unmatched results"))
               .arg(list->size())
        << '\n';
    return 0;
}

int rematchResults(Database &database, QTextStream &out, QTextStream &err) {
    RematchReport report;
    const std::optional<qint64> matched = rematchWaiting(database, err, &report);
    if (!matched)
        return 1;
    if (report.upperCased > 0)
        out << resultCommandText("%1 tube codes stored in lower case upper-cased")
                   .arg(report.upperCased)
            << '\n';
    for (const auto &[lowerCase, upperCase] : std::as_const(report.upperCaseTwins))
        out << resultCommandText("result %1 is stored under its upper-case tube code too, as "
                                 "result %2: resolve %1 (province-server admin resolve-result "
                                 "%1 --reason TEXT)")
                   .arg(lowerCase, upperCase)
            << '\n';
    out << resultCommandText("%1 waiting results matched now").arg(*matched) << '\n';
    return 0;
}

int resolveResult(Database &database, const QString &uuid, const QString &reason, const QString &by,
                  QTextStream &out, QTextStream &err) {
    using Outcome = ResultResolution::Outcome;
    const ResultResolution resolution = Results(database).resolve(uuid, reason, by);
    switch (resolution.outcome) {
    case Outcome::Resolved:
        out << resultCommandText("result %1 resolved by %2: it leaves the unmatched results and "
                                 "is not matched again")
                   .arg(resolution.uuid, resolution.resolvedBy)
            << '\n';
        return 0;
    case Outcome::NotAUuid:
        err << resultCommandText("province-server: '%1' is not a result uuid (the last column "
                                 "of unmatched-results)")
                   .arg(uuid.left(40))
            << '\n';
        return 1;
    case Outcome::UnknownResult:
        err << resultCommandText("province-server: no result has the uuid %1").arg(resolution.uuid)
            << '\n';
        return 1;
    case Outcome::Matched:
        err << resultCommandText("province-server: result %1 is matched to its tube: there is "
                                 "nothing to resolve")
                   .arg(resolution.uuid)
            << '\n';
        return 1;
    case Outcome::AlreadyResolved:
        err << resultCommandText("province-server: result %1 was resolved at %2 by %3 (%4); "
                                 "that stays as it is")
                   .arg(resolution.uuid, resolution.resolvedAt, resolution.resolvedBy,
                        resolution.reason)
            << '\n';
        return 1;
    case Outcome::PersonalData:
        err << resultCommandText("province-server: the reason and the name are kept in the "
                                 "clear in the server's database, so they must not hold an ID "
                                 "number or a phone number. Say why in words.")
            << '\n';
        return 2;
    case Outcome::Failed:
        break;
    }
    err << resultCommandText("province-server: cannot resolve the result: %1").arg(resolution.error)
        << '\n';
    return 1;
}

// The recall list without personal data: a person is shown by the start of the site
// person key only.
int listRecalls(Database &database, const QString &site, bool openOnly, QTextStream &out,
                QTextStream &err) {
    QString error;
    const auto rows = Recalls(database).list(site, openOnly, &error);
    if (!rows) {
        err << resultCommandText("province-server: cannot read the recalls: %1").arg(error) << '\n';
        return 1;
    }
    QList<QStringList> columns;
    const auto line = [&columns](const QStringList &cells) { columns.append(cells); };
    line({resultCommandText("site"), resultCommandText("person"), resultCommandText("tube"),
          resultCommandText("station"), resultCommandText("table"), resultCommandText("outcome"),
          resultCommandText("state"), resultCommandText("raised_at"),
          resultCommandText("closed_at")});
    for (const RecallRow &row : *rows)
        line({row.site, row.personKey.left(8), row.tube, row.station, row.table, row.outcome,
              row.state, row.raisedAt, row.closedAt});
    printColumns(columns, out);
    return 0;
}

} // namespace station::server
