// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/SiteFacts.h"

#include "protocol/SitePersonKey.h"
#include "server/Database.h"
#include "server/Logging.h"
#include "server/RecordStore.h"

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
const QString kBoxState = QStringLiteral("box_state");

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
    const auto copyDetail = [this, &o](const char *member) {
        if (const QJsonValue value = detail.value(QLatin1String(member)); !value.isUndefined())
            o.insert(QLatin1String(member), value);
    };
    if (kind == kTubeState) {
        o.insert(QStringLiteral("state"), state);
        if (!tubeUuid.isEmpty()) // a fact stored before tube uuids were kept has none
            o.insert(QStringLiteral("tube_uuid"), tubeUuid);
        if (state == QLatin1String("sealed")) {
            copyDetail("people");
        } else if (state == QLatin1String("boxed")) {
            o.insert(QStringLiteral("box"), box);
            o.insert(QStringLiteral("box_uuid"), boxUuid);
        }
    } else if (kind == kBoxState) {
        o.remove(QStringLiteral("tube"));
        o.insert(QStringLiteral("state"), state);
        o.insert(QStringLiteral("box"), box);
        o.insert(QStringLiteral("box_uuid"), boxUuid);
        if (state == QLatin1String("sealed")) {
            for (const char *member : {"tube_count", "person_count", "tubes"})
                copyDetail(member);
        } else if (state == QLatin1String("handed_over")) {
            copyDetail("box_station");
        }
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
    if (!box.isEmpty())
        o.insert(QStringLiteral("box"), box);
    if (!otherBox.isEmpty())
        o.insert(QStringLiteral("other_box"), otherBox);
    return o;
}

SiteFacts::SiteFacts(Database &database)
    : m_database(database) {}

QDateTime SiteFacts::dayStart(const QDateTime &utc) {
    const QDateTime local = utc.toLocalTime();
    return QDateTime(local.date(), QTime(0, 0), Qt::LocalTime).toUTC();
}

std::optional<QString> SiteFacts::personKey(const QString &site, const QString &idType,
                                            const QString &idNumber, QString *error) {
    LastPersonKey &last = m_lastPersonKey;
    if (!last.key.isEmpty() && last.idNumber == idNumber && last.idType == idType &&
        last.site == site)
        return last.key;
    const std::optional<QByteArray> key = siteKey(site, error);
    if (!key)
        return std::nullopt;
    last = {site, idType, idNumber, protocol::sitePersonKey(*key, idType, idNumber)};
    return last.key;
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

namespace {

const QString kInsertFact =
    QStringLiteral("INSERT INTO site_facts (site, kind, station, table_label, person_key, tube, "
                   "sample_uuid, state, at, record_uuid) VALUES (?,?,?,?,?,?,?,?,?,?)");
const QString kSampledElsewhere =
    QStringLiteral("SELECT f.station, f.table_label, f.tube, f.at FROM site_facts f "
                   "WHERE f.site = ? AND f.person_key = ? AND f.at >= ? AND f.at < ? "
                   "AND f.kind = 'person_sampled' AND f.station <> ? AND NOT EXISTS (SELECT 1 "
                   "FROM site_facts u WHERE u.site = f.site AND u.sample_uuid = f.sample_uuid "
                   "AND u.kind = 'person_unsampled') ORDER BY f.at LIMIT 1");

void bindFact(QSqlQuery &query, const QString &site, const SiteFact &fact,
              const QString &recordUuid) {
    const auto text = [](const QString &value) {
        return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
    };
    query.addBindValue(site);
    query.addBindValue(fact.kind);
    query.addBindValue(fact.station);
    query.addBindValue(fact.table);
    query.addBindValue(text(fact.personKey));
    query.addBindValue(text(fact.tube));
    query.addBindValue(text(fact.sampleUuid));
    query.addBindValue(text(fact.state));
    query.addBindValue(fact.at);
    query.addBindValue(recordUuid);
}

} // namespace

// The statements of the tube and box facts of one batch (boxes across tables), prepared on
// its first tube or box record.
struct SiteBoxStatements {
    explicit SiteBoxStatements(const QSqlDatabase &db)
        : insert(db)
        , boxedBefore(db)
        , boxTubes(db)
        , handedOverBefore(db) {}
    bool prepare() {
        return insert.prepare(QStringLiteral(
                   "INSERT INTO site_facts (site, kind, station, table_label, tube, state, at, "
                   "record_uuid, tube_uuid, box, box_uuid, detail) "
                   "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) &&
               boxedBefore.prepare(QStringLiteral(
                   "SELECT station, table_label, box, at FROM site_facts WHERE site = ? AND "
                   "tube = ? AND kind = 'tube_state' AND state = 'boxed' AND tube_uuid = ? "
                   "AND box_uuid <> ? ORDER BY seq LIMIT 1")) &&
               boxTubes.prepare(QStringLiteral(
                   "SELECT tube, tube_uuid, detail FROM site_facts WHERE site = ? AND "
                   "box_uuid = ? AND kind = 'tube_state' AND state = 'boxed' ORDER BY seq")) &&
               handedOverBefore.prepare(QStringLiteral(
                   "SELECT station, table_label, at FROM site_facts WHERE site = ? AND "
                   "box_uuid = ? AND kind = 'box_state' AND state = 'handed_over' "
                   "ORDER BY seq LIMIT 1"));
    }
    QSqlQuery insert, boxedBefore, boxTubes, handedOverBefore;
    QHash<QString, QString> deviceLabels; // station -> its device's label ("" if none)
};

// The statements of one batch, prepared on its first record.
struct SiteProjectionStatements {
    explicit SiteProjectionStatements(const QSqlDatabase &db)
        : tableLabel(db)
        , insert(db)
        , sampledElsewhere(db)
        , sampleInForce(db)
        , tubeElsewhere(db)
        , lock(db)
        , insertAndSampledElsewhere(db)
        , postgres(db.driver()->dbmsType() == QSqlDriver::PostgreSQL) {}
    bool prepare() {
        return tableLabel.prepare(
                   QStringLiteral("SELECT table_label FROM devices WHERE device_id = ?")) &&
               insert.prepare(kInsertFact) && sampledElsewhere.prepare(kSampledElsewhere) &&
               sampleInForce.prepare(QStringLiteral(
                   "SELECT f.person_key, f.tube FROM site_facts f WHERE f.site = ? AND "
                   "f.sample_uuid = ? AND f.kind = 'person_sampled' AND NOT EXISTS (SELECT 1 "
                   "FROM site_facts u WHERE u.site = f.site AND u.sample_uuid = f.sample_uuid "
                   "AND u.kind = 'person_unsampled')")) &&
               tubeElsewhere.prepare(QStringLiteral(
                   "SELECT station, table_label FROM site_facts WHERE site = ? AND tube = ? "
                   "AND kind = 'tube_state' AND state <> 'boxed' AND station <> ? "
                   "ORDER BY seq LIMIT 1")) &&
               (!postgres ||
                (lock.prepare(
                     QStringLiteral("SELECT site FROM site_keys WHERE site = ? FOR UPDATE")) &&
                 insertAndSampledElsewhere.prepare(
                     QStringLiteral("WITH added AS (%1) %2").arg(kInsertFact, kSampledElsewhere))));
    }
    QSqlQuery tableLabel, insert, sampledElsewhere, sampleInForce, tubeElsewhere, lock;
    // PostgreSQL: a person fact's insert and its "sampled elsewhere" question in one round
    // trip (the question excludes the record's own station, so it cannot see the new row;
    // nor does PostgreSQL show it to the statement's own query).
    QSqlQuery insertAndSampledElsewhere;
    bool postgres;
    QHash<QString, QString> tableLabels; // station -> label, for this batch
    QSet<QString> lockedSites;
    std::unique_ptr<SiteBoxStatements> boxes; // made on the batch's first tube or box record
    // The day of the last record's `at`, as a batch's records are mostly of one day (its
    // window was computed twice per record: docs/benchmarks.md, "Ingest cost of person facts").
    struct Day {
        QString from, to; // the query's window: [day start, day start + 24 h) as ISO text
        QString until;    // `at` before this (ISO text) is still of this day
    };
    std::optional<Day> day;
    // The window of the day that holds `atUtc` (ISO, UTC, milliseconds: text order is time
    // order, as in the query), as SiteFacts::dayStart makes it.
    const Day &dayOf(const QString &atUtc) {
        if (!day || atUtc < day->from || atUtc >= day->until) {
            const QDateTime start =
                SiteFacts::dayStart(QDateTime::fromString(atUtc, Qt::ISODateWithMs));
            const QDateTime next = SiteFacts::dayStart(start.addSecs(26 * 3600));
            day = Day{iso(start), iso(start.addDays(1)), iso(next)};
        }
        return *day;
    }
};

namespace {

QVariant textOrNull(const QString &value) {
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

bool insertTubeOrBoxFact(SiteBoxStatements &statements, const QString &site, const SiteFact &fact,
                         const QString &recordUuid, QSqlError *error) {
    QSqlQuery &insert = statements.insert;
    insert.addBindValue(site);
    insert.addBindValue(fact.kind);
    insert.addBindValue(fact.station);
    insert.addBindValue(fact.table);
    insert.addBindValue(textOrNull(fact.tube));
    insert.addBindValue(fact.state);
    insert.addBindValue(fact.at);
    insert.addBindValue(recordUuid);
    insert.addBindValue(textOrNull(fact.tubeUuid));
    insert.addBindValue(textOrNull(fact.box));
    insert.addBindValue(textOrNull(fact.boxUuid));
    insert.addBindValue(fact.detail.isEmpty()
                            ? QVariant(QMetaType::fromType<QString>())
                            : QVariant(QString::fromUtf8(
                                  QJsonDocument(fact.detail).toJson(QJsonDocument::Compact))));
    if (!insert.exec()) {
        *error = insert.lastError();
        return false;
    }
    return true;
}

// The table label of `station` (not the record's own) as the facts give it: the device's
// label, else `fallback` (what the record says). Never a label another record of the batch
// gave, so that a hub (one batch of many stations) and the province derive the same.
QString tableLabelOf(SiteProjectionStatements &st, const QString &station,
                     const QString &fallback) {
    SiteBoxStatements &boxes = *st.boxes;
    auto known = boxes.deviceLabels.constFind(station);
    if (known == boxes.deviceLabels.constEnd()) {
        QString label = QStringLiteral("");
        st.tableLabel.addBindValue(station);
        if (st.tableLabel.exec() && st.tableLabel.next())
            label = st.tableLabel.value(0).toString();
        st.tableLabel.finish();
        known = boxes.deviceLabels.insert(station, label);
    }
    if (!known->isEmpty())
        return *known;
    return fallback.isNull() ? QStringLiteral("") : fallback;
}

QString textOrNumber(const QJsonValue &value) {
    return value.isDouble() ? QString::number(value.toInt()) : value.toString();
}

} // namespace

bool SiteFacts::insertFact(SiteProjectionStatements &statements, const QString &site,
                           const SiteFact &fact, const QString &recordUuid, QSqlError *error) {
    if (fact.kind == kTubeState || fact.kind == kBoxState)
        return insertTubeOrBoxFact(*statements.boxes, site, fact, recordUuid, error);
    QSqlQuery &insert = statements.insert;
    bindFact(insert, site, fact, recordUuid);
    if (!insert.exec()) {
        *error = insert.lastError();
        return false;
    }
    return true;
}

bool SiteFacts::project(QSqlDatabase &db, const QString &site, const protocol::ValidRecord &record,
                        SiteProjection *out, QSqlError *error) {
    using K = protocol::RecordKind;
    const bool boxRecord = record.kind == K::BoxOpened || record.kind == K::BoxTubeAdded ||
                           record.kind == K::BoxSealed || record.kind == K::BoxHandedOver;
    const bool relevant = record.kind == K::SampleTaken || record.kind == K::SampleRemoved ||
                          record.kind == K::TubeOpened || record.kind == K::TubeSealed ||
                          record.kind == K::TubeVoided || boxRecord;
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
    if (!st.boxes && record.kind != K::SampleTaken && record.kind != K::SampleRemoved) {
        auto boxes = std::make_unique<SiteBoxStatements>(db);
        if (!boxes->prepare()) {
            *error = boxes->insert.lastError();
            return false;
        }
        st.boxes = std::move(boxes);
    }
    const QJsonObject content = protocol::payloadOf(record);
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
        const std::optional<QString> personKey = this->personKey(
            site, content.value(QLatin1String("id_type")).toString(), idNumber, &keyError);
        if (!personKey) {
            *error = QSqlError(keyError, {}, QSqlError::StatementError);
            return false;
        }
        fact.personKey = *personKey;
        fact.sampleUuid = content.value(QLatin1String("sample_uuid")).toString(record.uuid);
        const bool retestConfirmed = content.value(QLatin1String("retest_confirmed")).toBool(false);
        if (!retestConfirmed) {
            const SiteProjectionStatements::Day &day = st.dayOf(record.atUtc);
            QSqlQuery &query = st.postgres ? st.insertAndSampledElsewhere : st.sampledElsewhere;
            if (st.postgres)
                bindFact(query, site, fact, record.uuid);
            query.addBindValue(site);
            query.addBindValue(fact.personKey);
            query.addBindValue(day.from);
            query.addBindValue(day.to);
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
            if (st.postgres) { // the fact is in already
                ++out->facts;
                return true;
            }
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
        fact.tubeUuid = content.value(QLatin1String("tube_uuid")).toString();
        break;
    }
    case K::TubeOpened:
        fact.kind = kTubeState;
        fact.state = QStringLiteral("opened");
        fact.tubeUuid = content.value(QLatin1String("tube_uuid")).toString();
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
        fact.tubeUuid = content.value(QLatin1String("tube_uuid")).toString();
        fact.detail.insert(QStringLiteral("people"),
                           content.value(QLatin1String("people")).toInteger());
        break;
    case K::BoxOpened:
    case K::BoxTubeAdded:
    case K::BoxSealed:
    case K::BoxHandedOver:
        return projectBox(st, site, record, content, fact, out, error);
    default:
        return true;
    }
    if (!insertFact(st, site, fact, record.uuid, error))
        return false;
    ++out->facts;
    return true;
}

bool SiteFacts::projectBox(SiteProjectionStatements &st, const QString &site,
                           const protocol::ValidRecord &record, const QJsonObject &content,
                           SiteFact fact, SiteProjection *out, QSqlError *error) {
    using K = protocol::RecordKind;
    SiteBoxStatements &boxes = *st.boxes;
    // The record's station is the one that packed the box, except for a hand-over done at
    // another station (box_station names the packer then).
    fact.box = content.value(QLatin1String("box")).toString();
    fact.boxUuid = content.value(QLatin1String("box_uuid")).toString();
    const auto insert = [&](const SiteFact &made) {
        if (!insertTubeOrBoxFact(boxes, site, made, record.uuid, error))
            return false;
        ++out->facts;
        return true;
    };
    switch (record.kind) {
    case K::BoxOpened:
        fact.kind = kBoxState;
        fact.state = QStringLiteral("opened");
        fact.tube.clear();
        return insert(fact);
    case K::BoxTubeAdded: {
        // Where the tube now is: in this box, at the table that packed it. Where it was
        // sealed comes from the record (a tube of another table names it), never from facts
        // this server happens to hold, so that every server derives the same.
        fact.kind = kTubeState;
        fact.state = QStringLiteral("boxed");
        fact.tubeUuid = content.value(QLatin1String("tube_uuid")).toString();
        const QString tubeStation = content.value(QLatin1String("tube_station")).toString();
        const bool elsewhere = !tubeStation.isEmpty() && tubeStation != fact.station;
        fact.detail = QJsonObject{
            {QStringLiteral("people"), content.value(QLatin1String("people")).toInteger()},
            {QStringLiteral("tube_station"), elsewhere ? tubeStation : fact.station},
            {QStringLiteral("tube_table"),
             elsewhere ? tableLabelOf(st, tubeStation,
                                      textOrNumber(content.value(QLatin1String("tube_table"))))
                       : fact.table}};
        QSqlQuery &query = boxes.boxedBefore;
        query.addBindValue(site);
        query.addBindValue(fact.tube);
        query.addBindValue(fact.tubeUuid);
        query.addBindValue(fact.boxUuid);
        if (!query.exec()) {
            *error = query.lastError();
            return false;
        }
        if (query.next()) {
            SiteNote note;
            note.uuid = record.uuid;
            note.kind = QStringLiteral("tube_boxed_twice");
            note.tube = fact.tube;
            note.box = fact.box;
            note.otherStation = query.value(0).toString();
            note.otherTable = query.value(1).toString();
            note.otherBox = query.value(2).toString();
            note.otherAt = query.value(3).toString();
            note.reason = QStringLiteral("tube %1 was already put into box %2 at %3 (%4)")
                              .arg(note.tube, note.otherBox, note.otherTable, note.otherStation);
            out->notes.append(note);
        }
        query.finish();
        return insert(fact);
    }
    case K::BoxSealed: {
        fact.kind = kBoxState;
        fact.state = QStringLiteral("sealed");
        fact.tube.clear();
        // The tubes the box was sealed with (the record's list), each with where it was
        // sealed, from the box's boxed facts: the packer's own records, stored before.
        struct Boxed {
            QString tubeUuid;
            QJsonObject detail;
        };
        QHash<QString, Boxed> boxed; // by tube code
        QStringList boxedOrder;
        QSqlQuery &query = boxes.boxTubes;
        query.addBindValue(site);
        query.addBindValue(fact.boxUuid);
        if (!query.exec()) {
            *error = query.lastError();
            return false;
        }
        while (query.next()) {
            const QString tube = query.value(0).toString();
            if (boxed.contains(tube))
                continue;
            boxedOrder.append(tube);
            boxed.insert(tube,
                         {query.value(1).toString(),
                          QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object()});
        }
        query.finish();
        QJsonArray listed = content.value(QLatin1String("tubes")).toArray();
        if (listed.isEmpty()) {
            for (const QString &tube : std::as_const(boxedOrder))
                listed.append(QJsonObject{{QStringLiteral("tube"), tube}});
        }
        QJsonArray tubes;
        for (const QJsonValue &value : std::as_const(listed)) {
            const QJsonObject entry = value.toObject();
            const QString tube = entry.value(QLatin1String("tube")).toString();
            const Boxed known = boxed.value(tube);
            const QJsonValue people = entry.contains(QLatin1String("people"))
                                          ? entry.value(QLatin1String("people"))
                                          : known.detail.value(QLatin1String("people"));
            tubes.append(QJsonObject{
                {QStringLiteral("tube"), tube},
                {QStringLiteral("tube_uuid"),
                 known.tubeUuid.isEmpty() ? entry.value(QLatin1String("tube_uuid")).toString()
                                          : known.tubeUuid},
                {QStringLiteral("people"), people.toInteger()},
                {QStringLiteral("station"),
                 known.detail.value(QLatin1String("tube_station")).toString(fact.station)},
                {QStringLiteral("table"),
                 known.detail.value(QLatin1String("tube_table")).toString(fact.table)}});
        }
        fact.detail = QJsonObject{
            {QStringLiteral("tube_count"), content.value(QLatin1String("tube_count")).toInteger()},
            {QStringLiteral("person_count"),
             content.value(QLatin1String("person_count")).toInteger()},
            {QStringLiteral("tubes"), tubes}};
        return insert(fact);
    }
    case K::BoxHandedOver: {
        fact.kind = kBoxState;
        fact.state = QStringLiteral("handed_over");
        fact.tube.clear();
        const QString packer = content.value(QLatin1String("box_station")).toString();
        fact.detail =
            QJsonObject{{QStringLiteral("box_station"), packer.isEmpty() ? fact.station : packer}};
        QSqlQuery &query = boxes.handedOverBefore;
        query.addBindValue(site);
        query.addBindValue(fact.boxUuid);
        if (!query.exec()) {
            *error = query.lastError();
            return false;
        }
        if (query.next()) {
            SiteNote note;
            note.uuid = record.uuid;
            note.kind = QStringLiteral("box_handed_over_twice");
            note.tube = QStringLiteral("");
            note.box = fact.box;
            note.otherStation = query.value(0).toString();
            note.otherTable = query.value(1).toString();
            note.otherAt = query.value(2).toString();
            note.reason = QStringLiteral("box %1 was already handed over at %2 (%3) at %4")
                              .arg(note.box, note.otherTable, note.otherStation, note.otherAt);
            out->notes.append(note);
        }
        query.finish();
        return insert(fact);
    }
    default:
        return true;
    }
}

namespace {

// A row of SELECT seq, kind, station, table_label, person_key, tube, sample_uuid, state,
// at, tube_uuid, box, box_uuid, detail.
SiteFact factFromRow(const QSqlQuery &query) {
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
    f.tubeUuid = query.value(9).toString();
    f.box = query.value(10).toString();
    f.boxUuid = query.value(11).toString();
    if (const QString detail = query.value(12).toString(); !detail.isEmpty())
        f.detail = QJsonDocument::fromJson(detail.toUtf8()).object();
    f.outcome = query.value(13).toString();
    return f;
}

const char *kFactColumns = "seq, kind, station, table_label, person_key, tube, sample_uuid, "
                           "state, at, tube_uuid, box, box_uuid, detail, outcome";

} // namespace

std::optional<SiteFactsPage> SiteFacts::facts(const QString &site, qint64 after, int limit,
                                              QString *error) {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (after <= 0) {
        query.prepare(QStringLiteral("SELECT %1 FROM site_facts WHERE site = ? AND at >= ? "
                                     "ORDER BY seq LIMIT ?")
                          .arg(QLatin1String(kFactColumns)));
        query.addBindValue(site);
        query.addBindValue(iso(QDateTime::currentDateTimeUtc().addDays(-1)));
    } else {
        query.prepare(QStringLiteral("SELECT %1 FROM site_facts WHERE site = ? AND seq > ? "
                                     "ORDER BY seq LIMIT ?")
                          .arg(QLatin1String(kFactColumns)));
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
        const SiteFact f = factFromRow(query);
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
        query.prepare(QStringLiteral("SELECT %1 FROM site_facts WHERE site = ? AND tube = ? "
                                     "AND kind = 'tube_state' ORDER BY seq DESC LIMIT 1")
                          .arg(QLatin1String(kFactColumns)));
        query.addBindValue(site);
        query.addBindValue(tube);
        if (!query.exec()) {
            *error = query.lastError().text();
            return std::nullopt;
        }
        if (query.next())
            answer.tube = factFromRow(query);
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
    using K = protocol::RecordKind;
    QString readError;
    const auto rows = RecordStore::storedRecords(db,
                                                 {K::SampleTaken, K::SampleRemoved, K::TubeOpened,
                                                  K::TubeSealed, K::TubeVoided, K::BoxOpened,
                                                  K::BoxTubeAdded, K::BoxSealed, K::BoxHandedOver},
                                                 &readError);
    if (!rows)
        return fail(readError);
    SiteProjection projection;
    for (const StoredRecord &row : *rows) {
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
