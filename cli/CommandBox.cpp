// SPDX-License-Identifier: GPL-3.0-or-later
// `box list|show|hand-over`: the boxes waiting for the courier (this table's and those other
// tables of the site sealed, from the site's facts kept here), one box as the table knows it,
// and the hand-over of one box to the courier. Through the table's own workflow
// (TableWorkflow), so the rules, records and audit rows are those of the window.
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "core/TableLabel.h"
#include "core/domain/Clock.h"
#include "core/sampling/SamplingService.h"
#include "core/storage/Database.h"
#include "core/storage/PersonalDataCodec.h"
#include "core/storage/StationStore.h"
#include "core/sync/SiteFactsStore.h"
#include "core/sync/SyncSettings.h"
#include "table/TableWorkflow.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

namespace station::cli {

namespace {

class BoxCommand {
    Q_DECLARE_TR_FUNCTIONS(station::cli::BoxCommand)
};

QString localTime(const QDateTime &at) {
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                        : QStringLiteral("-");
}

QString stateText(const BoxSnapshot &box) {
    switch (box.state) {
    case BoxState::Open:
        return BoxCommand::tr("being packed");
    case BoxState::Sealed:
        return BoxCommand::tr("sealed, waiting for the courier");
    case BoxState::HandedOver:
        if (!box.handedOverAt.isValid())
            return BoxCommand::tr("handed over");
        return box.handedOverAtTable.isEmpty()
                   ? BoxCommand::tr("handed over at %1").arg(localTime(box.handedOverAt))
                   : BoxCommand::tr("handed over at %1 (%2)")
                         .arg(shownTableLabel(box.handedOverAtTable), localTime(box.handedOverAt));
    }
    return {};
}

// "BX1  this table  3 tubes  27 people  sealed 2026-06-04 10:30"
QString boxLine(const BoxSnapshot &box) {
    return BoxCommand::tr("%1  %2  %3 tubes  %4 people  sealed %5")
        .arg(box.code, box.isFromOtherTable() ? box.packedAtTable : BoxCommand::tr("this table"))
        .arg(box.tubeCount())
        .arg(box.personCount())
        .arg(localTime(box.sealedAt));
}

int listBoxes(TableWorkflow &table) {
    const QList<BoxSnapshot> waiting = table.boxesWaiting();
    if (waiting.isEmpty()) {
        out() << BoxCommand::tr("No sealed box waits for the courier at this site.") << '\n';
        return ExitOk;
    }
    for (const BoxSnapshot &box : waiting)
        out() << boxLine(box) << '\n';
    return ExitOk;
}

int showBox(TableWorkflow &table, const QString &code) {
    const Result<BoxSnapshot> box = table.box(code);
    if (!box) {
        err() << box.message() << '\n';
        return ExitProblem;
    }
    out() << BoxCommand::tr("Box %1: %2.").arg(box->code, stateText(box.value())) << '\n';
    if (box->isFromOtherTable())
        out() << BoxCommand::tr("Packed at %1.").arg(shownTableLabel(box->packedAtTable)) << '\n';
    out() << BoxCommand::tr("%1 tubes, %2 people.").arg(box->tubeCount()).arg(box->personCount())
          << '\n';
    for (const BoxSnapshot::Tube &t : box->tubes)
        out() << "  " << t.code << "  "
              << (t.isFromOtherTable() ? shownTableLabel(t.table) : BoxCommand::tr("this table"))
              << "  " << BoxCommand::tr("%n people", nullptr, t.people) << '\n';
    return ExitOk;
}

} // namespace

int runBox(const QStringList &args) {
    const QString action = args.value(1);
    const bool list = action == QLatin1String("list");
    const bool show = action == QLatin1String("show");
    const bool handOver = action == QLatin1String("hand-over");
    QStringList rest = args;
    if (list || show || handOver)
        rest.removeAt(1);
    QCommandLineParser p;
    p.addPositionalArgument(
        QStringLiteral("box"),
        BoxCommand::tr("The box code (show; hand-over takes one or more, for one courier)."),
        QStringLiteral("CODE..."));
    p.addOption({QStringLiteral("carried-by"),
                 BoxCommand::tr("Who carries the box to the laboratory (hand-over)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("handed-over-by"),
                 BoxCommand::tr("Who hands the box over (default: the operator's name)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("temperature"),
                 BoxCommand::tr("Temperature in transit in degrees Celsius (required once the "
                                "first swab is 2 hours old)."),
                 QStringLiteral("C")});
    addOperatorOptions(p, BoxCommand::tr("Staff id of the operator who hands the box over."));
    addPassphraseOptions(p);
    if (!parseCommand(
            p, rest,
            BoxCommand::tr("box list | box show CODE | box hand-over CODE... --carried-by NAME: "
                           "the boxes of the site waiting for the courier (this table's and "
                           "other tables'), one box, or hand one or more over here."),
            handOver ? std::numeric_limits<int>::max() : 1))
        return ExitUsage;
    if (!list && !show && !handOver) {
        err() << BoxCommand::tr("Say what to do: box list, box show CODE or box hand-over CODE.")
              << '\n';
        return ExitUsage;
    }
    const QString code = p.positionalArguments().value(0).trimmed();
    if ((show || handOver) && code.isEmpty()) {
        err() << BoxCommand::tr("Name the box code.") << '\n';
        return ExitUsage;
    }
    std::optional<double> temperature;
    if (p.isSet(QStringLiteral("temperature"))) {
        bool ok = false;
        temperature = p.value(QStringLiteral("temperature")).toDouble(&ok);
        if (!ok) {
            err() << BoxCommand::tr("The temperature \"%1\" is not a number of degrees Celsius.")
                         .arg(p.value(QStringLiteral("temperature")))
                  << '\n';
            return ExitUsage;
        }
    }
    const QString dir = dataDir(p);
    Database db;
    if (!openStation(dir, db, true))
        return ExitFailure;
    StationStore store(db);
    OperatorSession session;
    if (handOver) {
        session = actAsOperator(db, store, p);
        if (!session.ok())
            return session.exitCode;
    } else {
        const std::optional<StationIdentity> identity = store.identity();
        if (!identity) {
            err() << BoxCommand::tr("The station is not provisioned. Run sampling-station-cli "
                                    "init first.")
                  << '\n';
            return ExitFailure;
        }
        session.identity = *identity;
        session.codec = unlockStation(db, p);
        if (!session.codec)
            return ExitFailure;
    }

    SamplingService service(db, *session.codec, session.identity);
    TableWorkflow table(service);
    // The site's facts `site-facts` (or the window's feed) kept here: boxes of other tables.
    SiteFactsStore siteFacts(db, readSiteKey(dir), session.identity.deviceId);
    table.setSiteFacts(&siteFacts);
    if (list)
        return listBoxes(table);
    if (show)
        return showBox(table, code);

    table.signIn(session.op);
    HandOver fields;
    fields.handedOverBy = p.isSet(QStringLiteral("handed-over-by"))
                              ? p.value(QStringLiteral("handed-over-by"))
                              : session.op.name;
    fields.carriedBy = p.value(QStringLiteral("carried-by"));
    fields.temperatureC = temperature;
    const QStringList codes = p.positionalArguments();
    if (codes.size() == 1) {
        const Result<BoxSnapshot> done = table.handOver(code, fields);
        if (!done) {
            err() << done.message() << '\n';
            return done.code() == ErrorCode::InvalidInput ? ExitUsage : ExitProblem;
        }
        out() << boxLine(done.value()) << '\n' << stateText(done.value()) << '\n';
        return ExitOk;
    }
    // Several boxes to one courier, as the window's picker hands them over.
    const TableWorkflow::BoxesHandedOver done = table.handOverBoxes(codes, fields);
    if (!done.refusedAll.isEmpty()) {
        err() << done.refusedAll << '\n';
        return ExitUsage;
    }
    for (const BoxSnapshot &box : done.handedOver)
        out() << boxLine(box) << '\n' << stateText(box) << '\n';
    for (const std::pair<QString, QString> &refused : done.refused)
        err() << refused.second << '\n';
    return done.refused.isEmpty() ? ExitOk : ExitProblem;
}

} // namespace station::cli
