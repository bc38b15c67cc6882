// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "protocol/RecordValidation.h"
#include "server/BatchStatement.h"
#include "server/PersonKeyHmac.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>

namespace station::server {

class Database;
class SiteFacts;

// What one batch of records did to the projection: the statements it prepared (once per
// batch) and the tube codes whose results may match differently now.
struct TubeBatch {
    QSet<QString> touchedTubes;
    // Statements by their SQL text, prepared on first use; released when the batch ends.
    std::map<const char *, std::unique_ptr<BatchStatement>> statements;
    // What this batch learnt already, so that a pool's ten samples ask once: tube code ->
    // the site it belongs to (empty: nobody's yet), and site/station/tube -> the tube open.
    QHash<QString, QString> owners;
    QHash<QString, QString> openTubes;
    // PostgreSQL's ingest: the batch's tube_people rows are built here and inserted with one
    // statement (TubeProjection::sendPeople), where each had a statement of its own.
    bool collectPeople = false;
    struct People {
        QStringList sampleUuid, tubeUuid, site, tube, station, personKey, idType, lookup, takenAt;
    } people;
};

// The server's queryable projection of the records (docs/sync-protocol.md, "Results"):
// tubes, the people in them, boxes and hand-overs. Kept by RecordStore::ingest in the
// batch's transaction, rebuildable from the records alone (`admin rebuild-projections`),
// on SQLite and PostgreSQL. People are named by the site person key and by the
// province's lookup key (for a status lookup by a blind key), never by their ID number.
class TubeProjection {
    Q_DECLARE_TR_FUNCTIONS(TubeProjection)
public:
    TubeProjection(Database &database, SiteFacts &siteFacts);

    // Whether `record` may be stored for `site`: a sample.taken naming a tube code that
    // belongs to another site (the first site that used it), or a box.handed_over of a box
    // another site opened, is refused, with the reason in *refusal. False only when a
    // statement fails (*error; the caller rolls back).
    bool admits(QSqlDatabase &db, const QString &site, const protocol::ValidRecord &record,
                TubeBatch *batch, QString *refusal, QSqlError *error);
    // The answer's code of admits()'s refusal of `record`: tube_code_of_other_site or
    // box_of_other_site.
    static QString refusalCode(const protocol::ValidRecord &record);

    // Projects one record just stored (accepted), on `db` inside the ingest transaction.
    bool project(QSqlDatabase &db, const QString &site, const protocol::ValidRecord &record,
                 TubeBatch *batch, QSqlError *error);

    // TubeBatch::collectPeople: inserts the people rows collected since the last call, in
    // the records' order, with one statement (in the ingest's pipeline); before anything
    // reads or changes tube_people (a removal, the batch's end). False with *error.
    bool sendPeople(QSqlDatabase &db, TubeBatch *batch, QSqlError *error);

    // Deletes the projection and derives it again from the stored records, in one
    // transaction; the number of records projected, or nullopt with *error.
    std::optional<qint64> rebuild(QString *error);

    // The province's key for the people lookup (created once, 32 random bytes).
    std::optional<QByteArray> lookupKey(QSqlDatabase &db, QString *error);
    // The blind key of a person for the status lookup: HMAC of the ID under lookupKey().
    static QString lookupHash(const QByteArray &lookupKey, const QString &idType,
                              const QString &idNumber);

    // The projection's tables, for rebuilds and tests.
    static const QStringList &tables();

private:
    Database &m_database;
    SiteFacts &m_siteFacts;
    QByteArray m_lookupKey;                    // once read back from a committed row
    std::optional<PersonKeyHmac> m_lookupHmac; // under the last lookup key used
};

} // namespace station::server
