// SPDX-License-Identifier: GPL-3.0-or-later
// `recalls`: the site's recall list as this station keeps it (from the site's facts, see
// `site-facts`): people of positive or invalid pooled tubes to sample again alone (待复核).
// A person sampled here is shown by the masked ID number; one sampled at another table only
// by tube and table. Never a name or a full ID number.
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "core/TableLabel.h"
#include "core/dashboard/RecallList.h"
#include "core/domain/Clock.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace station::cli {

int runRecalls(const QStringList &args) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("open"), CliText::tr("List open recalls only.")});
    p.addOption({QStringLiteral("json"), CliText::tr("Write one JSON object per recall.")});
    if (!parseCommand(p, args,
                      CliText::tr("List the site's recalls (待复核) this station knows: people of "
                                  "positive or invalid pooled tubes to be sampled again alone, "
                                  "and whether they were. Fetch the newest with site-facts.")))
        return ExitUsage;
    Database db;
    if (!openStation(dataDir(p), db, true))
        return ExitFailure;
    QSqlError error;
    const QList<dashboard::RecallEntry> recalls = dashboard::recallList(db, &error);
    if (error.isValid()) {
        err() << CliText::tr("Cannot read the recalls: %1").arg(error.text()) << '\n';
        return ExitFailure;
    }
    const bool json = p.isSet(QStringLiteral("json"));
    int shown = 0;
    for (const dashboard::RecallEntry &r : recalls) {
        if (p.isSet(QStringLiteral("open")) && !r.open)
            continue;
        ++shown;
        const QString who =
            r.here()
                ? r.idMasked
                : CliText::tr("a person of tube %1 at %2").arg(r.tube, shownTableLabel(r.table));
        if (json) {
            out() << QString::fromUtf8(
                         QJsonDocument(
                             QJsonObject{
                                 {QStringLiteral("who"), who},
                                 {QStringLiteral("here"), r.here()},
                                 {QStringLiteral("tube"), r.tube},
                                 {QStringLiteral("table"), r.table},
                                 {QStringLiteral("station"), r.station},
                                 {QStringLiteral("outcome"), r.outcome},
                                 {QStringLiteral("state"),
                                  r.open ? QStringLiteral("open") : QStringLiteral("closed")},
                                 {QStringLiteral("raised_at"), isoUtc(r.raisedAt)},
                                 {QStringLiteral("closed_at"),
                                  r.open ? QString() : isoUtc(r.closedAt)},
                                 {QStringLiteral("sampled_again_at"),
                                  r.sampledAgain() ? isoUtc(r.sampledAgainAt) : QString()},
                                 {QStringLiteral("sampled_again_tube"),
                                  r.sampledAgain() ? r.sampledAgainTube : QString()},
                                 // Empty when sampled again here (or not yet).
                                 {QStringLiteral("sampled_again_station"),
                                  r.sampledAgainElsewhere() ? r.sampledAgainStation : QString()},
                                 {QStringLiteral("sampled_again_table"),
                                  r.sampledAgainElsewhere() ? r.sampledAgainTable : QString()}})
                             .toJson(QJsonDocument::Compact))
                  << '\n';
            continue;
        }
        const QString state =
            r.sampledAgainHere()
                ? CliText::tr("sampled again here (%1, tube %2), not yet at the province")
                      .arg(r.sampledAgainAt.toLocalTime().toString(QStringLiteral("HH:mm")),
                           r.sampledAgainTube)
            : r.sampledAgainElsewhere()
                ? CliText::tr("sampled again at %1 (%2, tube %3), not yet at the province")
                      .arg(shownTableLabel(r.sampledAgainTable),
                           r.sampledAgainAt.toLocalTime().toString(QStringLiteral("HH:mm")),
                           r.sampledAgainTube)
            : r.open ? CliText::tr("NOT YET sampled again")
                     : CliText::tr("sampled again (%1)")
                           .arg(r.closedAt.toLocalTime().toString(QStringLiteral("HH:mm")));
        out() << CliText::tr("%1 — tube %2 at %3 was %4 — %5")
                     .arg(who, r.tube, shownTableLabel(r.table),
                          r.outcome == QLatin1String("invalid") ? CliText::tr("invalid")
                                                                : CliText::tr("positive"),
                          state)
              << '\n';
    }
    if (!json)
        out() << CliText::tr("%n recall(s).", nullptr, shown) << '\n';
    return ExitOk;
}

} // namespace station::cli
