// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/SiteFacts.h"

#include "protocol/SitePersonKey.h"
#include "protocol/TableNumber.h"
#include "server/Database.h"
#include "server/Logging.h"
#include "server/PersonFactBatch.h"
#include "server/RecordStore.h"
#include "server/ServerTime.h"
#include "server/SiteBoxFacts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

namespace station::server {

namespace {

const QString kPersonSampled = QStringLiteral("person_sampled");
const QString kPersonUnsampled = QStringLiteral("person_unsampled");
const QString kTubeState = QStringLiteral("tube_state");
const QString kBoxState = QStringLiteral("box_state");

QString iso(const QDateTime &t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// The facts of one sample.taken that are still in force: (station, table, tube, at) of
// person_sampled facts with no person_unsampled for the same sample.
const char *kSampledNotUndone =
    "SELECT f.station, f.table_label, f.tube, f.at, f.pool_size FROM site_facts f "
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
        if (kind == kPersonSampled && poolSize > 0) // none from a record without it
            o.insert(QStringLiteral("pool_size"), poolSize);
    }
    if (kind == QLatin1String("recall")) {
        o.insert(QStringLiteral("state"), state);
        o.insert(QStringLiteral("outcome"), outcome);
    }
    if (kind == QLatin1String("relay_refused")) { // a hub's: the province did not take a record
        o.remove(QStringLiteral("person_key"));
        o.remove(QStringLiteral("sample_uuid"));
        o.insert(QStringLiteral("state"), state); // conflict | rejected
        for (const char *member : {"record_uuid", "record_kind", "code", "reason"})
            copyDetail(member);
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

SiteNote noteFromOtherTable(const BatchStatement &query, const protocol::ValidRecord &record,
                            const QString &kind, const QString &tube) {
    SiteNote note;
    note.uuid = record.uuid;
    note.kind = kind;
    note.tube = tube;
    note.otherStation = query.value(0).toString();
    note.otherTable = query.value(1).toString();
    return note;
}

SiteNote sampledElsewhereNote(const QString &uuid, const QString &tube, const QString &otherStation,
                              const QString &otherTable, const QString &otherTube,
                              const QString &otherAt) {
    SiteNote note;
    note.uuid = uuid;
    note.kind = QStringLiteral("person_sampled_elsewhere");
    note.tube = tube;
    note.otherStation = otherStation;
    note.otherTable = otherTable;
    note.otherAt = otherAt;
    note.reason = QStringLiteral("this person was also sampled on the same day at %1 (%2) at "
                                 "%3, tube %4, and no re-test was confirmed")
                      .arg(note.otherTable, note.otherStation, note.otherAt, otherTube);
    return note;
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
    if (!m_hmac || m_hmac->key() != *key)
        m_hmac.emplace(*key);
    last = {site, idType, idNumber, m_hmac->of(idType, idNumber)};
    return last.key;
}

std::optional<QByteArray> SiteFacts::siteKey(const QString &site, QString *error) {
    if (const auto cached = m_keys.constFind(site); cached != m_keys.constEnd())
        return *cached;
    // Qt's driver asks next: the ingest's statements sent before it are answered first.
    if (const QSqlError pending = BatchStatement::settle(m_database.connection());
        pending.isValid()) {
        *error = pending.text();
        return std::nullopt;
    }
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

const QString kInsertFact = QStringLiteral(
    "INSERT INTO site_facts (site, kind, station, table_label, person_key, tube, "
    "sample_uuid, state, at, record_uuid, pool_size) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
// PostgreSQL: person facts sent as one statement at most this many at a time.
constexpr qsizetype kPersonFactRun = 1000;
const QString kSampledElsewhere =
    QStringLiteral("SELECT f.station, f.table_label, f.tube, f.at FROM site_facts f "
                   "WHERE f.site = ? AND f.person_key = ? AND f.at >= ? AND f.at < ? "
                   "AND f.kind = 'person_sampled' AND f.station <> ? AND NOT EXISTS (SELECT 1 "
                   "FROM site_facts u WHERE u.site = f.site AND u.sample_uuid = f.sample_uuid "
                   "AND u.kind = 'person_unsampled') ORDER BY f.at LIMIT 1");

void bindFact(BatchStatement &query, const QString &site, const SiteFact &fact,
              const QString &recordUuid) {
    const auto text = [](const QString &value) { return value.isEmpty() ? QString() : value; };
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
    query.addBindValue(fact.poolSize > 0 ? QVariant(fact.poolSize)
                                         : QVariant(QMetaType::fromType<int>()));
}

} // namespace

// The statements of one batch, prepared on its first record.
struct SiteProjectionStatements {
    explicit SiteProjectionStatements(const QSqlDatabase &db)
        : tableLabel(db)
        , insert(db)
        , sampledElsewhere(db)
        , sampleInForce(db)
        , lock(db)
        , postgres(db.driver()->dbmsType() == QSqlDriver::PostgreSQL) {
        if (postgres)
            people.emplace(db);
    }
    bool prepare() {
        return tableLabel.prepare(
                   QStringLiteral("SELECT table_label FROM devices WHERE device_id = ?")) &&
               insert.prepare(kInsertFact) && sampledElsewhere.prepare(kSampledElsewhere) &&
               sampleInForce.prepare(QStringLiteral(
                   "SELECT f.person_key, f.tube FROM site_facts f WHERE f.site = ? AND "
                   "f.sample_uuid = ? AND f.kind = 'person_sampled' AND NOT EXISTS (SELECT 1 "
                   "FROM site_facts u WHERE u.site = f.site AND u.sample_uuid = f.sample_uuid "
                   "AND u.kind = 'person_unsampled')")) &&
               (!postgres || lock.prepare(QStringLiteral(
                                 "SELECT site FROM site_keys WHERE site = ? FOR UPDATE")));
    }
    BatchStatement tableLabel, insert, sampledElsewhere, sampleInForce, lock;
    bool postgres;
    // PostgreSQL: the person facts of a run of records with their questions, one statement.
    std::optional<PersonFactBatch> people;
    QHash<QString, QString> tableLabels; // station -> label, for this batch
    QSet<QString> lockedSites;
    std::unique_ptr<SiteBoxFacts> boxes; // made on the batch's first tube or box record
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

bool SiteFacts::insertFact(SiteProjectionStatements &statements, const QString &site,
                           const SiteFact &fact, const QString &recordUuid, QSqlError *error) {
    BatchStatement &insert = statements.insert;
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
    const bool tubeOrBox = SiteBoxFacts::derivesFrom(record.kind);
    if (!tubeOrBox && record.kind != K::SampleTaken && record.kind != K::SampleRemoved)
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
    if (!st.boxes && tubeOrBox) {
        auto boxes = std::make_unique<SiteBoxFacts>(db, st.tableLabel);
        if (!boxes->prepare(error))
            return false;
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
            fact.table = protocol::canonicalTableLabel(st.tableLabel.value(0).toString());
        st.tableLabel.finish();
        if (fact.table.isEmpty()) {
            const QJsonValue number = content.value(QLatin1String("table"));
            fact.table = number.isDouble() ? protocol::tableWireLabel(number.toInt())
                                           : protocol::canonicalTableLabel(number.toString());
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

    // Every other record reads or writes site_facts: the person facts before it go first, so
    // that it sees them and the facts keep the records' order.
    if (record.kind != K::SampleTaken && !sendPersonFacts(out, error))
        return false;
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
        fact.poolSize = content.value(QLatin1String("pool_size")).toInt();
        const bool retestConfirmed = content.value(QLatin1String("retest_confirmed")).toBool(false);
        if (st.people) { // PostgreSQL: inserted and asked with the run's others
            PersonFactBatch::Row row;
            row.site = site;
            row.station = fact.station;
            row.table = fact.table;
            row.personKey = fact.personKey;
            row.tube = fact.tube;
            row.sampleUuid = fact.sampleUuid;
            row.at = fact.at;
            row.recordUuid = record.uuid;
            row.poolSize = fact.poolSize;
            row.ask = !retestConfirmed;
            if (row.ask) {
                const SiteProjectionStatements::Day &day = st.dayOf(record.atUtc);
                row.from = day.from;
                row.to = day.to;
            }
            st.people->add(std::move(row), &out->notes);
            ++out->facts;
            // (a run's rows do not wait in memory without bound)
            return st.people->waiting() < kPersonFactRun || st.people->send(error);
        }
        if (!retestConfirmed) {
            const SiteProjectionStatements::Day &day = st.dayOf(record.atUtc);
            const auto bindQuestion = [&](BatchStatement &query) {
                query.addBindValue(site);
                query.addBindValue(fact.personKey);
                query.addBindValue(day.from);
                query.addBindValue(day.to);
                query.addBindValue(fact.station);
            };
            BatchStatement &query = st.sampledElsewhere;
            bindQuestion(query);
            if (!query.exec()) {
                *error = query.lastError();
                return false;
            }
            if (query.next())
                out->notes.append(sampledElsewhereNote(
                    record.uuid, fact.tube, query.value(0).toString(), query.value(1).toString(),
                    query.value(2).toString(), query.value(3).toString()));
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
            BatchStatement &query = st.sampleInForce;
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
        return st.boxes->project(site, record, content, fact, out, error);
    }
    default:
        return st.boxes->project(site, record, content, fact, out, error);
    }
}

bool SiteFacts::sendPersonFacts(SiteProjection *out, QSqlError *error) {
    return !out->statements || !out->statements->people || out->statements->people->send(error);
}

bool SiteFacts::collectNotes(SiteProjection *out, QSqlError *error) {
    if (!out->statements || !out->statements->people)
        return true;
    const bool ok = out->statements->people->collect(&out->notes, error);
    out->notes.removeIf([](const SiteNote &note) { return note.kind.isEmpty(); });
    return ok;
}

namespace {

// A row of SELECT seq, kind, station, table_label, person_key, tube, sample_uuid, state,
// at, tube_uuid, box, box_uuid, detail, outcome, pool_size.
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
    f.poolSize = query.value(14).toInt(); // NULL (a fact stored before it was kept): 0
    return f;
}

const char *kFactColumns = "seq, kind, station, table_label, person_key, tube, sample_uuid, "
                           "state, at, tube_uuid, box, box_uuid, detail, outcome, pool_size";

} // namespace

bool SiteFacts::addOpenRecalls(QSqlQuery &query, const QString &site, const QString &windowStart,
                               SiteFactsPage *page, QString *error) {
    // A recall stays open until its person is sampled alone, however long that takes: a
    // station that joins later, or comes back after a day away, must still hear of it. Open
    // recall facts older than the window (no later closed fact of the same person and
    // sample) come with the first answer, beyond its limit (they are few), in seq order;
    // the cursor stays the window's.
    query.prepare(
        QStringLiteral("SELECT %1 FROM site_facts f WHERE f.site = ? AND f.kind = 'recall' AND "
                       "f.state = 'open' AND f.at < ? AND NOT EXISTS (SELECT 1 FROM site_facts c "
                       "WHERE c.site = f.site AND c.kind = 'recall' AND c.state = 'closed' AND "
                       "c.person_key = f.person_key AND c.sample_uuid = f.sample_uuid AND "
                       "c.seq > f.seq) ORDER BY f.seq")
            .arg(QLatin1String(kFactColumns)));
    query.addBindValue(site);
    query.addBindValue(windowStart);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    QList<SiteFact> open;
    while (query.next())
        open.append(factFromRow(query));
    query.finish();
    if (open.isEmpty())
        return true;
    open.append(page->facts);
    std::stable_sort(open.begin(), open.end(),
                     [](const SiteFact &a, const SiteFact &b) { return a.seq < b.seq; });
    page->facts = open;
    return true;
}

std::optional<SiteFactsPage> SiteFacts::facts(const QString &site, qint64 after, int limit,
                                              QString *error) {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString windowStart = iso(QDateTime::currentDateTimeUtc().addDays(-1));
    if (after <= 0) {
        query.prepare(QStringLiteral("SELECT %1 FROM site_facts WHERE site = ? AND at >= ? "
                                     "ORDER BY seq LIMIT ?")
                          .arg(QLatin1String(kFactColumns)));
        query.addBindValue(site);
        query.addBindValue(windowStart);
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
    query.finish();
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
        query.finish();
    }
    if (after <= 0 && !addOpenRecalls(query, site, windowStart, &page, error))
        return std::nullopt;
    return page;
}

std::optional<QJsonArray> SiteFacts::boxesWithCode(const QString &site, const QString &box,
                                                   QString *error) {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT box_uuid, state, station, table_label, at FROM "
                                 "site_facts WHERE site = ? AND box = ? AND kind = 'box_state' "
                                 "ORDER BY seq"));
    query.addBindValue(site);
    query.addBindValue(box);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QStringList order;
    QHash<QString, QJsonObject> boxes;
    while (query.next()) {
        const QString uuid = query.value(0).toString();
        const QString state = query.value(1).toString();
        QJsonObject &b = boxes[uuid];
        if (!order.contains(uuid))
            order << uuid;
        const QString at = query.value(4).toString();
        if (state == QLatin1String("handed_over")) {
            if (!b.contains(QLatin1String("handed_over")))
                b.insert(QStringLiteral("handed_over"),
                         QJsonObject{{QStringLiteral("station"), query.value(2).toString()},
                                     {QStringLiteral("table"), query.value(3).toString()},
                                     {QStringLiteral("at"), at}});
            continue;
        }
        // The packer: the station of its opening or seal (not of a hand-over elsewhere).
        b.insert(QStringLiteral("station"), query.value(2).toString());
        b.insert(QStringLiteral("table"), query.value(3).toString());
        const QString member = state + QStringLiteral("_at");
        if (!b.contains(member))
            b.insert(member, at);
    }
    QJsonArray answer;
    for (const QString &uuid : std::as_const(order)) {
        QJsonObject b = boxes.value(uuid);
        b.insert(QStringLiteral("box_uuid"), uuid);
        answer.append(b);
    }
    return answer;
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
                                   query.value(2).toString(), query.value(3).toString(),
                                   query.value(4).toInt()});
    }
    if (!tube.isEmpty()) {
        // One fact of the site by `where` (bound to `value`): the tube's latest state, its
        // opening, its box's hand-over.
        const auto oneFact = [&](const char *where, const QString &value,
                                 std::optional<SiteFact> *into) {
            query.prepare(QStringLiteral("SELECT %1 FROM site_facts WHERE site = ? AND %2")
                              .arg(QLatin1String(kFactColumns), QLatin1String(where)));
            query.addBindValue(site);
            query.addBindValue(value);
            if (!query.exec()) {
                *error = query.lastError().text();
                return false;
            }
            if (query.next())
                *into = factFromRow(query);
            return true;
        };
        if (!oneFact("tube = ? AND kind = 'tube_state' ORDER BY seq DESC LIMIT 1", tube,
                     &answer.tube) ||
            !oneFact("tube = ? AND kind = 'tube_state' AND state = 'opened' ORDER BY seq LIMIT 1",
                     tube, &answer.tubeOpened))
            return std::nullopt;
        if (answer.tube && answer.tube->state == QLatin1String("boxed") &&
            !answer.tube->boxUuid.isEmpty() &&
            !oneFact("box_uuid = ? AND kind = 'box_state' AND state = 'handed_over' ORDER BY seq "
                     "LIMIT 1",
                     answer.tube->boxUuid, &answer.boxHandedOver))
            return std::nullopt;
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
    // Recall facts come from results (server/Recalls), a hub's relay_refused facts from the
    // province's answers (server/UpstreamQueue), not from records: they stay.
    if (!query.exec(
            QStringLiteral("DELETE FROM site_facts WHERE kind NOT IN ('recall', 'relay_refused')")))
        return fail(query.lastError().text());
    using K = protocol::RecordKind;
    QString readError;
    const auto rows = RecordStore::storedRecords(
        db, QList<K>{K::SampleTaken, K::SampleRemoved} + SiteBoxFacts::kinds(), &readError);
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
    if (QSqlError sqlError; !collectNotes(&projection, &sqlError)) { // PostgreSQL: the last run
        projection.statements.reset();
        return fail(sqlError.text());
    }
    projection.statements.reset();
    if (!db.commit())
        return fail(db.lastError().text());
    return projection.facts;
}

} // namespace station::server
