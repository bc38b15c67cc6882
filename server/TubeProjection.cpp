// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/TubeProjection.h"

#include "protocol/SitePersonKey.h"
#include "server/Database.h"
#include "server/Logging.h"
#include "server/RecordStore.h"
#include "server/SiteFacts.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

namespace station::server {

namespace {

const QString kLookupKeyName = QStringLiteral("people_lookup");

QString text(const QString &value) {
    return value.isEmpty() ? QString() : value;
}

// The statement of `sql` for this batch, prepared on its first use; nullptr with *error
// when it cannot be prepared.
BatchStatement *statement(QSqlDatabase &db, TubeBatch *batch, const char *sql, QSqlError *error) {
    auto found = batch->statements.find(sql);
    if (found == batch->statements.end()) {
        auto query = std::make_unique<BatchStatement>(db);
        if (!query->prepare(QString::fromLatin1(sql))) {
            *error = query->lastError();
            return nullptr;
        }
        found = batch->statements.emplace(sql, std::move(query)).first;
    }
    return found->second.get();
}

// Runs `sql` with `values` bound in order. False with *error on failure.
bool run(QSqlDatabase &db, TubeBatch *batch, const char *sql, const QVariantList &values,
         QSqlError *error) {
    BatchStatement *query = statement(db, batch, sql, error);
    if (!query)
        return false;
    for (const QVariant &value : values)
        query->addBindValue(value);
    if (!query->exec()) {
        *error = query->lastError();
        return false;
    }
    return true;
}

const char *kTubeOwner = "SELECT site FROM tube_codes WHERE tube = ?";
const char *kBoxOwner = "SELECT site FROM boxes WHERE box_uuid = ?";
const char *kClaimTube = "INSERT INTO tube_codes (tube, site, record_uuid) VALUES (?,?,?) "
                         "ON CONFLICT (tube) DO NOTHING RETURNING site";
const char *kTubeOfStation = "SELECT tube_uuid FROM tubes WHERE site = ? AND station = ? AND "
                             "tube = ? ORDER BY opened_at DESC LIMIT 1";
const char *kInsertPerson =
    "INSERT INTO tube_people (sample_uuid, tube_uuid, site, tube, station, person_key, id_type, "
    "id_number_hash, state, taken_at) VALUES (?,?,?,?,?,?,?,?,'active',?) "
    "ON CONFLICT (sample_uuid) DO NOTHING";
// kInsertPerson for a batch's rows at once (arrays, in the records' order: of two rows of
// one sample, the first is kept as before).
const char *kInsertPeople =
    "INSERT INTO tube_people (sample_uuid, tube_uuid, site, tube, station, person_key, id_type, "
    "id_number_hash, state, taken_at) SELECT p.sample_uuid, p.tube_uuid, p.site, p.tube, "
    "p.station, p.person_key, p.id_type, p.id_number_hash, 'active', p.taken_at FROM "
    "unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
    "?::text[], ?::text[]) WITH ORDINALITY AS p(sample_uuid, tube_uuid, site, tube, station, "
    "person_key, id_type, id_number_hash, taken_at, n) ORDER BY p.n "
    "ON CONFLICT (sample_uuid) DO NOTHING";
const char *kRemovePerson = "UPDATE tube_people SET state = 'removed', removed_at = ? "
                            "WHERE sample_uuid = ? AND site = ?";
const char *kInsertTube =
    "INSERT INTO tubes (tube_uuid, site, tube, station, state, pool_size, opened_at) "
    "VALUES (?,?,?,?,'opened',?,?) ON CONFLICT (tube_uuid) DO NOTHING";
// A tube put into a box (at another table) before its own records arrived.
const char *kTubeBoxedEarlier =
    "UPDATE tubes SET box_uuid = (SELECT b.box_uuid FROM box_tubes b WHERE b.tube_uuid = "
    "tubes.tube_uuid ORDER BY b.added_at DESC LIMIT 1) WHERE tube_uuid = ? AND EXISTS "
    "(SELECT 1 FROM box_tubes b WHERE b.tube_uuid = tubes.tube_uuid)";
const char *kTubeHandedOver =
    "UPDATE tubes SET handed_over_at = (SELECT MIN(h.at) FROM hand_overs h WHERE h.box_uuid = "
    "tubes.box_uuid) WHERE tube_uuid = ?";
const char *kSealTube = "UPDATE tubes SET state = 'sealed', people = ?, sealed_at = ? "
                        "WHERE tube_uuid = ? AND state <> 'voided'";
const char *kReopenTube = "UPDATE tubes SET state = 'opened', sealed_at = NULL "
                          "WHERE tube_uuid = ? AND state <> 'voided'";
const char *kPoolChanged = "UPDATE tubes SET pool_size = ? WHERE tube_uuid = ?";
const char *kVoidTube = "UPDATE tubes SET state = 'voided', voided_at = ? WHERE tube_uuid = ?";
const char *kInsertBox = "INSERT INTO boxes (box_uuid, site, box, station, state, opened_at) "
                         "VALUES (?,?,?,?,'opened',?) ON CONFLICT (box_uuid) DO NOTHING";
const char *kBoxHandedOver =
    "UPDATE boxes SET state = 'handed_over', handed_over_at = (SELECT MIN(h.at) FROM "
    "hand_overs h WHERE h.box_uuid = boxes.box_uuid) WHERE box_uuid = ? AND EXISTS "
    "(SELECT 1 FROM hand_overs h WHERE h.box_uuid = boxes.box_uuid)";
const char *kAddToBox = "INSERT INTO box_tubes (box_uuid, tube_uuid, site, tube, station, "
                        "added_at) VALUES (?,?,?,?,?,?) ON CONFLICT (box_uuid, tube_uuid) "
                        "DO NOTHING";
const char *kTubeIntoBox = "UPDATE tubes SET box_uuid = ?, handed_over_at = (SELECT MIN(h.at) "
                           "FROM hand_overs h WHERE h.box_uuid = ?) WHERE tube_uuid = ?";
const char *kSealBox =
    "UPDATE boxes SET sealed_at = ?, tube_count = ?, person_count = ?, state = CASE WHEN "
    "state = 'handed_over' THEN state ELSE 'sealed' END WHERE box_uuid = ?";
const char *kInsertHandOver = "INSERT INTO hand_overs (record_uuid, box_uuid, site, station, "
                              "at, tube_count, person_count) VALUES (?,?,?,?,?,?,?) "
                              "ON CONFLICT (record_uuid) DO NOTHING";
const char *kBoxTubesHandedOver =
    "UPDATE tubes SET handed_over_at = (SELECT MIN(h.at) FROM hand_overs h WHERE h.box_uuid = "
    "tubes.box_uuid) WHERE box_uuid = ?";
const char *kTubesOfBox = "SELECT tube FROM box_tubes WHERE box_uuid = ?";

} // namespace

TubeProjection::TubeProjection(Database &database, SiteFacts &siteFacts)
    : m_database(database)
    , m_siteFacts(siteFacts) {}

const QStringList &TubeProjection::tables() {
    static const QStringList names{QStringLiteral("tubes"),       QStringLiteral("tube_codes"),
                                   QStringLiteral("tube_people"), QStringLiteral("boxes"),
                                   QStringLiteral("box_tubes"),   QStringLiteral("hand_overs")};
    return names;
}

QString TubeProjection::lookupHash(const QByteArray &lookupKey, const QString &idType,
                                   const QString &idNumber) {
    return protocol::sitePersonKey(lookupKey, idType, idNumber);
}

std::optional<QByteArray> TubeProjection::lookupKey(QSqlDatabase &db, QString *error) {
    if (!m_lookupKey.isEmpty())
        return m_lookupKey;
    // Qt's driver asks next: the ingest's statements sent before it are answered first.
    if (const QSqlError pending = BatchStatement::settle(db); pending.isValid()) {
        *error = pending.text();
        return std::nullopt;
    }
    QSqlQuery query(db);
    const auto read = [&]() -> std::optional<QByteArray> {
        query.prepare(QStringLiteral("SELECT key FROM server_keys WHERE name = ?"));
        query.addBindValue(kLookupKeyName);
        if (!query.exec()) {
            *error = query.lastError().text();
            return std::nullopt;
        }
        if (!query.next())
            return QByteArray();
        return QByteArray::fromHex(query.value(0).toString().toLatin1());
    };
    std::optional<QByteArray> key = read();
    if (!key)
        return std::nullopt;
    if (key->isEmpty()) {
        query.finish();
        QByteArray fresh(protocol::kSiteKeyBytes, Qt::Uninitialized);
        QRandomGenerator::system()->generate(
            reinterpret_cast<quint32 *>(fresh.data()),
            reinterpret_cast<quint32 *>(fresh.data() + fresh.size()));
        // Two servers on one database: the first key written wins and both read it back.
        query.prepare(QStringLiteral("INSERT INTO server_keys (name, key, created_at) "
                                     "VALUES (?,?,?) ON CONFLICT (name) DO NOTHING"));
        query.addBindValue(kLookupKeyName);
        query.addBindValue(QString::fromLatin1(fresh.toHex()));
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!query.exec()) {
            *error = query.lastError().text();
            return std::nullopt;
        }
        key = read();
        if (!key || key->isEmpty()) {
            if (error->isEmpty())
                *error = tr("the people lookup key cannot be read back");
            return std::nullopt;
        }
        // Not cached: the transaction that made it may still be rolled back.
        return key;
    }
    m_lookupKey = *key;
    return key;
}

QString TubeProjection::refusalCode(const protocol::ValidRecord &record) {
    return record.kind == protocol::RecordKind::BoxHandedOver
               ? QStringLiteral("box_of_other_site")
               : QStringLiteral("tube_code_of_other_site");
}

bool TubeProjection::admits(QSqlDatabase &db, const QString &site,
                            const protocol::ValidRecord &record, TubeBatch *batch, QString *refusal,
                            QSqlError *error) {
    refusal->clear();
    if (record.kind == protocol::RecordKind::BoxHandedOver) {
        // A box belongs to the site that opened it: a hand-over from another site (a station
        // or a site hub there) names a box it cannot hold. Unknown yet is no refusal: the
        // packer's records may come later.
        const QString boxUuid =
            protocol::payloadOf(record).value(QLatin1String("box_uuid")).toString();
        BatchStatement *owner = statement(db, batch, kBoxOwner, error);
        if (!owner)
            return false;
        owner->addBindValue(boxUuid);
        if (!owner->exec()) {
            *error = owner->lastError();
            return false;
        }
        const QString ownerSite = owner->next() ? owner->value(0).toString() : QString();
        owner->finish();
        if (!ownerSite.isEmpty() && ownerSite != site)
            *refusal = QStringLiteral("box %1 belongs to another site; it cannot be handed over "
                                      "here")
                           .arg(protocol::payloadOf(record).value(QLatin1String("box")).toString());
        return true;
    }
    if (record.kind != protocol::RecordKind::SampleTaken)
        return true;
    // Validation parsed the payload already: no second parse per record.
    const QString tube = protocol::payloadOf(record).value(QLatin1String("tube")).toString();
    auto known = batch->owners.constFind(tube);
    if (known == batch->owners.constEnd()) {
        BatchStatement *owner = statement(db, batch, kTubeOwner, error);
        if (!owner)
            return false;
        owner->addBindValue(tube);
        if (!owner->exec()) {
            *error = owner->lastError();
            return false;
        }
        known = batch->owners.insert(tube, owner->next() ? owner->value(0).toString()
                                                         : QStringLiteral(""));
        owner->finish();
    }
    if (!known->isEmpty() && *known != site)
        *refusal = QStringLiteral("tube code %1 belongs to another site; a sample cannot be "
                                  "taken into it here")
                       .arg(tube);
    return true;
}

// Gives the tube code to `site` unless it belongs to a site already.
static bool claimTube(QSqlDatabase &db, TubeBatch *batch, const QString &tube, const QString &site,
                      const QString &recordUuid, QSqlError *error) {
    if (!batch->owners.value(tube).isEmpty())
        return true;
    BatchStatement *claim = statement(db, batch, kClaimTube, error);
    if (!claim)
        return false;
    claim->addBindValue(tube);
    claim->addBindValue(site);
    claim->addBindValue(recordUuid);
    if (!claim->exec()) {
        *error = claim->lastError();
        return false;
    }
    // No row: another site held it already (a tube.opened there first); ask when it matters.
    if (claim->next())
        batch->owners.insert(tube, site);
    else
        batch->owners.remove(tube);
    claim->finish();
    return true;
}

bool TubeProjection::project(QSqlDatabase &db, const QString &site,
                             const protocol::ValidRecord &record, TubeBatch *batch,
                             QSqlError *error) {
    using K = protocol::RecordKind;
    switch (record.kind) {
    case K::SampleTaken:
    case K::SampleRemoved:
    case K::TubeOpened:
    case K::TubeSealed:
    case K::TubeVoided:
    case K::TubeReopened:
    case K::TubePoolChanged:
    case K::BoxOpened:
    case K::BoxTubeAdded:
    case K::BoxSealed:
    case K::BoxHandedOver:
        break;
    default:
        return true;
    }
    const QJsonObject content = protocol::payloadOf(record);
    const auto member = [&content](const char *name) {
        return content.value(QLatin1String(name)).toString();
    };
    const auto number = [&content](const char *name) {
        return content.value(QLatin1String(name)).toInt();
    };
    const QString station = member("station");
    const QString tube = member("tube");
    const QString tubeUuid = member("tube_uuid");
    const QString boxUuid = member("box_uuid");
    const QString at = record.atUtc;
    switch (record.kind) {
    case K::SampleTaken: {
        QString inTube = tubeUuid;
        const QString openKey = site + QLatin1Char('\n') + station + QLatin1Char('\n') + tube;
        if (inTube.isEmpty())
            inTube = batch->openTubes.value(openKey);
        if (inTube.isEmpty()) { // an older station's record: the tube open at its table
            BatchStatement *query = statement(db, batch, kTubeOfStation, error);
            if (!query)
                return false;
            query->addBindValue(site);
            query->addBindValue(station);
            query->addBindValue(tube);
            if (!query->exec()) {
                *error = query->lastError();
                return false;
            }
            inTube = query->next() ? query->value(0).toString() : QStringLiteral("");
            query->finish();
            batch->openTubes.insert(openKey, inTube);
        }
        const QString idType = member("id_type");
        const QString idNumber = member("id_number");
        QString personKey;
        QString lookup;
        if (!idNumber.isEmpty()) {
            QString keyError;
            // The site facts computed it for this record already (ingest), or do now (rebuild).
            const std::optional<QString> siteKeyOfPerson =
                m_siteFacts.personKey(site, idType, idNumber, &keyError);
            const std::optional<QByteArray> peopleKey =
                siteKeyOfPerson ? lookupKey(db, &keyError) : std::nullopt;
            if (!peopleKey) {
                *error = QSqlError(keyError, {}, QSqlError::StatementError);
                return false;
            }
            personKey = *siteKeyOfPerson;
            if (!m_lookupHmac || m_lookupHmac->key() != *peopleKey)
                m_lookupHmac.emplace(*peopleKey);
            lookup = m_lookupHmac->of(idType, idNumber); // as lookupHash()
        }
        const QString sampleUuid =
            content.value(QLatin1String("sample_uuid")).toString(record.uuid);
        if (batch->collectPeople) { // the values kInsertPerson binds, NULL where it binds NULL
            TubeBatch::People &people = batch->people;
            people.sampleUuid.append(sampleUuid);
            people.tubeUuid.append(inTube);
            people.site.append(site);
            people.tube.append(tube);
            people.station.append(station);
            people.personKey.append(text(personKey));
            people.idType.append(text(idType));
            people.lookup.append(text(lookup));
            people.takenAt.append(at);
            return claimTube(db, batch, tube, site, record.uuid, error);
        }
        return run(db, batch, kInsertPerson,
                   {sampleUuid, inTube, site, tube, station, text(personKey), text(idType),
                    text(lookup), at},
                   error) &&
               claimTube(db, batch, tube, site, record.uuid, error);
    }
    case K::SampleRemoved: // its person's row may be one of those still collected
        return sendPeople(db, batch, error) &&
               run(db, batch, kRemovePerson, {at, member("refers_to"), site}, error);
    case K::TubeOpened:
        batch->touchedTubes.insert(tube);
        batch->openTubes.insert(site + QLatin1Char('\n') + station + QLatin1Char('\n') + tube,
                                tubeUuid);
        return run(db, batch, kInsertTube, {tubeUuid, site, tube, station, number("pool_size"), at},
                   error) &&
               run(db, batch, kTubeBoxedEarlier, {tubeUuid}, error) &&
               run(db, batch, kTubeHandedOver, {tubeUuid}, error) &&
               claimTube(db, batch, tube, site, record.uuid, error);
    case K::TubeSealed:
        return run(db, batch, kSealTube, {number("people"), at, tubeUuid}, error);
    case K::TubeReopened:
        batch->touchedTubes.insert(tube);
        return run(db, batch, kReopenTube, {tubeUuid}, error);
    case K::TubePoolChanged:
        return run(db, batch, kPoolChanged, {number("pool_size"), tubeUuid}, error);
    case K::TubeVoided:
        batch->touchedTubes.insert(tube);
        return run(db, batch, kVoidTube, {at, tubeUuid}, error);
    case K::BoxOpened:
        return run(db, batch, kInsertBox, {boxUuid, site, member("box"), station, at}, error) &&
               run(db, batch, kBoxHandedOver, {boxUuid}, error);
    case K::BoxTubeAdded: {
        batch->touchedTubes.insert(tube);
        // A tube sealed at another table of the site names that table's station.
        const QString tubeStation = member("tube_station");
        return run(db, batch, kAddToBox,
                   {boxUuid, tubeUuid, site, tube, tubeStation.isEmpty() ? station : tubeStation,
                    at},
                   error) &&
               run(db, batch, kTubeIntoBox, {boxUuid, boxUuid, tubeUuid}, error);
    }
    case K::BoxSealed:
        return run(db, batch, kSealBox, {at, number("tube_count"), number("person_count"), boxUuid},
                   error);
    case K::BoxHandedOver: {
        if (!run(db, batch, kInsertHandOver,
                 {record.uuid, boxUuid, site, station, at, number("tube_count"),
                  number("person_count")},
                 error) ||
            !run(db, batch, kBoxHandedOver, {boxUuid}, error) ||
            !run(db, batch, kBoxTubesHandedOver, {boxUuid}, error))
            return false;
        BatchStatement *query = statement(db, batch, kTubesOfBox, error);
        if (!query)
            return false;
        query->addBindValue(boxUuid);
        if (!query->exec()) {
            *error = query->lastError();
            return false;
        }
        while (query->next())
            batch->touchedTubes.insert(query->value(0).toString());
        query->finish();
        return true;
    }
    default:
        return true;
    }
}

bool TubeProjection::sendPeople(QSqlDatabase &db, TubeBatch *batch, QSqlError *error) {
    TubeBatch::People &people = batch->people;
    if (people.sampleUuid.isEmpty())
        return true;
    BatchStatement *insert = statement(db, batch, kInsertPeople, error);
    if (!insert)
        return false;
    for (const QStringList *column :
         {&people.sampleUuid, &people.tubeUuid, &people.site, &people.tube, &people.station,
          &people.personKey, &people.idType, &people.lookup, &people.takenAt})
        insert->addBindValue(postgresTextArray(*column, NullText::Null));
    people = {};
    if (!insert->exec()) {
        *error = insert->lastError();
        return false;
    }
    return true;
}

std::optional<qint64> TubeProjection::rebuild(QString *error) {
    QSqlDatabase db = m_database.connection();
    const auto fail = [&](const QString &message) -> std::optional<qint64> {
        db.rollback();
        m_siteFacts.forgetUncommittedKeys();
        *error = message;
        return std::nullopt;
    };
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery query(db);
    for (const QString &table : tables()) {
        if (!query.exec(QStringLiteral("DELETE FROM %1").arg(table)))
            return fail(query.lastError().text());
    }
    using K = protocol::RecordKind;
    QString readError;
    const auto rows =
        RecordStore::storedRecords(db,
                                   {K::SampleTaken, K::SampleRemoved, K::TubeOpened, K::TubeSealed,
                                    K::TubeVoided, K::TubeReopened, K::TubePoolChanged,
                                    K::BoxOpened, K::BoxTubeAdded, K::BoxSealed, K::BoxHandedOver},
                                   &readError);
    if (!rows)
        return fail(readError);
    {
        TubeBatch batch;
        for (const StoredRecord &row : *rows) {
            QSqlError sqlError;
            if (!project(db, row.site, row.record, &batch, &sqlError))
                return fail(sqlError.text());
        }
    }
    if (!db.commit())
        return fail(db.lastError().text());
    qCInfo(lcServer) << "projection of tubes and boxes rebuilt from" << rows->size() << "records";
    return rows->size();
}

} // namespace station::server
