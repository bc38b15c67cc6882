// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "protocol/RecordValidation.h"
#include "server/BatchStatement.h"
#include "server/PersonKeyHmac.h"
#include "server/RecordValidation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

namespace station::server {

class Database;

// One fact of a site, as GET /v1/site/facts lists it.
struct SiteFact {
    qint64 seq = 0;
    QString kind; // person_sampled | person_unsampled | tube_state | box_state
    QString station;
    QString table;
    QString personKey; // person facts
    QString tube;
    QString sampleUuid; // person facts
    // tube_state: opened | sealed | voided | boxed; box_state: opened | sealed | handed_over
    QString state;
    QString at;
    QString tubeUuid; // tube_state
    QString box;      // box_state, and a boxed tube_state: the box it went into
    QString boxUuid;
    // The members beyond the columns, stored as JSON: a sealed tube's people; a sealed
    // box's tube_count, person_count and tubes; a hand-over's box_station; and, kept for the
    // box's sealed fact but not sent, where a boxed tube was sealed (tube_station, tube_table).
    QJsonObject detail;
    QString outcome; // recall (server/Recalls): positive | invalid; its state: open | closed
    // person_sampled: the pool size of the sample's tube (its record's `pool_size`; 1: the
    // person was sampled alone), 0 when the record has none. Stations tell from it that a
    // recalled person was sampled alone at another table.
    int poolSize = 0;
    QJsonObject toJson() const;
};

// What the site knows that contradicts a record just stored (the batch answer's
// "site_notes"): the record is stored all the same.
struct SiteNote {
    QString uuid;
    // tube_code_reused | person_sampled_elsewhere | tube_boxed_twice | box_handed_over_twice
    // | box_code_reused
    QString kind;
    QString tube; // empty for box_handed_over_twice
    QString otherStation;
    QString otherTable;
    QString otherAt;  // person_sampled_elsewhere and the box notes
    QString box;      // the box notes: the box the record names
    QString otherBox; // tube_boxed_twice: the box that already holds the tube
    QString reason;   // an English sentence
    QJsonObject toJson() const;
};

// A note on `record` naming what another table did: the record's uuid, `kind`, `tube` (may
// be empty) and the other table from the current row of `query`, whose first two columns
// are that table's station and table label. The caller adds the rest and the reason.
SiteNote noteFromOtherTable(const BatchStatement &query, const protocol::ValidRecord &record,
                            const QString &kind, const QString &tube);

// The person_sampled_elsewhere note of record `uuid` (a sample into `tube`): the same
// person's sample at `otherStation` (`otherTable`) into `otherTube` at `otherAt`.
SiteNote sampledElsewhereNote(const QString &uuid, const QString &tube, const QString &otherStation,
                              const QString &otherTable, const QString &otherTube,
                              const QString &otherAt);

struct SiteProjectionStatements;

// What projecting a batch of records added: how many facts, and the notes for the sender;
// with the statements prepared for the batch (once, not once per record).
struct SiteProjection {
    int facts = 0;
    QList<SiteNote> notes;
    std::shared_ptr<SiteProjectionStatements> statements;
};

struct SiteFactsPage {
    qint64 lastSeq = 0;
    QList<SiteFact> facts;
};

struct SiteCheckAnswer {
    struct Sampled {
        QString station;
        QString table;
        QString tube;
        QString at;
        int poolSize = 0; // people the tube was for; 0 when a fact from an older server has none
    };
    QList<Sampled> sampled;
    std::optional<SiteFact> tube; // the tube's latest tube_state fact
    // Where and when the tube was first opened (its latest state may be at another table).
    std::optional<SiteFact> tubeOpened;
    // The hand-over of the box the tube was last packed into, if any: the tube's own facts
    // end at "boxed".
    std::optional<SiteFact> boxHandedOver;
};

// The site-wide facts projection (docs/sync-protocol.md, "Site-wide checks"): who was
// sampled where (by the site person key, never the ID number) and the state of every tube
// code, per site. Derived from the records as RecordStore::ingest stores them, in the same
// transaction, and rebuildable from the records alone (`admin rebuild-site-facts`). The
// person facts are made here, the tube and box facts by server/SiteBoxFacts. Also keeps
// each site's site key, created at the site's first enrollment.
class SiteFacts {
    Q_DECLARE_TR_FUNCTIONS(SiteFacts)
public:
    explicit SiteFacts(Database &database);

    // The site's key, created (random, 32 bytes) when the site has none yet; nullopt with
    // *error when the database fails. Call inside or outside a transaction.
    std::optional<QByteArray> siteKey(const QString &site, QString *error);
    // The ingest transaction was rolled back: keys read inside it may not exist.
    void forgetUncommittedKeys() {
        m_keys.clear();
        m_lastPersonKey = {};
    }
    // The site person key (protocol::sitePersonKey under siteKey()) of a person at `site`.
    // The last one is kept: the site facts and the tube projection of one sample.taken
    // name its person by the same key, and compute the HMAC once. nullopt with *error when
    // the site key cannot be read.
    std::optional<QString> personKey(const QString &site, const QString &idType,
                                     const QString &idNumber, QString *error);

    // Projects one record just stored (status accepted) into facts, on `db` inside the
    // ingest transaction; counts them and adds what contradicts the record to *out (one
    // SiteProjection for the whole batch; release its statements when the batch ends).
    // False with *error when a statement fails: the caller rolls back.
    bool project(QSqlDatabase &db, const QString &site, const protocol::ValidRecord &record,
                 SiteProjection *out, QSqlError *error);

    // PostgreSQL: project() keeps the person facts of a run of sample.taken records and
    // sends them with their "sampled elsewhere" questions as one statement
    // (server/PersonFactBatch) when another record needs site_facts, or here; the answers
    // are read later, with the batch's other statements. sendPersonFacts() sends the run
    // (before a statement of another class reads or writes site_facts); collectNotes() also
    // reads every answer: the notes into out->notes, in the records' order, before the batch
    // commits and before anyone reads the notes. False with *error when one failed.
    static bool sendPersonFacts(SiteProjection *out, QSqlError *error);
    static bool collectNotes(SiteProjection *out, QSqlError *error);

    // Facts of `site` newer than `after`, at most `limit`. The first answer (`after` 0): those
    // of the last 24 hours, and every recall still open whatever its age (beyond `limit`).
    std::optional<SiteFactsPage> facts(const QString &site, qint64 after, int limit,
                                       QString *error);
    // Who was sampled since `since` (not undone) under `personKey`, and what is known of
    // `tube`; either may be empty.
    std::optional<SiteCheckAnswer> check(const QString &site, const QString &personKey,
                                         const QString &tube, const QString &since, QString *error);

    // The boxes of `site` with the code `box` (a code is used once at a site; two are a
    // box_code_reused clash), first first, each as POST /v1/site/check answers it: box_uuid,
    // the packing station and table, opened_at / sealed_at when known, and handed_over
    // (station, table, at) when handed over. Empty when no table used the code.
    std::optional<QJsonArray> boxesWithCode(const QString &site, const QString &box,
                                            QString *error);

    // Deletes every fact and derives them again from the stored records, in one
    // transaction; the number of facts made, or nullopt with *error.
    std::optional<qint64> rebuild(QString *error);

    // The first moment of the server's local calendar day that holds `utc` (the site's day
    // for the person_sampled_elsewhere note: the server runs in the sites' time zone).
    static QDateTime dayStart(const QDateTime &utc);

private:
    // The first answer's open recalls older than the window, merged into *page by seq.
    bool addOpenRecalls(QSqlQuery &query, const QString &site, const QString &windowStart,
                        SiteFactsPage *page, QString *error);
    bool insertFact(SiteProjectionStatements &statements, const QString &site, const SiteFact &fact,
                    const QString &recordUuid, QSqlError *error);

    Database &m_database;
    // site -> key, only keys read back from a committed row: a key never changes once made.
    QHash<QString, QByteArray> m_keys;
    struct LastPersonKey {
        QString site, idType, idNumber, key;
    } m_lastPersonKey;
    std::optional<PersonKeyHmac> m_hmac; // under the last site key used
};

} // namespace station::server
