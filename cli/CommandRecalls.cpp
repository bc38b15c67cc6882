// SPDX-License-Identifier: GPL-3.0-or-later
// `recalls`: the site's recall list as this station keeps it (from the site's facts, see
// `site-facts`): people of positive or invalid pooled tubes to sample again alone (待复核).
// A person sampled here is shown by the masked ID number; one sampled at another table only
// by tube and table. Never a name or a full ID number, except with --contact: a site lead's
// audited reveal of the names and phone numbers of a recalled tube's people sampled here, to
// call them back (core/security/RecallContact), after their PIN.
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "core/TableLabel.h"
#include "core/dashboard/RecallList.h"
#include "core/domain/Clock.h"
#include "core/security/RecallContact.h"
#include "core/storage/Database.h"
#include "core/storage/StationStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace station::cli {

namespace {

// `recalls --contact TUBE`: the names and phone numbers of the tube's recalled people sampled
// here, for the site lead to call them back; the rule, the PIN check and the record are
// core's (RecallContact), as at the window.
int showContacts(const QCommandLineParser &p, const QString &tube) {
    Database db;
    if (!openStation(dataDir(p), db, true))
        return ExitFailure;
    StationStore store(db);
    if (!store.identity()) {
        err() << CliText::tr("The station is not provisioned. Run sampling-station-cli init first.")
              << '\n';
        return ExitFailure;
    }
    const std::shared_ptr<PersonalDataCodec> codec = unlockStation(db, p);
    if (!codec)
        return ExitFailure;
    const QString staffId = p.value(QStringLiteral("operator")).trimmed();
    if (staffId.isEmpty()) {
        err() << CliText::tr("Name the site lead with --operator STAFF_ID: contact details are "
                             "shown to a lead who proves their PIN.")
              << '\n';
        return ExitUsage;
    }
    OperatorRef by;
    for (const OperatorRef &op : store.operators()) {
        if (op.staffId == staffId)
            by = op;
    }
    if (!by.isValid()) {
        // Unknown or disabled: the sign-in's own words.
        const Result<PinChallenge> known = store.pinChallenge(staffId);
        err() << (known ? CliText::tr("%1 may not act at this station.").arg(staffId)
                        : known.message())
              << '\n';
        return ExitFailure;
    }
    RecallContact contact(db, store, *codec);
    // Refused (a role that may not, a tube of another table...) before the PIN is asked for.
    const Result<ContactRequest> request = contact.prepare(by, tube);
    if (!request) {
        err() << request.message() << '\n';
        return ExitFailure;
    }
    const QString pin = operatorPin(p);
    if (pin.isEmpty()) {
        err() << CliText::tr("No PIN was given for %1. Give it with --pin-file, "
                             "STATION_OPERATOR_PIN or at the prompt on a terminal.")
                     .arg(staffId)
              << '\n';
        return ExitUsage;
    }
    Result<RecalledContacts> shown =
        contact.complete(request.value(), RecallContact::checkPin(request.value(), pin));
    if (!shown) {
        err() << shown.message() << '\n';
        return ExitFailure;
    }
    out() << CliText::tr("Tube %1 (%2): call these people and ask them to come back to be "
                         "sampled again alone (单管单采):")
                 .arg(shown->tube, shownTableLabel(request->table))
          << '\n';
    for (const RecalledContact &c : std::as_const(shown->people))
        out() << c.position << '\t' << c.idMasked << '\t' << c.name << '\t'
              << (c.phone.isEmpty() ? CliText::tr("(no phone number)") : c.phone) << '\n';
    if (shown->sampledAgain > 0)
        out() << CliText::tr("%n other person(s) of this tube were already sampled again.", nullptr,
                             shown->sampledAgain)
              << '\n';
    if (shown->erased > 0)
        out() << CliText::tr("%n other person(s) of this tube: personal data erased (retention).",
                             nullptr, shown->erased)
              << '\n';
    out() << CliText::tr("Shown to %1, recorded in the audit log and reported to the province. "
                         "Do not write these down or pass them on.")
                 .arg(staffId)
          << '\n';
    shown.value().forget();
    return ExitOk;
}

} // namespace

int runRecalls(const QStringList &args) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("open"), CliText::tr("List open recalls only.")});
    p.addOption({QStringLiteral("json"), CliText::tr("Write one JSON object per recall.")});
    p.addOption({QStringLiteral("contact"),
                 CliText::tr("Show the names and phone numbers of the recalled people of TUBE "
                             "sampled at this station, to call them back (site lead; asks for "
                             "the PIN; audited and reported to the province)."),
                 QStringLiteral("TUBE")});
    addOperatorOptions(p, CliText::tr("Staff id of the site lead who calls (with --contact)."));
    addPassphraseOptions(p);
    if (!parseCommand(p, args,
                      CliText::tr("List the site's recalls (待复核) this station knows: people of "
                                  "positive or invalid pooled tubes to be sampled again alone, "
                                  "and whether they were. Fetch the newest with site-facts.")))
        return ExitUsage;
    if (p.isSet(QStringLiteral("contact"))) {
        // For reading off to a phone, not for a file.
        if (p.isSet(QStringLiteral("json"))) {
            err() << CliText::tr("--contact shows the contact details to read off; it writes no "
                                 "JSON.")
                  << '\n';
            return ExitUsage;
        }
        return showContacts(p, p.value(QStringLiteral("contact")));
    }
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
