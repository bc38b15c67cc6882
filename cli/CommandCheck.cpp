// SPDX-License-Identifier: GPL-3.0-or-later
// `check`: integrity of the station database and its counts; non-zero exit on a problem.
// Opens the file read-only and never migrates it: checking must not change the evidence.
// `check --acknowledge-anchor-mismatch --reason TEXT --operator ID` is the one writing form:
// an operator (with their PIN) clears an audit-anchor mismatch someone has looked into, in
// an audited, signed row, before the (read-only) check runs.
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "core/storage/Database.h"
#include "core/storage/IntegrityCheck.h"
#include "core/storage/PersonalDataCodec.h"
#include "core/storage/StationPaths.h"
#include "core/storage/StationStore.h"
#include "core/sync/AnchorAcknowledgement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace station::cli {

namespace {

QJsonObject toJson(const QMap<QString, int> &map) {
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

// Writes the acknowledgement; prints what was done or why not. The exit code on failure,
// ExitOk when acknowledged.
int acknowledgeMismatch(const QString &dir, const QCommandLineParser &p) {
    const QString reason = p.value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty()) {
        err() << CliText::tr("Give the reason with --reason TEXT: it is recorded in the audit "
                             "log with the acknowledgement.")
              << '\n';
        return ExitUsage;
    }
    Database db;
    if (!openStation(dir, db, true))
        return ExitFailure;
    StationStore store(db);
    const OperatorSession session = actAsOperator(db, store, p);
    if (!session.ok())
        return session.exitCode;
    const Result<AnchorAcknowledgement> done = acknowledgeAnchorMismatch(
        db, *session.codec, session.identity, session.op, reason, QDateTime::currentDateTimeUtc());
    if (!done) {
        err() << done.message() << '\n';
        return done.code() == ErrorCode::InvalidInput ? ExitProblem : ExitFailure;
    }
    out() << CliText::tr("Audit anchor mismatch at row %1 acknowledged by %2; the audit log is "
                         "anchored anew at row %3.")
                 .arg(done->anchor.seq)
                 .arg(session.op.staffId)
                 .arg(done->auditRow)
          << '\n';
    return ExitOk;
}

} // namespace

int runCheck(const QStringList &args) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), CliText::tr("Print the report as JSON.")});
    p.addOption({QStringLiteral("deep"),
                 CliText::tr("Also verify every audit signature and open every personal field "
                             "with its row and column (needs the site passphrase).")});
    p.addOption({QStringLiteral("acknowledge-anchor-mismatch"),
                 CliText::tr("Clear an audit-anchor mismatch that has been looked into: recorded "
                             "in the audit log with the operator and the reason (needs "
                             "--reason, --operator, the operator's PIN and the site "
                             "passphrase).")});
    p.addOption({QStringLiteral("reason"),
                 CliText::tr("Why the mismatch is acknowledged (recorded in the audit log)."),
                 QStringLiteral("TEXT")});
    addOperatorOptions(p, CliText::tr("Staff id of the operator who acknowledges the mismatch."));
    addPassphraseOptions(p);
    if (!parseCommand(p, args, CliText::tr("Check the station database and print its counts.")))
        return ExitUsage;
    const QString path = databasePath(dataDir(p));
    if (!QFileInfo::exists(path)) {
        err() << CliText::tr("No station in %1. Provision one with: sampling-station-cli init")
                     .arg(QDir::toNativeSeparators(dataDir(p)))
              << '\n';
        return ExitFailure;
    }
    if (p.isSet(QStringLiteral("acknowledge-anchor-mismatch"))) {
        if (const int acknowledged = acknowledgeMismatch(dataDir(p), p); acknowledged != ExitOk)
            return acknowledged;
    }
    Database db;
    if (const Status opened = db.openReadOnly(path); !opened.ok()) {
        err() << opened.message() << '\n';
        return ExitFailure;
    }
    std::shared_ptr<PersonalDataCodec> codec;
    if (p.isSet(QStringLiteral("deep"))) {
        if (db.schemaVersion() != Database::currentSchemaVersion()) {
            err() << CliText::tr("--deep needs a database of the current schema; checking "
                                 "without it.")
                  << '\n';
        } else {
            codec = unlockStation(db, p, UnlockMode::ReadOnly);
            if (!codec)
                return ExitFailure;
        }
    }
    const IntegrityReport r = checkIntegrity(db, codec.get());
    const bool provisioned = r.has(integrity::kSchema) ? false : StationStore(db).isProvisioned();

    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o{
            {QStringLiteral("ok"), r.ok() && provisioned},
            {QStringLiteral("provisioned"), provisioned},
            {QStringLiteral("schema_version"), db.schemaVersion()},
            {QStringLiteral("residents"), r.residents},
            {QStringLiteral("samples"), r.samples},
            {QStringLiteral("samples_removed"), r.removedSamples},
            {QStringLiteral("samples_voided"), r.voidedSamples},
            {QStringLiteral("tubes"), toJson(r.tubesByState)},
            {QStringLiteral("boxes"), toJson(r.boxesByState)},
            {QStringLiteral("outbox_pending"), r.outboxPending},
            {QStringLiteral("outbox_acked"), r.outboxAcked},
            {QStringLiteral("outbox_problems"), r.outboxProblems},
            {QStringLiteral("audit_rows"), r.auditRows},
            {QStringLiteral("audit_rows_signed"), r.signedAuditRows},
            {QStringLiteral("deep"), r.deep},
            {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)},
            {QStringLiteral("acknowledged"), QJsonArray::fromStringList(r.acknowledged)},
            {QStringLiteral("problem_kinds"), QJsonArray::fromStringList(r.problemKinds)}};
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        int tubes = 0, boxes = 0;
        for (int n : r.tubesByState)
            tubes += n;
        for (int n : r.boxesByState)
            boxes += n;
        out() << CliText::tr("Schema version   %1").arg(db.schemaVersion()) << '\n'
              << CliText::tr("Provisioned      %1")
                     .arg(provisioned ? CliText::tr("yes") : CliText::tr("no"))
              << '\n'
              << CliText::tr("Residents        %1").arg(r.residents) << '\n'
              << CliText::tr("Samples          %1 (removed %2, voided %3)")
                     .arg(r.samples)
                     .arg(r.removedSamples)
                     .arg(r.voidedSamples)
              << '\n'
              << CliText::tr("Tubes            %1").arg(tubes);
        for (auto it = r.tubesByState.cbegin(); it != r.tubesByState.cend(); ++it)
            out() << "  " << it.key() << '=' << it.value();
        out() << '\n' << CliText::tr("Boxes            %1").arg(boxes);
        for (auto it = r.boxesByState.cbegin(); it != r.boxesByState.cend(); ++it)
            out() << "  " << it.key() << '=' << it.value();
        out() << '\n'
              << CliText::tr("Outbox pending   %1 (acknowledged %2, problems %3)")
                     .arg(r.outboxPending)
                     .arg(r.outboxAcked)
                     .arg(r.outboxProblems)
              << '\n'
              << CliText::tr("Audit rows       %1 (signed %2)")
                     .arg(r.auditRows)
                     .arg(r.signedAuditRows)
              << '\n';
        if (!provisioned)
            out() << CliText::tr("PROBLEM: the station is not provisioned.") << '\n';
        for (const QString &acknowledged : r.acknowledged)
            out() << CliText::tr("ACKNOWLEDGED: %1").arg(acknowledged) << '\n';
        for (int i = 0; i < r.problems.size(); ++i)
            out() << CliText::tr("PROBLEM [%1]: %2").arg(r.problemKinds.at(i), r.problems.at(i))
                  << '\n';
        if (r.has(integrity::kAuditAnchorMismatch))
            out() << CliText::tr("Once the site lead has looked into the audit anchor mismatch, "
                                 "an operator clears it with: sampling-station-cli check "
                                 "--acknowledge-anchor-mismatch --reason TEXT --operator "
                                 "STAFF_ID")
                  << '\n';
        out() << (r.ok() && provisioned ? CliText::tr("OK") : CliText::tr("FAILED")) << '\n';
    }
    return r.ok() && provisioned ? ExitOk : ExitProblem;
}

} // namespace station::cli
