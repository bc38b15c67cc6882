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

QString translate(const char *text) {
    return QCoreApplication::translate("AdminCommands", text);
}

// The waiting results matched again (recalls raised as a matched result raises them); the
// count, or nothing with the reason said on `err`.
std::optional<qint64> rematchWaiting(Database &database, QTextStream &err) {
    Results results(database);
    results.setMatchedHook(matchedResultHook(database));
    results.setMatchedResultsHook(matchedResultsHook(database));
    QString error;
    const std::optional<qint64> matched = results.rematchAll(&error);
    if (!matched)
        err << translate("province-server: cannot match the waiting results: %1").arg(error)
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
        err << translate("province-server: cannot rebuild the projections: %1").arg(error) << '\n';
        return 1;
    }
    const std::optional<qint64> matched = rematchWaiting(database, err);
    if (!matched)
        return 1;
    out << translate("tubes, people, boxes and hand-overs rebuilt from %1 records; %2 waiting "
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
        err << translate("province-server: cannot raise the recall: %1").arg(db.lastError().text())
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
        err << translate("province-server: cannot raise the recall: %1").arg(error) << '\n';
        return 1;
    }
    out << translate("recall raised for tube %1 (result %2): %3 people to sample again alone")
               .arg(tube, resultUuid)
               .arg(raised)
        << '\n';
    return 0;
}

ParsedResultFile readResultFile(const QString &path, const QString &lab) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {path, std::nullopt,
                translate("province-server: cannot read %1: %2").arg(path, file.errorString())};
    QString error;
    std::optional<QList<LabResultInput>> inputs = parseLabResultFile(file.readAll(), lab, &error);
    if (!inputs)
        return {path, std::nullopt,
                translate("province-server: nothing was imported from %1: %2").arg(path, error)};
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
        err << translate("province-server: cannot read the tubes: %1").arg(error) << '\n';
        return 1;
    }
    results.setMatchedHook(matchedResultHook(database));
    results.setMatchedResultsHook(matchedResultsHook(database));
    BulkResults bulkResults(database, results);
    if (bulk && !bulkResults.isAvailable())
        err << translate("province-server: --bulk needs PostgreSQL; importing result by result")
            << '\n';
    const bool inBulk = bulkResults.isAvailable() && !oneByOne &&
                        (bulk || inputs->size() > BulkResults::kAutomaticAbove);
    const ResultsBatch batch = inBulk ? bulkResults.store(*inputs, QStringLiteral("import"))
                                      : results.store(*inputs, QStringLiteral("import"));
    if (!batch.stored) {
        err << translate("province-server: %1").arg(batch.error) << '\n';
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
            out << translate("line %1: %2: %3")
                       .arg(answer.line)
                       .arg(protocol::recordStatusName(answer.status), answer.reason)
                << '\n';
            continue;
        }
        if (answer.status != protocol::RecordStatus::Accepted ||
            answer.matchState != QLatin1String("unmatched"))
            continue;
        if (++unmatched <= kUnmatchedShown)
            out << translate("line %1: accepted, not matched: tube %2: %3")
                       .arg(answer.line)
                       .arg(tubeOfLine.value(answer.line), answer.unmatchedReason)
                << '\n';
    }
    if (unmatched > kUnmatchedShown)
        out << translate("... and %1 more accepted results not matched: see province-server "
                         "admin unmatched-results")
                   .arg(unmatched - kUnmatchedShown)
            << '\n';
    out << translate("Imported %1: %2 accepted (%3 matched), %4 duplicates, %5 conflicts, "
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

int unmatchedResults(Database &database, QTextStream &out, QTextStream &err) {
    QString error;
    const auto list = Results(database).unmatched(100000, &error);
    if (!list) {
        err << translate("province-server: cannot read the results: %1").arg(error) << '\n';
        return 1;
    }
    out << translate("reason tube lab outcome tested_at received_at uuid") << '\n';
    for (const UnmatchedResult &r : *list)
        out << r.reason << ' ' << r.tube << ' ' << r.lab << ' ' << r.outcome << ' ' << r.testedAt
            << ' ' << r.receivedAt << ' ' << r.uuid << '\n';
    out << translate("%1 unmatched results").arg(list->size()) << '\n';
    return 0;
}

int rematchResults(Database &database, QTextStream &out, QTextStream &err) {
    const std::optional<qint64> matched = rematchWaiting(database, err);
    if (!matched)
        return 1;
    out << translate("%1 waiting results matched now").arg(*matched) << '\n';
    return 0;
}

// The recall list without personal data: a person is shown by the start of the site
// person key only.
int listRecalls(Database &database, const QString &site, bool openOnly, QTextStream &out,
                QTextStream &err) {
    QString error;
    const auto rows = Recalls(database).list(site, openOnly, &error);
    if (!rows) {
        err << translate("province-server: cannot read the recalls: %1").arg(error) << '\n';
        return 1;
    }
    QList<QStringList> columns;
    const auto line = [&columns](const QStringList &cells) { columns.append(cells); };
    line({translate("site"), translate("person"), translate("tube"), translate("station"),
          translate("table"), translate("outcome"), translate("state"), translate("raised_at"),
          translate("closed_at")});
    for (const RecallRow &row : *rows)
        line({row.site, row.personKey.left(8), row.tube, row.station, row.table, row.outcome,
              row.state, row.raisedAt, row.closedAt});
    printColumns(columns, out);
    return 0;
}

} // namespace station::server
