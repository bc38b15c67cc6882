// SPDX-License-Identifier: GPL-3.0-or-later
// `check`: integrity of the station database and its counts; non-zero exit on a problem.
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "core/storage/Database.h"
#include "core/storage/IntegrityCheck.h"
#include "core/storage/StationStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace station::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("cli", text);
}

QJsonObject toJson(const QMap<QString, int> &map) {
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

int runCheck(const QStringList &args) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), tr("Print the report as JSON.")});
    if (!parseCommand(p, args, tr("Check the station database and print its counts.")))
        return ExitUsage;
    Database db;
    if (!openStation(dataDir(p), db, true))
        return ExitFailure;
    const IntegrityReport r = checkIntegrity(db);
    const bool provisioned = StationStore(db).isProvisioned();

    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("ok"), r.ok() && provisioned},
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
                      {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)}};
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        int tubes = 0, boxes = 0;
        for (int n : r.tubesByState)
            tubes += n;
        for (int n : r.boxesByState)
            boxes += n;
        out() << tr("Schema version   %1").arg(db.schemaVersion()) << '\n'
              << tr("Provisioned      %1").arg(provisioned ? tr("yes") : tr("no")) << '\n'
              << tr("Residents        %1").arg(r.residents) << '\n'
              << tr("Samples          %1 (removed %2, voided %3)")
                     .arg(r.samples)
                     .arg(r.removedSamples)
                     .arg(r.voidedSamples)
              << '\n'
              << tr("Tubes            %1").arg(tubes);
        for (auto it = r.tubesByState.cbegin(); it != r.tubesByState.cend(); ++it)
            out() << "  " << it.key() << '=' << it.value();
        out() << '\n' << tr("Boxes            %1").arg(boxes);
        for (auto it = r.boxesByState.cbegin(); it != r.boxesByState.cend(); ++it)
            out() << "  " << it.key() << '=' << it.value();
        out() << '\n'
              << tr("Outbox pending   %1 (acknowledged %2, problems %3)")
                     .arg(r.outboxPending)
                     .arg(r.outboxAcked)
                     .arg(r.outboxProblems)
              << '\n'
              << tr("Audit rows       %1").arg(r.auditRows) << '\n';
        if (!provisioned)
            out() << tr("PROBLEM: the station is not provisioned.") << '\n';
        for (const QString &problem : r.problems)
            out() << tr("PROBLEM: %1").arg(problem) << '\n';
        out() << (r.ok() && provisioned ? tr("OK") : tr("FAILED")) << '\n';
    }
    return r.ok() && provisioned ? ExitOk : ExitProblem;
}

} // namespace station::cli
