// SPDX-License-Identifier: GPL-3.0-or-later
// `sync-problems`: the "Sync problems" list of the window (F7) on the command line: records
// the server did not take, and the site's notes on records it took, among them records the
// province refused after the site hub had accepted them (docs/sync-protocol.md, section 13).
// Record ids, kinds, tube and box codes and tables only: never a name or an ID number.
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "core/TableLabel.h"
#include "core/domain/Clock.h"
#include "core/storage/Database.h"
#include "core/sync/OutboxStore.h"
#include "core/sync/SiteNotes.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace station::cli {

int runSyncProblems(const QStringList &args) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), CliText::tr("Write one JSON object per problem.")});
    if (!parseCommand(p, args,
                      CliText::tr("List the sync problems of this station, as the window's "
                                  "\"Sync problems\" list shows them: records the server did "
                                  "not take, and what the site found later about records it "
                                  "took, each with what to do. Fetch the site's newest facts "
                                  "with site-facts first.")))
        return ExitUsage;
    Database db;
    if (!openStation(dataDir(p), db, true))
        return ExitFailure;
    QSqlError error;
    const QList<OutboxProblem> problems = OutboxStore(db).problems(&error);
    if (error.isValid()) {
        err() << CliText::tr("Cannot read the sync problems: %1").arg(error.text()) << '\n';
        return ExitFailure;
    }
    const QList<SiteNote> notes = siteNotes(db, &error);
    if (error.isValid()) {
        err() << CliText::tr("Cannot read the sync problems: %1").arg(error.text()) << '\n';
        return ExitFailure;
    }
    const bool json = p.isSet(QStringLiteral("json"));
    const auto line = [json](const QJsonObject &o, const QString &text) {
        if (json)
            out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
        else
            out() << text << '\n';
    };
    for (const OutboxProblem &problem : problems) {
        const QString what = problem.state == QLatin1String("conflict")
                                 ? CliText::tr("Conflict: the server holds other content for "
                                               "this record")
                                 : CliText::tr("Rejected by the server");
        line(QJsonObject{{QStringLiteral("record"), problem.uuid},
                         {QStringLiteral("record_kind"), problem.kind},
                         {QStringLiteral("kind"), problem.state},
                         {QStringLiteral("problem"), what},
                         {QStringLiteral("reason"), problem.reason}},
             CliText::tr("%1 %2 — %3: %4").arg(problem.uuid, problem.kind, what, problem.reason));
    }
    for (const SiteNote &note : notes) {
        const bool refused = note.kind == QLatin1String("relay_refused");
        // Worded as the window words it (models/SyncProblemsModel), in the station's
        // language; the server's own sentence stays in the JSON `reason`.
        const QString otherTable = shownTableLabel(note.otherTable);
        const QString what = siteNoteProblem(note, otherTable);
        const QString advice = siteNoteAdvice(note, otherTable);
        QJsonObject o{{QStringLiteral("record"), note.uuid},
                      {QStringLiteral("record_kind"), note.recordKind},
                      {QStringLiteral("kind"), note.kind},
                      {QStringLiteral("tube"), note.tube},
                      {QStringLiteral("problem"), what},
                      {QStringLiteral("reason"), note.reason},
                      {QStringLiteral("noted_at"), isoUtc(note.notedAt)}};
        if (refused)
            o.insert(QStringLiteral("code"), note.code);
        if (!note.otherTable.isEmpty())
            o.insert(QStringLiteral("other_table"), note.otherTable);
        o.insert(QStringLiteral("what_to_do"), advice);
        line(o, advice.isEmpty()
                    ? CliText::tr("%1 %2 — %3").arg(note.uuid, note.recordKind, what)
                    : CliText::tr("%1 %2 — %3. %4").arg(note.uuid, note.recordKind, what, advice));
    }
    if (!json)
        out() << CliText::tr("%n sync problem(s).", nullptr, int(problems.size() + notes.size()))
              << '\n';
    return ExitOk;
}

} // namespace station::cli
