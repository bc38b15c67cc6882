// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/SiteFacts.h"

#include "protocol/SitePersonKey.h"
#include "server/Database.h"
#include "server/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>

namespace station::server {

namespace {

const QString kPersonSampled = QStringLiteral("person_sampled");
const QString kPersonUnsampled = QStringLiteral("person_unsampled");
const QString kTubeState = QStringLiteral("tube_state");

QString nowUtc() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString iso(const QDateTime &t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// The facts of one sample.taken that are still in force: (station, table, tube, at) of
// person_sampled facts with no person_unsampled for the same sample.
const char *kSampledNotUndone =
    "SELECT f.station, f.table_label, f.tube, f.at, f.sample_uuid FROM site_facts f "
    "WHERE f.site = ? AND f.person_key = ? AND f.kind = 'person_sampled' AND f.at >= ? "
    "AND f.at < ? AND NOT EXISTS (SELECT 1 FROM site_facts u WHERE u.site = f.site "
    "AND u.sample_uuid = f.sample_uuid AND u.kind = 'person_unsampled') ORDER BY f.seq";

} // namespace

QJsonObject SiteFact::toJson() const {
    QJsonObject o{{QStringLiteral("seq"), seq},         {QStringLiteral("kind"), kind},
                  {QStringLiteral("station"), station}, {QStringLiteral("table"), table},
                  {QStringLiteral("tube"), tube},       {QStringLiteral("at"), at}};
    if (kind == kTubeState) {
        o.insert(QStringLiteral("state"), state);
    } else {
        o.insert(QStringLiteral("person_key"), personKey);
        o.insert(QStringLiteral("sample_uuid"), sampleUuid);
    }
    if (kind == QLatin1String("recall")) {
        o.insert(QStringLiteral("state"), state);
        o.insert(QStringLiteral("outcome"), outcome);
    }
    return o;
}

QJsonObject SiteNote::toJson() const {
    QJsonObject o{{QStringLiteral("uuid"), uuid},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("tube"), tube},
                  {QStringLiteral("other_station"), otherStation},
                  {QStringLiteral("other_table"), otherTable},
                  {QStringLiteral("reason"), reason}};
    if (!otherAt.isEmpty())
        o.insert(QStringLiteral("other_at"), otherAt);
    return o;
}

SiteFacts::SiteFacts(Database &database)
    : m_database(database) {}

QDateTime SiteFacts::dayStart(const QDateTime &utc) {
    const QDateTime local = utc.toLocalTime();
    return QDateTime(local.date(), QTime(0, 0), Qt::LocalTime).toUTC();
}

std::optional<QByteArray> SiteFacts::siteKey(const QString &site, QString *error) {
    if (const auto cached = m_keys.constFind(site); cached != m_keys.constEnd())
        return *cached;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT key FROM site_keys WHERE site = ?"));
    query.addBindValue(site);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (query.next()) {
        const QByteArray key = QByteArray::fromHex(query.value(0).toString().toLatin1());
        m_keys.insert(site, key);
        return key;
    }
    query.finish();
    QByteArray fresh(protocol::kSiteKeyBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(fresh.data()),
                                         reinterpret_cast<quint32 *>(fresh.data() + fresh.size()));
    // Two servers on one database may make a key at once: the first one written wins and
    // both read it back.
    query.prepare(QStringLiteral("INSERT INTO site_keys (site, key, created_at) VALUES (?,?,?) "
                                 "ON CONFLICT (site) DO NOTHING"));
    query.addBindValue(site);
    query.addBindValue(QString::fromLatin1(fresh.toHex()));
    query.addBindValue(nowUtc());
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    query.prepare(QStringLiteral("SELECT key FROM site_keys WHERE site = ?"));
    query.addBindValue(site);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    qCInfo(lcServer) << "created the site key of site" << site;
    return QByteArray::fromHex(query.value(0).toString().toLatin1());
}

// The statements of one batch, prepared on its first record.
struct SiteProjectionStatements {
    explicit SiteProjectionStatements(const QSqlDatabase &db)
        : tableLabel(db)
        , insert(db)
        , sampledElsewhere(db)
        , sampleInForce(db)
        , tubeElsewhere(db)
        , lock(db) {}
    bool prepare() {
        return tableLabel.prepare(
                   QStringLiteral("SELECT table_label FROM devices WHERE device_id = ?")) &&
               insert.prepare(QStringLiteral(
                   "INSERT INTO site_facts (site, kind, station, table_label, person_key, tube, "
                   "sample_uuid, state, at, record_uuid) VALUES (?,?,?,?,?,?,?,?,?,?)")) &&
               sampledElsewhere.prepare(QStringLiteral(
                   "SELECT f.station, f.table_label, f.tube, f.at FROM site_facts f "
                   "WHERE f.site = ? AND f.person_key = ? AND f.at >= ? AND f.at < ? "
                   "AND f.kind = 'person_sampled' AND f.station <> ? AND NOT EXISTS (SELECT 1 "
                   "FROM site_facts u WHERE u.site = f.site AND u.sample_uuid = f.sample_uuid "
                   "AND u.kind = 'person_unsampled') ORDER BY f.at LIMIT 1")) &&
               sampleInForce.prepare(QStringLiteral(
                   "SELECT f.person_key, f.tube FROM site_facts f WHERE f.site = ? AND "
                   "f.sample_uuid = ? AND f.kind = 'person_sampled' AND NOT EXISTS (SELECT 1 "
                   "FROM site_facts u WHERE u.site = f.site AND u.sample_uuid = f.sample_uuid "
                   "AND u.kind = 'person_unsampled')")) &&
               tubeElsewhere.prepare(QStringLiteral(
                   "SELECT station, table_label FROM site_facts WHERE site = ? AND tube = ? "
                   "AND kind = 'tube_state' AND station <> ? ORDER BY seq LIMIT 1")) &&
               (lock.driver()->dbmsType() != QSqlDriver::PostgreSQL ||
                lock.prepare(
                    QStringLiteral("SELECT site FROM site_keys WHERE site = ? FOR UPDATE")));
    }
    QSqlQuery tableLabel, insert, sampledElsewhere, sampleInForce, tubeElsewhere, lock;
    QHash<QString, QString> tableLabels; // station -> label, for this batch
    QSet<QString> lockedSites;
};

bool SiteFacts::insertFact(SiteProjectionStatements &statements, const QString &site,
                           const SiteFact &fact, const QString &recordUuid, QSqlError *error) {
    QSqlQuery &insert = statements.insert;
    const auto text = [](const QString &value) {
        return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
    };
    insert.addBindValue(site);
    insert.addBindValue(fact.kind);
    insert.addBindValue(fact.station);
    insert.addBindValue(fact.table);
    insert.addBindValue(text(fact.personKey));
    insert.addBindValue(text(fact.tube));
    insert.addBindValue(text(fact.sampleUuid));
    insert.addBindValue(text(fact.state));
    insert.addBindValue(fact.at);
    insert.addBindValue(recordUuid);
    if (!insert.exec()) {
        *error = insert.lastError();
        return false;
    }
    return true;
}

bool SiteFacts::project(QSqlDatabase &db, const QString &site, const protocol::ValidRecord &record,
                        SiteProjection *out, QSqlError *error) {
    using K = protocol::RecordKind;
    const bool relevant = record.kind == K::SampleTaken || record.kind == K::SampleRemoved ||
                          record.kind == K::TubeOpened || record.kind == K::TubeSealed ||
                          record.kind == K::TubeVoided;
    if (!relevant)
        return true;
    if (!out->statements) {
        out->statements = std::make_shared<SiteProjectionStatements>(db);
        if (!out->statements->prepare()) {
            *error = out->statements->insert.lastError();
            out->statements.reset();
            return false;
        }
    }
    SiteProjectionStatements &st = *out->statements;
    const QJsonObject content = QJsonDocument::fromJson(record.content.toUtf8()).object();
    SiteFact fact;
    fact.station = content.value(QLatin1String("station")).toString();
    if (const auto known = st.tableLabels.constFind(fact.station);
        known != st.tableLabels.constEnd()) {
        fact.table = *known;
    } else {
        st.tableLabel.addBindValue(fact.station);
        if (st.tableLabel.exec() && st.tableLabel.next())
            fact.table = st.tableLabel.value(0).toString();
        st.tableLabel.finish();
        if (fact.table.isEmpty()) {
            const QJsonValue number = content.value(QLatin1String("table"));
            fact.table = number.isDouble() ? QString::number(number.toInt()) : number.toString();
        }
        if (fact.table.isNull()) // a device enrolled without a label, a record without one
            fact.table = QStringLiteral("");
        st.tableLabels.insert(fact.station, fact.table);
    }
    fact.tube = content.value(QLatin1String("tube")).toString();
    fact.at = record.atUtc;
    if (db.driver()->dbmsType() == QSqlDriver::PostgreSQL && !st.lockedSites.contains(site)) {
        // Facts of one site are numbered in the order they commit, so that a reader that
        // asks for those after N never misses one another server instance was still writing.
        QString keyError;
        if (!siteKey(site, &keyError)) {
            *error = QSqlError(keyError, {}, QSqlError::StatementError);
            return false;
        }
        st.lock.addBindValue(site);
        if (!st.lock.exec()) {
            *error = st.lock.lastError();
            return false;
        }
        st.lock.finish();
        st.lockedSites.insert(site);
    }

    switch (record.kind) {
    case K::SampleTaken: {
        QString keyError;
        const std::optional<QByteArray> key = siteKey(site, &keyError);
        if (!key) {
            *error = QSqlError(keyError, {}, QSqlError::StatementError);
            return false;
        }
        const QString idNumber = content.value(QLatin1String("id_number")).toString();
        if (idNumber.isEmpty())
            return true; // names nobody: no person to know at the other tables
        fact.kind = kPersonSampled;
        fact.personKey = protocol::sitePersonKey(
            *key, content.value(QLatin1String("id_type")).toString(), idNumber);
        fact.sampleUuid = content.value(QLatin1String("sample_uuid")).toString(record.uuid);
        const bool retestConfirmed = content.value(QLatin1String("retest_confirmed")).toBool(false);
        if (!retestConfirmed) {
            const QDateTime at = QDateTime::fromString(record.atUtc, Qt::ISODateWithMs);
            const QDateTime start = dayStart(at);
            QSqlQuery &query = st.sampledElsewhere;
            query.addBindValue(site);
            query.addBindValue(fact.personKey);
            query.addBindValue(iso(start));
            query.addBindValue(iso(start.addDays(1)));
            query.addBindValue(fact.station);
            if (!query.exec()) {
                *error = query.lastError();
                return false;
            }
            if (query.next()) {
                SiteNote note;
                note.uuid = record.uuid;
                note.kind = QStringLiteral("person_sampled_elsewhere");
                note.tube = fact.tube;
                note.otherStation = query.value(0).toString();
                note.otherTable = query.value(1).toString();
                note.otherAt = query.value(3).toString();
                note.reason = QStringLiteral("this person was also sampled on the same day at "
                                             "%1 (%2) at %3, tube %4, and no re-test was "
                                             "confirmed")
                                  .arg(note.otherTable, note.otherStation, note.otherAt,
                                       query.value(2).toString());
                out->notes.append(note);
            }
            query.finish();
        }
        if (!insertFact(st, site, fact, record.uuid, error))
            return false;
        ++out->facts;
        return true;
    }
    case K::SampleRemoved:
    case K::TubeVoided: {
        QStringList samples;
        if (record.kind == K::SampleRemoved) {
            samples.append(content.value(QLatin1String("refers_to")).toString());
        } else {
            for (const QJsonValue &v : content.value(QLatin1String("samples")).toArray())
                samples.append(v.toString());
        }
        for (const QString &sampleUuid : std::as_const(samples)) {
            if (sampleUuid.isEmpty())
                continue;
            // The person of the sample comes from its person_sampled fact; one already
            // undone is not undone twice.
            QSqlQuery &query = st.sampleInForce;
            query.addBindValue(site);
            query.addBindValue(sampleUuid);
            if (!query.exec()) {
                *error = query.lastError();
                return false;
            }
            if (!query.next()) {
                query.finish();
                continue;
            }
            SiteFact undone = fact;
            undone.kind = kPersonUnsampled;
            undone.personKey = query.value(0).toString();
            undone.tube = query.value(1).toString();
            undone.sampleUuid = sampleUuid;
            query.finish();
            if (!insertFact(st, site, undone, record.uuid, error))
                return false;
            ++out->facts;
        }
        if (record.kind == K::SampleRemoved)
            return true;
        fact.kind = kTubeState;
        fact.state = QStringLiteral("voided");
        break;
    }
    case K::TubeOpened:
        fact.kind = kTubeState;
        fact.state = QStringLiteral("opened");
        {
            QSqlQuery &query = st.tubeElsewhere;
            query.addBindValue(site);
            query.addBindValue(fact.tube);
            query.addBindValue(fact.station);
            if (!query.exec()) {
                *error = query.lastError();
                return false;
            }
            if (query.next()) {
                SiteNote note;
                note.uuid = record.uuid;
                note.kind = QStringLiteral("tube_code_reused");
                note.tube = fact.tube;
                note.otherStation = query.value(0).toString();
                note.otherTable = query.value(1).toString();
                note.reason = QStringLiteral("tube code %1 was already used at %2 (%3)")
                                  .arg(note.tube, note.otherTable, note.otherStation);
                out->notes.append(note);
            }
            query.finish();
        }
        break;
    case K::TubeSealed:
        fact.kind = kTubeState;
        fact.state = QStringLiteral("sealed");
        break;
    default:
        return true;
    }
    if (!insertFact(st, site, fact, record.uuid, error))
        return false;
    ++out->facts;
    return true;
}

std::optional<SiteFactsPage> SiteFacts::facts(const QString &site, qint64 after, int limit,
                                              QString *error) {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (after <= 0) {
        query.prepare(QStringLiteral(
            "SELECT seq, kind, station, table_label, person_key, tube, sample_uuid, state, at, "
            "outcome FROM site_facts WHERE site = ? AND at >= ? ORDER BY seq LIMIT ?"));
        query.addBindValue(site);
        query.addBindValue(iso(QDateTime::currentDateTimeUtc().addDays(-1)));
    } else {
        query.prepare(QStringLiteral(
            "SELECT seq, kind, station, table_label, person_key, tube, sample_uuid, state, at, "
            "outcome FROM site_facts WHERE site = ? AND seq > ? ORDER BY seq LIMIT ?"));
        query.addBindValue(site);
        query.addBindValue(after);
    }
    query.addBindValue(limit);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    SiteFactsPage page;
    page.lastSeq = qMax<qint64>(0, after);
    while (query.next()) {
        SiteFact f;
        f.seq = query.value(0).toLongLong();
        f.kind = query.value(1).toString();
        f.station = query.value(2).toString();
        f.table = query.value(3).toString();
        f.personKey = query.value(4).toString();
        f.tube = query.value(5).toString();
        f.sampleUuid = query.value(6).toString();
        f.state = query.value(7).toString();
        f.at = query.value(8).toString();
        f.outcome = query.value(9).toString();
        page.lastSeq = f.seq;
        page.facts.append(f);
    }
    if (page.facts.isEmpty()) {
        // Nothing new: the cursor moves past what is older than the window, so that the
        // next question does not read it again.
        query.prepare(QStringLiteral("SELECT MAX(seq) FROM site_facts WHERE site = ?"));
        query.addBindValue(site);
        if (!query.exec()) {
            *error = query.lastError().text();
            return std::nullopt;
        }
        if (query.next() && !query.value(0).isNull())
            page.lastSeq = qMax(page.lastSeq, query.value(0).toLongLong());
    }
    return page;
}

std::optional<SiteCheckAnswer> SiteFacts::check(const QString &site, const QString &personKey,
                                                const QString &tube, const QString &since,
                                                QString *error) {
    SiteCheckAnswer answer;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!personKey.isEmpty()) {
        query.prepare(QString::fromLatin1(kSampledNotUndone));
        query.addBindValue(site);
        query.addBindValue(personKey);
        query.addBindValue(since);
        query.addBindValue(QStringLiteral("9999"));
        if (!query.exec()) {
            *error = query.lastError().text();
            return std::nullopt;
        }
        while (query.next())
            answer.sampled.append({query.value(0).toString(), query.value(1).toString(),
                                   query.value(2).toString(), query.value(3).toString()});
    }
    if (!tube.isEmpty()) {
        query.prepare(QStringLiteral("SELECT seq, station, table_label, state, at FROM site_facts "
                                     "WHERE site = ? AND tube = ? AND kind = 'tube_state' "
                                     "ORDER BY seq DESC LIMIT 1"));
        query.addBindValue(site);
        query.addBindValue(tube);
        if (!query.exec()) {
            *error = query.lastError().text();
            return std::nullopt;
        }
        if (query.next()) {
            SiteFact f;
            f.seq = query.value(0).toLongLong();
            f.kind = kTubeState;
            f.station = query.value(1).toString();
            f.table = query.value(2).toString();
            f.tube = tube;
            f.state = query.value(3).toString();
            f.at = query.value(4).toString();
            answer.tube = f;
        }
    }
    return answer;
}

std::optional<qint64> SiteFacts::rebuild(QString *error) {
    QSqlDatabase db = m_database.connection();
    const auto fail = [&](const QString &message) -> std::optional<qint64> {
        db.rollback();
        m_keys.clear();
        *error = message;
        return std::nullopt;
    };
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery query(db);
    // Recall facts come from results, not records (server/Recalls): they stay.
    if (!query.exec(QStringLiteral("DELETE FROM site_facts WHERE kind <> 'recall'")))
        return fail(query.lastError().text());
    // Each station's records in the order it made them, stations in the order the server
    // received them: the order ingest saw.
    QSqlQuery records(db);
    records.setForwardOnly(true);
    if (!records.exec(QStringLiteral(
            "SELECT uuid, site, kind, station_seq, at, content FROM records WHERE kind IN "
            "('sample.taken', 'sample.removed', 'tube.opened', 'tube.sealed', 'tube.voided') "
            "ORDER BY received_at, station, station_seq")))
        return fail(records.lastError().text());
    // Read first: SQLite and PostgreSQL both dislike writing while a read is open on the
    // same connection.
    struct Row {
        QString site;
        protocol::ValidRecord record;
    };
    QList<Row> rows;
    while (records.next()) {
        const auto kind = protocol::recordKindFromName(records.value(2).toString());
        if (!kind)
            continue;
        Row row;
        row.site = records.value(1).toString();
        row.record.uuid = records.value(0).toString();
        row.record.kind = *kind;
        row.record.seq = records.value(3).toLongLong();
        row.record.atUtc = records.value(4).toString();
        row.record.content = records.value(5).toString();
        rows.append(row);
    }
    records.finish();
    SiteProjection projection;
    for (const Row &row : std::as_const(rows)) {
        QSqlError sqlError;
        if (!project(db, row.site, row.record, &projection, &sqlError)) {
            projection.statements.reset();
            return fail(sqlError.text());
        }
    }
    projection.statements.reset();
    if (!db.commit())
        return fail(db.lastError().text());
    return projection.facts;
}

} // namespace station::server
