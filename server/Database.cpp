// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/Database.h"

#include "server/Logging.h"
#include "server/ResultsKey.h"
#include "server/WalCheckpointer.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace station::server {

Database::Database(DatabaseTarget target)
    : m_target(std::move(target))
    , m_connectionName(QStringLiteral("province-server-") + QUuid::createUuid().toString()) {}

Database::~Database() {
    m_checkpointer.reset(); // its connection closes first: the last one to close cleans up
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::open(QString *error) {
    return connect(error) && createSchema(error);
}

bool Database::connect(QString *error) {
    const bool postgres = isPostgres();
    const QString driver = postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    // SQLite creates whatever file it is given: a mistyped path would start an empty
    // database and the server would answer as if it had lost every record.
    if (!postgres && !m_target.createIfMissing && !QFileInfo::exists(m_target.sqlitePath)) {
        *error =
            tr("there is no database at %1. Check the --db path; to create a new, empty "
               "database there, add --create-db (once, when setting up the server).")
                .arg(QDir::toNativeSeparators(QFileInfo(m_target.sqlitePath).absoluteFilePath()));
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *error = tr("the Qt SQL driver %1 is not installed").arg(driver);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);
    if (postgres) {
        db.setHostName(m_target.host);
        db.setPort(m_target.port);
        db.setUserName(m_target.user);
        db.setPassword(m_target.password);
        db.setDatabaseName(m_target.database);
        // Bounds how long one (re)connection attempt can hold the server's only thread.
        db.setConnectOptions(QStringLiteral("connect_timeout=3"));
    } else {
        db.setDatabaseName(m_target.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open()) {
        *error = tr("cannot open the database: %1").arg(db.lastError().text());
        return false;
    }
    if (!postgres) {
        QSqlQuery pragma(db);
        // WAL lets `admin stats` read while the server writes; FULL sync makes a
        // committed batch survive power loss, which the exactly-once promise relies on.
        // The checkpoints run on a thread of their own (WalCheckpointer, below); should it not
        // start, SQLite's own every 65,536 pages (256 MiB of WAL), not its default 1,000: a
        // batch with ID numbers writes 1,400 pages to the log at a small database and 3,300
        // at 160,000 records (the person facts' indexes take random keys), so the default
        // copied nearly every batch into the database file and synced it again; fewer
        // checkpoints copy a page rewritten by many batches once (docs/benchmarks.md, "Ingest
        // cost of person facts" and "Site hub relay", session 30).
        QStringList pragmas{QStringLiteral("PRAGMA journal_mode=WAL"),
                            QStringLiteral("PRAGMA synchronous=FULL"),
                            QStringLiteral("PRAGMA wal_autocheckpoint=65536"),
                            // 64 MiB of pages in memory (SQLite's default: 2 MiB): the ingest
                            // inserts random keys into several indexes (uuids, person keys), so
                            // once the day's database outgrew the default it read about six
                            // pages back from the file per record and spilled dirty pages to
                            // the WAL mid-batch (docs/benchmarks.md, "Ingest cost of person
                            // facts", session 27).
                            QStringLiteral("PRAGMA cache_size=-65536")};
        if (m_target.sqliteMaxPages > 0)
            pragmas << QStringLiteral("PRAGMA max_page_count=%1").arg(m_target.sqliteMaxPages);
        for (const QString &statement : pragmas) {
            if (!pragma.exec(statement)) {
                *error = tr("cannot configure the database: %1").arg(pragma.lastError().text());
                return false;
            }
        }
        startCheckpointer(db);
    }
    return true;
}

void Database::startCheckpointer(const QSqlDatabase &db) {
    QSqlQuery mode(db);
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode")) || !mode.next() ||
        mode.value(0).toString() != QLatin1String("wal"))
        return; // an in-memory database has no log to copy
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !handle.data())
        return;
    auto checkpointer = std::make_unique<WalCheckpointer>();
    QString error;
    if (!checkpointer->start(*static_cast<sqlite3 *const *>(handle.data()), m_target.sqlitePath,
                             &error)) {
        qCWarning(lcServer) << "checkpoints stay in the writing thread:" << error;
        return;
    }
    m_checkpointer = std::move(checkpointer);
}

bool Database::createSchema(QString *error) {
    const QString serialKey = isPostgres() ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                           : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    const QStringList statements{
        QStringLiteral("CREATE TABLE IF NOT EXISTS records ("
                       "uuid TEXT PRIMARY KEY, site TEXT NOT NULL, station TEXT NOT NULL,"
                       "kind TEXT NOT NULL, station_seq BIGINT NOT NULL,"
                       "created_at TEXT NOT NULL, at TEXT NOT NULL, at_bucket BIGINT NOT NULL,"
                       "content TEXT NOT NULL, content_hash TEXT NOT NULL,"
                       "received_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS records_site_bucket "
                       "ON records(site, at_bucket)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS sync_issues (id %1,"
                       "site TEXT NOT NULL, station TEXT NOT NULL, uuid TEXT NOT NULL,"
                       "status TEXT NOT NULL, content_hash TEXT NOT NULL, reason TEXT NOT NULL,"
                       "received_at TEXT NOT NULL)")
            .arg(serialKey),
        QStringLiteral("CREATE TABLE IF NOT EXISTS station_counters ("
                       "site TEXT NOT NULL, station TEXT NOT NULL,"
                       "duplicates BIGINT NOT NULL DEFAULT 0, PRIMARY KEY(site, station))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS devices ("
                       "device_id TEXT PRIMARY KEY, site TEXT NOT NULL, table_label TEXT,"
                       "token_hash TEXT NOT NULL UNIQUE, previous_token_hash TEXT,"
                       "enrolled_at TEXT NOT NULL, rotated_at TEXT,"
                       "revoked INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS enrollment_codes ("
                       "code_hash TEXT PRIMARY KEY, site TEXT NOT NULL,"
                       "uses_left INTEGER NOT NULL, created_at TEXT NOT NULL,"
                       "expires_at TEXT NOT NULL)"),
        // The enrollment whose answer a device may still ask for again (the answer was lost):
        // kept until the device first uses its token, rotates it or is revoked.
        QStringLiteral("CREATE TABLE IF NOT EXISTS pending_enrollments ("
                       "device_id TEXT PRIMARY KEY, code_hash TEXT NOT NULL,"
                       "nonce TEXT NOT NULL, created_at TEXT NOT NULL)"),
        // Each station's latest audit head: the last row number and MAC of its audit log.
        QStringLiteral("CREATE TABLE IF NOT EXISTS station_audit_heads ("
                       "device_id TEXT PRIMARY KEY, seq BIGINT NOT NULL, mac TEXT NOT NULL,"
                       "updated_at TEXT NOT NULL)"),
        // sitestaff: the site's staff list (server/SiteStaff.h): the newest entry of each
        // staff id of each site, and each site's sequence. Never relayed upstream.
        QStringLiteral("CREATE TABLE IF NOT EXISTS site_staff ("
                       "site TEXT NOT NULL, staff_id TEXT NOT NULL, name TEXT NOT NULL,"
                       "role TEXT NOT NULL, active INTEGER NOT NULL,"
                       "pin_verifier TEXT NOT NULL, one_time_pin INTEGER NOT NULL,"
                       "changed_at TEXT NOT NULL, changed_by TEXT NOT NULL,"
                       "station TEXT NOT NULL, seq BIGINT NOT NULL, stored_at TEXT NOT NULL,"
                       "PRIMARY KEY(site, staff_id))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS site_staff_by_seq ON site_staff(site, seq)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS site_staff_sequence ("
                       "site TEXT PRIMARY KEY, last_seq BIGINT NOT NULL)"),
        // Site dashboard (SiteTables): a projection of the records, rebuildable from them...
        QStringLiteral("CREATE TABLE IF NOT EXISTS site_table_stations ("
                       "site TEXT NOT NULL, station TEXT NOT NULL, table_number INTEGER,"
                       "last_record_at TEXT, last_sample_at TEXT, PRIMARY KEY(site, station))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS site_table_tubes ("
                       "tube_uuid TEXT PRIMARY KEY, site TEXT NOT NULL, station TEXT NOT NULL,"
                       "tube TEXT NOT NULL, state TEXT NOT NULL, opened_at TEXT,"
                       "pool_size INTEGER NOT NULL DEFAULT 0, people INTEGER NOT NULL DEFAULT 0,"
                       "first_swab_at TEXT)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS site_table_tubes_code "
                       "ON site_table_tubes(site, station, tube)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS site_table_tubes_state "
                       "ON site_table_tubes(site, state)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS site_table_boxes ("
                       "box_uuid TEXT PRIMARY KEY, site TEXT NOT NULL, station TEXT NOT NULL,"
                       "box TEXT NOT NULL, opened_at TEXT, sealed_at TEXT,"
                       "handed_over INTEGER NOT NULL DEFAULT 0, tubes INTEGER NOT NULL DEFAULT 0,"
                       "people INTEGER NOT NULL DEFAULT 0, earliest_swab_at TEXT)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS site_table_boxes_waiting "
                       "ON site_table_boxes(site, handed_over)"),
        // ...and, not from records, each device's latest station_status and last request.
        QStringLiteral("CREATE TABLE IF NOT EXISTS site_station_status ("
                       "device_id TEXT PRIMARY KEY, site TEXT NOT NULL, table_label TEXT,"
                       "pending BIGINT NOT NULL, oldest_pending_at TEXT, status_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS device_last_seen ("
                       "device_id TEXT PRIMARY KEY, last_seen_at TEXT NOT NULL)"),
        // --- site-wide checks (server/SiteFacts): each site's key, and the facts
        // projection derived from the records (rebuildable: admin rebuild-site-facts).
        QStringLiteral("CREATE TABLE IF NOT EXISTS site_keys (site TEXT PRIMARY KEY,"
                       "key TEXT NOT NULL, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS site_facts (seq %1, site TEXT NOT NULL,"
                       "kind TEXT NOT NULL, station TEXT NOT NULL, table_label TEXT NOT NULL,"
                       "person_key TEXT, tube TEXT, sample_uuid TEXT, state TEXT,"
                       "at TEXT NOT NULL, record_uuid TEXT NOT NULL)")
            .arg(serialKey),
        QStringLiteral("CREATE INDEX IF NOT EXISTS site_facts_site_seq ON site_facts(site, seq)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS site_facts_person "
                       "ON site_facts(site, person_key, at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS site_facts_tube ON site_facts(site, tube, seq)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS site_facts_sample "
                       "ON site_facts(site, sample_uuid)"),
        // --- end of site-wide checks
    };
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = tr("cannot create the database tables: %1").arg(query.lastError().text());
            return false;
        }
    }
    return createHubSchema(error) && createBoxFactsSchema(error) && createResultsSchema(error) &&
           createRecallSchema(error) && createRelayedAuditHeadsSchema(error) &&
           createPersonFactsPoolSizeSchema(error) && createSiteStaffOriginSchema(error) &&
           createResultResolutionSchema(error);
}

bool Database::createSiteStaffOriginSchema(QString *error) {
    // Which adding of a staff id an entry descends from (protocol::SiteStaffEntry::origin),
    // and the staff ids two people were given at one site, kept for every table to list.
    if (!addColumnIfMissing(QStringLiteral("site_staff"), QStringLiteral("origin"),
                            QStringLiteral("TEXT"), error))
        return false;
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS site_staff_collisions (site TEXT NOT NULL, "
            "staff_id TEXT NOT NULL, station TEXT NOT NULL, name TEXT NOT NULL, "
            "held_station TEXT NOT NULL, held_name TEXT NOT NULL, noted_at TEXT NOT NULL, "
            "PRIMARY KEY(site, staff_id, station))"))) {
        *error = tr("cannot create the database tables: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

bool Database::createHubSchema(QString *error) {
    const QString serialKey = isPostgres() ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                           : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    // What a device may do (station, hub), set by its enrollment code; which hub relayed a
    // record (NULL: uploaded by its station directly).
    if (!addColumnIfMissing(QStringLiteral("enrollment_codes"), QStringLiteral("role"),
                            QStringLiteral("TEXT NOT NULL DEFAULT 'station'"), error) ||
        !addColumnIfMissing(QStringLiteral("devices"), QStringLiteral("role"),
                            QStringLiteral("TEXT NOT NULL DEFAULT 'station'"), error) ||
        !addColumnIfMissing(QStringLiteral("records"), QStringLiteral("via"),
                            QStringLiteral("TEXT"), error))
        return false;
    const QStringList statements{
        // At a hub: the records still to relay upstream, in the order they were stored.
        // Queued in the transaction that stores the record; a row leaves 'pending' only on
        // the province's 200 answer ('acked', or 'conflict'/'rejected' with its reason).
        QStringLiteral("CREATE TABLE IF NOT EXISTS upstream_queue (id %1,"
                       "uuid TEXT NOT NULL UNIQUE, state TEXT NOT NULL DEFAULT 'pending',"
                       "queued_at TEXT NOT NULL,"
                       "reason TEXT, answered_at TEXT)")
            .arg(serialKey),
        QStringLiteral("CREATE INDEX IF NOT EXISTS upstream_queue_state "
                       "ON upstream_queue(state, id)"),
        // At a hub: its own enrollment at the province (one row).
        QStringLiteral("CREATE TABLE IF NOT EXISTS hub_upstream ("
                       "hub_id TEXT PRIMARY KEY, site TEXT NOT NULL, token TEXT NOT NULL,"
                       "enrolled_at TEXT NOT NULL, resident_code_key TEXT)"),
    };
    QSqlQuery query(connection());
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = tr("cannot create the database tables: %1").arg(query.lastError().text());
            return false;
        }
    }
    // The province's reason code for a record it did not take (protocol::RecordOutcome::code),
    // kept beside its sentence: the originating station words it in its own language.
    return addColumnIfMissing(QStringLiteral("upstream_queue"), QStringLiteral("code"),
                              QStringLiteral("TEXT"), error);
}

bool Database::createBoxFactsSchema(QString *error) {
    // detail: the members a fact kind has beyond the columns (JSON object; see SiteFact).
    for (const char *column : {"tube_uuid", "box", "box_uuid", "detail"}) {
        if (!addColumnIfMissing(QStringLiteral("site_facts"), QLatin1String(column),
                                QStringLiteral("TEXT"), error))
            return false;
    }
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral(
            "CREATE INDEX IF NOT EXISTS site_facts_box ON site_facts(site, box_uuid)"))) {
        *error = tr("cannot create the database tables: %1").arg(query.lastError().text());
        return false;
    }
    // Each box.opened asks whether another box of the site had its code (box_code_reused).
    if (!query.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS site_facts_box_code "
                                   "ON site_facts(site, box, seq)"))) {
        *error = tr("cannot create the database tables: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

bool Database::createResultsSchema(QString *error) {
    // A results table made before, keyed by the random result uuid, keyed by time first.
    if (!ResultsKey::rekeyIfOld(*this, error))
        return false;
    QStringList statements{
        // Derived from the records (rebuildable: admin rebuild-projections). A tube is
        // one opening of a tube code (tube_uuid); people are named by the site person key
        // and, for the status lookup, by the province's lookup key (never the ID number).
        QStringLiteral("CREATE TABLE IF NOT EXISTS tubes (tube_uuid TEXT PRIMARY KEY,"
                       "site TEXT NOT NULL, tube TEXT NOT NULL, station TEXT NOT NULL,"
                       "state TEXT NOT NULL, pool_size INTEGER NOT NULL DEFAULT 0,"
                       "people INTEGER NOT NULL DEFAULT 0, opened_at TEXT, sealed_at TEXT,"
                       "voided_at TEXT, box_uuid TEXT, handed_over_at TEXT)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tubes_code ON tubes(tube)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tubes_station_code "
                       "ON tubes(site, station, tube)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tubes_box ON tubes(box_uuid)"),
        // The site each tube code belongs to: the first site that used it.
        QStringLiteral("CREATE TABLE IF NOT EXISTS tube_codes (tube TEXT PRIMARY KEY,"
                       "site TEXT NOT NULL, record_uuid TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS tube_people (sample_uuid TEXT PRIMARY KEY,"
                       "tube_uuid TEXT NOT NULL, site TEXT NOT NULL, tube TEXT NOT NULL,"
                       "station TEXT NOT NULL, person_key TEXT, id_type TEXT,"
                       "id_number_hash TEXT, state TEXT NOT NULL, taken_at TEXT NOT NULL,"
                       "removed_at TEXT)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tube_people_tube ON tube_people(tube_uuid)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tube_people_lookup "
                       "ON tube_people(id_number_hash)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS boxes (box_uuid TEXT PRIMARY KEY,"
                       "site TEXT NOT NULL, box TEXT NOT NULL, station TEXT NOT NULL,"
                       "state TEXT NOT NULL, opened_at TEXT, sealed_at TEXT, handed_over_at TEXT,"
                       "tube_count INTEGER NOT NULL DEFAULT 0,"
                       "person_count INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS box_tubes (box_uuid TEXT NOT NULL,"
                       "tube_uuid TEXT NOT NULL, site TEXT NOT NULL, tube TEXT NOT NULL,"
                       "station TEXT NOT NULL, added_at TEXT NOT NULL,"
                       "PRIMARY KEY(box_uuid, tube_uuid))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS box_tubes_tube ON box_tubes(tube_uuid)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS hand_overs (record_uuid TEXT PRIMARY KEY,"
                       "box_uuid TEXT NOT NULL, site TEXT NOT NULL, station TEXT NOT NULL,"
                       "at TEXT NOT NULL, tube_count INTEGER NOT NULL,"
                       "person_count INTEGER NOT NULL)"),
        // The province's own secrets, made once (the people lookup key).
        QStringLiteral("CREATE TABLE IF NOT EXISTS server_keys (name TEXT PRIMARY KEY,"
                       "key TEXT NOT NULL, created_at TEXT NOT NULL)"),
    };
    statements << ResultsKey::tableStatements();
    QSqlQuery query(connection());
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = tr("cannot create the database tables: %1").arg(query.lastError().text());
            return false;
        }
    }
    return true;
}

bool Database::createRecallSchema(QString *error) {
    const QString serialKey = isPostgres() ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                           : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    // A recall fact's result: positive | invalid (NULL for the other kinds).
    if (!addColumnIfMissing(QStringLiteral("site_facts"), QStringLiteral("outcome"),
                            QStringLiteral("TEXT"), error))
        return false;
    const QStringList statements{
        // server/Recalls: the people of positive or invalid tubes to sample again alone,
        // by site person key; one row per person and result.
        QStringLiteral("CREATE TABLE IF NOT EXISTS recalls (id %1, site TEXT NOT NULL,"
                       "person_key TEXT NOT NULL, tube TEXT NOT NULL, sample_uuid TEXT NOT NULL,"
                       "station TEXT NOT NULL, table_label TEXT NOT NULL,"
                       "result_uuid TEXT NOT NULL, outcome TEXT NOT NULL,"
                       "raised_at TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'open',"
                       "closed_at TEXT, closed_by_sample_uuid TEXT,"
                       "UNIQUE (result_uuid, person_key))")
            .arg(serialKey),
        QStringLiteral("CREATE INDEX IF NOT EXISTS recalls_person "
                       "ON recalls(site, person_key, state)"),
        // At a hub: how far it has read the province's facts of its site (RecallPuller).
        QStringLiteral("CREATE TABLE IF NOT EXISTS upstream_facts_cursor ("
                       "site TEXT PRIMARY KEY, last_seq BIGINT NOT NULL,"
                       "updated_at TEXT NOT NULL)"),
    };
    QSqlQuery query(connection());
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = tr("cannot create the database tables: %1").arg(query.lastError().text());
            return false;
        }
    }
    return true;
}

bool Database::createRelayedAuditHeadsSchema(QString *error) {
    const QStringList statements{
        // At the province: the audit heads hubs relayed, per site and station, apart from
        // station_audit_heads (a relayed head may arrive after a newer one sent directly).
        QStringLiteral("CREATE TABLE IF NOT EXISTS relayed_audit_heads ("
                       "site TEXT NOT NULL, device_id TEXT NOT NULL, seq BIGINT NOT NULL,"
                       "mac TEXT NOT NULL, updated_at TEXT NOT NULL,"
                       "PRIMARY KEY(site, device_id))"),
        // At a hub: the head of each station it last relayed (the province answered 200).
        QStringLiteral("CREATE TABLE IF NOT EXISTS hub_relayed_audit_heads ("
                       "device_id TEXT PRIMARY KEY, seq BIGINT NOT NULL, mac TEXT NOT NULL,"
                       "relayed_at TEXT NOT NULL)"),
    };
    QSqlQuery query(connection());
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = tr("cannot create the database tables: %1").arg(query.lastError().text());
            return false;
        }
    }
    return true;
}

bool Database::createPersonFactsPoolSizeSchema(QString *error) {
    // A person_sampled fact's tube pool size (1: sampled alone), so that every table of the
    // site sees a recalled person sampled alone at another one. NULL in facts stored before
    // it was kept: `admin rebuild-site-facts` derives them again with it.
    return addColumnIfMissing(QStringLiteral("site_facts"), QStringLiteral("pool_size"),
                              QStringLiteral("INTEGER"), error);
}

bool Database::createResultResolutionSchema(QString *error) {
    // An unmatched result resolved by a person (Results::resolve): when, by whom (free text,
    // the operator's name) and why (free text, checked for personal data). A resolved result
    // keeps match_state 'unmatched' (what a lab re-sending it is told) and is never matched
    // again; NULL in every result stored before.
    for (const char *column : {"resolved_at", "resolved_by", "resolution_reason"}) {
        if (!addColumnIfMissing(QStringLiteral("results"), QLatin1String(column),
                                QStringLiteral("TEXT"), error))
            return false;
    }
    return true;
}

bool Database::addColumnIfMissing(const QString &table, const QString &column,
                                  const QString &definition, QString *error) {
    QSqlQuery query(connection());
    if (isPostgres()) {
        // IF NOT EXISTS also keeps two servers starting at once from failing each other.
        if (query.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN IF NOT EXISTS %2 %3")
                           .arg(table, column, definition)))
            return true;
        *error = tr("cannot add the column %1.%2: %3").arg(table, column, query.lastError().text());
        return false;
    }
    const auto present = [&] {
        if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
            return false;
        while (query.next()) {
            if (query.value(1).toString() == column)
                return true;
        }
        return false;
    };
    if (present())
        return true;
    if (query.exec(
            QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3").arg(table, column, definition)))
        return true;
    const QString failure = query.lastError().text();
    if (present()) // another process (an admin command) added it meanwhile
        return true;
    *error = tr("cannot add the column %1.%2: %3").arg(table, column, failure);
    return false;
}

bool Database::isHealthy() const {
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("SELECT 1")) && query.next();
}

bool Database::ensureConnected(QString *error) {
    // An SQLite file cannot drop its connection; its failures (disk full) are per query.
    if (!isPostgres() || isHealthy())
        return true;
    if (m_sinceReconnectAttempt.isValid() &&
        m_sinceReconnectAttempt.elapsed() < kReconnectIntervalMs) {
        *error = tr("the database connection is lost; reconnecting");
        return false;
    }
    m_sinceReconnectAttempt.start();
    {
        // A dropped libpq connection stays "open" in Qt's eyes: close it to connect anew.
        QSqlDatabase db = connection();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!connect(error) || !createSchema(error)) {
        qCWarning(lcServer) << "cannot reconnect to the database:" << *error;
        return false;
    }
    m_sinceReconnectAttempt.invalidate();
    qCInfo(lcServer) << "reconnected to the database";
    return true;
}

QString postgresTextArray(const QStringList &values, NullText nulls) {
    QString out;
    out.reserve(values.size() * 40);
    out += QLatin1Char('{');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        const QString &value = values[i];
        if (value.isNull() && nulls == NullText::Null) {
            out += QLatin1String("NULL");
            continue;
        }
        out += QLatin1Char('"');
        for (const QChar c : value) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                out += QLatin1Char('\\');
            out += c;
        }
        out += QLatin1Char('"');
    }
    out += QLatin1Char('}');
    return out;
}

} // namespace station::server
