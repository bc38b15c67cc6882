// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "protocol/RecordValidation.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <optional>

namespace station::server {

class Database;
struct SiteProjection;

// One person of a positive or invalid pooled tube, to be sampled again alone (待复核).
// Named by the site person key only (protocol/SitePersonKey): never an ID number.
struct RecallRow {
    QString site;
    QString personKey;
    QString tube;
    QString sampleUuid; // the sample in the recalled tube
    QString station;    // where that sample was taken
    QString table;
    QString resultUuid;
    QString outcome; // positive | invalid
    QString raisedAt;
    QString state; // open | closed
    QString closedAt;
    QString closedBySampleUuid;
};

// The recall list (docs/sync-protocol.md, "Recall"): raised for every person of a tube
// whose result is positive or invalid, closed when a single-person sample of the same
// person reaches the server. Each change is also a `recall` fact in site_facts, so the
// site's stations (through a hub too) hear of it with the other facts. Writes happen in the
// caller's transaction: the one that stores the matched result, or the ingest of a batch.
class Recalls {
    Q_DECLARE_TR_FUNCTIONS(Recalls)
public:
    explicit Recalls(Database &database);

    // Raises a recall for each person of `tube` at `site` (their person_sampled facts not
    // undone), once per person and result; a recall fact for each new one. Runs on the
    // server's connection inside the caller's transaction. False with *error when a
    // statement fails (the caller rolls back); a tube without known people raises nothing.
    bool raiseForTube(const QString &site, const QString &tube, const QString &resultUuid,
                      const QString &outcome /* positive|invalid */, const QString &at,
                      QString *error, int *raised = nullptr);

    // A tube to recall for a result, for raiseForTubes().
    struct TubeRecall {
        QString site;
        QString tube;
        QString resultUuid;
        QString outcome; // positive | invalid
    };
    // raiseForTube for each of `tubes`, in order, with the same recalls, ids and recall facts
    // in the same order, in two statements for all of them (PostgreSQL; on SQLite one tube
    // after another). *raised, when given, gets how many each raised.
    bool raiseForTubes(const QList<TubeRecall> &tubes, const QString &at, QString *error,
                       QList<int> *raised = nullptr);

    // A batch begins: whether a site has open recalls is asked again (once per batch, so
    // that the ingest of a site without recalls pays one indexed query, not a parse per
    // sample).
    void beginBatch() { m_sitesWithOpenRecalls.clear(); }
    // Inside RecordStore's ingest transaction, for a record just stored: a sample.taken in a
    // tube of pool size 1, taken after a recall of the same person was raised, closes it
    // (and writes its closed fact). Its person_sampled fact must be projected into *projection
    // first (sent here when it waits there). Adds the facts written to projection->facts.
    bool closeBySample(QSqlDatabase &db, const QString &site, const protocol::ValidRecord &record,
                       SiteProjection *projection, QSqlError *error);

    // The recalls of `site` (every site when empty), newest first; open ones only with
    // `openOnly`.
    std::optional<QList<RecallRow>> list(const QString &site, bool openOnly, QString *error);

private:
    bool insertFact(QSqlDatabase &db, const RecallRow &row, const QString &at,
                    const QString &recordUuid, QSqlError *error);
    bool lockSiteFacts(QSqlDatabase &db, const QString &site, QSqlError *error);

    Database &m_database;
    QHash<QString, bool> m_sitesWithOpenRecalls; // this batch's answers
};

} // namespace station::server
