// SPDX-License-Identifier: GPL-3.0-or-later
// `tube seal|void --reason TEXT`: closes the tube left open by a crash or a full disk, so that
// the table (or `simulate`) can go on. Through the table's own workflow, so the same audit
// and outbox rows are written as when the window seals or voids a tube.
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "core/sampling/SamplingService.h"
#include "core/storage/Database.h"
#include "core/storage/PersonalDataCodec.h"
#include "core/storage/StationStore.h"
#include "table/TableWorkflow.h"

#include <QCoreApplication>

namespace station::cli {

namespace {

class TubeCommand {
    Q_DECLARE_TR_FUNCTIONS(station::cli::TubeCommand)
};

// Answers the workflow's one question, why, with the reason from the command line.
class ReasonFromCommandLine : public TableAsker {
public:
    explicit ReasonFromCommandLine(QString reason)
        : m_reason(std::move(reason)) {}

    std::optional<QString> ask(const TableQuestion &q) override {
        if (q.kind == TableQuestion::Kind::Reason)
            return m_reason;
        return std::nullopt;
    }

private:
    QString m_reason;
};

} // namespace

int runTube(const QStringList &args) {
    const QString action = args.value(1);
    const bool seal = action == QLatin1String("seal");
    const bool voiding = action == QLatin1String("void");
    QStringList rest = args;
    if (seal || voiding)
        rest.removeAt(1);
    // The usual reasons of the window, offered by number here too.
    const QStringList usual =
        voiding ? TableWorkflow::voidReasons() : TableWorkflow::sealEarlyReasons();
    QString summary = TubeCommand::tr("tube seal|void --reason TEXT: seal the open tube early, or "
                                      "void it (its people must be sampled again), e.g. after a "
                                      "crash left it open.");
    if (!voiding)
        summary += QLatin1Char('\n') +
                   TubeCommand::tr("Usual reasons to seal early (--reason NUMBER or TEXT):") +
                   QLatin1Char('\n') + numberedReasons(TableWorkflow::sealEarlyReasons());
    if (!seal)
        summary += QLatin1Char('\n') +
                   TubeCommand::tr("Usual reasons to void (--reason NUMBER or TEXT):") +
                   QLatin1Char('\n') + numberedReasons(TableWorkflow::voidReasons());
    QCommandLineParser p;
    p.addOption({QStringLiteral("reason"),
                 TubeCommand::tr("Why the tube is sealed or voided (recorded in the audit log): "
                                 "the number of a usual reason, or a reason of your own."),
                 QStringLiteral("TEXT")});
    addOperatorOptions(p, TubeCommand::tr("Staff id of the operator who closes the tube."));
    addPassphraseOptions(p);
    if (!parseCommand(p, rest, summary))
        return ExitUsage;
    if (!seal && !voiding) {
        err() << TubeCommand::tr("Say what to do with the open tube: tube seal or tube void.")
              << '\n';
        return ExitUsage;
    }
    const std::optional<QString> reason =
        reasonFromAnswer(usual, p.value(QStringLiteral("reason")));
    if (!reason || reason->isEmpty()) {
        err() << (reason ? TubeCommand::tr("Give the reason with --reason: it is recorded with "
                                           "the tube. The number of a usual reason, or a reason "
                                           "of your own:")
                         : TubeCommand::tr("--reason %1 is none of the usual reasons' numbers. "
                                           "Give one of these numbers, or a reason of your own:")
                               .arg(p.value(QStringLiteral("reason")).trimmed()))
              << '\n'
              << numberedReasons(usual);
        return ExitUsage;
    }
    Database db;
    if (!openStation(dataDir(p), db, true))
        return ExitFailure;
    StationStore store(db);
    const OperatorSession session = actAsOperator(db, store, p);
    if (!session.ok())
        return session.exitCode;

    SamplingService service(db, *session.codec, session.identity);
    const std::optional<TubeSnapshot> open = service.openTubeSnapshot();
    if (!open) {
        err() << TubeCommand::tr("No tube is open at this station; nothing to do.") << '\n';
        return ExitProblem;
    }
    TableWorkflow table(service);
    ReasonFromCommandLine answer(*reason);
    table.setAsker(&answer);
    table.signIn(session.op);
    const ScanOutcome done = seal ? table.sealEarly() : table.voidTube();
    table.setAsker(nullptr);
    if (!done.recorded) {
        err() << done.message << '\n';
        return ExitFailure;
    }
    out() << done.message << '\n';
    return ExitOk;
}

} // namespace station::cli
