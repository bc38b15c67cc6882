// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/Recalls.h"

#include "server/BatchStatement.h"
#include "server/Database.h"
#include "server/Logging.h"
#include "server/ServerTime.h"
#include "server/SiteFacts.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

namespace station::server {

namespace {

const QString kRecall = QStringLiteral("recall");

} // namespace

Recalls::Recalls(Database &database)
    : m_database(database) {}

bool Recalls::lockSiteFacts(QSqlDatabase &db, const QString &site, QSqlError *error) {
    if (db.driver()->dbmsType() != QSqlDriver::PostgreSQL)
        return true;
    // As SiteFacts::project does: a site's facts are numbered in the order they commit.
    QSqlQuery lock(db);
    lock.prepare(QStringLiteral("SELECT site FROM site_keys WHERE site = ? FOR UPDATE"));
    lock.addBindValue(site);
    if (!lock.exec()) {
        *error = lock.lastError();
        return false;
    }
    return true;
}

bool Recalls::insertFact(QSqlDatabase &db, const RecallRow &row, const QString &at,
                         const QString &recordUuid, QSqlError *error) {
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO site_facts (site, kind, station, table_label, person_key, tube, "
        "sample_uuid, state, at, record_uuid, outcome) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    insert.addBindValue(row.site);
    insert.addBindValue(kRecall);
    insert.addBindValue(row.station);
    insert.addBindValue(row.table);
    insert.addBindValue(row.personKey);
    insert.addBindValue(row.tube);
    insert.addBindValue(row.sampleUuid);
    insert.addBindValue(row.state);
    insert.addBindValue(at);
    insert.addBindValue(recordUuid);
    insert.addBindValue(row.outcome);
    if (!insert.exec()) {
        *error = insert.lastError();
        return false;
    }
    return true;
}

bool Recalls::raiseForTube(const QString &site, const QString &tube, const QString &resultUuid,
                           const QString &outcome, const QString &at, QString *error, int *raised) {
    if (raised)
        *raised = 0;
    if (outcome != QLatin1String("positive") && outcome != QLatin1String("invalid")) {
        *error = QStringLiteral("a recall is raised for a positive or invalid result only");
        return false;
    }
    QSqlDatabase db = m_database.connection();
    QSqlError sqlError;
    const auto failed = [&](const QSqlError &e) {
        *error = e.text();
        return false;
    };
    if (!lockSiteFacts(db, site, &sqlError))
        return failed(sqlError);
    // The tube's people as the site's facts know them (samples with an ID number, not undone),
    // each recalled once per result: one statement for the whole tube, not two per person
    // (issue 19: a file of 50 positive pools of 10 ran 1,100). The new recalls come back.
    QSqlQuery insert(db);
    insert.setForwardOnly(true);
    insert.prepare(QStringLiteral(
        "INSERT INTO recalls (site, person_key, tube, sample_uuid, station, table_label, "
        "result_uuid, outcome, raised_at, state) SELECT f.site, f.person_key, f.tube, "
        "f.sample_uuid, f.station, f.table_label, ?, ?, ?, 'open' FROM site_facts f "
        "WHERE f.site = ? AND f.tube = ? AND f.kind = 'person_sampled' AND NOT EXISTS (SELECT 1 "
        "FROM site_facts u WHERE u.site = f.site AND u.sample_uuid = f.sample_uuid "
        "AND u.kind = 'person_unsampled') ORDER BY f.seq "
        "ON CONFLICT (result_uuid, person_key) DO NOTHING RETURNING id"));
    insert.addBindValue(resultUuid);
    insert.addBindValue(outcome);
    insert.addBindValue(at);
    insert.addBindValue(site);
    insert.addBindValue(tube);
    if (!insert.exec())
        return failed(insert.lastError());
    QVariantList newIds;
    while (insert.next())
        newIds.append(insert.value(0));
    insert.finish(); // read first: no write while a read is open on the connection
    if (!newIds.isEmpty()) {
        // Their recall facts in one statement, in the order the recalls were raised (the
        // people's), as one fact per person did before.
        QString placeholders = QStringLiteral("?");
        for (qsizetype i = 1; i < newIds.size(); ++i)
            placeholders += QStringLiteral(",?");
        QSqlQuery facts(db);
        facts.prepare(
            QStringLiteral("INSERT INTO site_facts (site, kind, station, table_label, person_key, "
                           "tube, sample_uuid, state, at, record_uuid, outcome) SELECT site, ?, "
                           "station, table_label, person_key, tube, sample_uuid, state, "
                           "raised_at, result_uuid, outcome FROM recalls WHERE id IN (%1) "
                           "ORDER BY id")
                .arg(placeholders));
        facts.addBindValue(kRecall);
        for (const QVariant &id : std::as_const(newIds))
            facts.addBindValue(id);
        if (!facts.exec())
            return failed(facts.lastError());
    }
    if (raised)
        *raised = int(newIds.size());
    qCInfo(lcServer) << "recall raised for" << newIds.size() << "people of a tube at site" << site;
    return true;
}

bool Recalls::raiseForTubes(const QList<TubeRecall> &tubes, const QString &at, QString *error,
                            QList<int> *raised) {
    if (raised)
        raised->clear();
    QSqlDatabase db = m_database.connection();
    if (db.driver()->dbmsType() != QSqlDriver::PostgreSQL) {
        for (const TubeRecall &tube : tubes) {
            int count = 0;
            if (!raiseForTube(tube.site, tube.tube, tube.resultUuid, tube.outcome, at, error,
                              &count))
                return false;
            if (raised)
                raised->append(count);
        }
        return true;
    }
    QStringList sites, codes, resultUuids, outcomes;
    QHash<QString, qsizetype> indexOfResult;
    for (const TubeRecall &tube : tubes) {
        if (tube.outcome != QLatin1String("positive") && tube.outcome != QLatin1String("invalid")) {
            *error = QStringLiteral("a recall is raised for a positive or invalid result only");
            return false;
        }
        indexOfResult.insert(tube.resultUuid, sites.size());
        sites.append(tube.site);
        codes.append(tube.tube);
        resultUuids.append(tube.resultUuid);
        outcomes.append(tube.outcome);
    }
    if (raised)
        raised->fill(0, tubes.size());
    if (tubes.isEmpty())
        return true;
    const auto failed = [&](const QSqlError &e) {
        *error = e.text();
        return false;
    };
    // Each site's facts locked once, in the order the tubes name them (raiseForTube locks
    // before each tube; the lock is held to the commit either way).
    QSet<QString> locked;
    for (const QString &site : std::as_const(sites)) {
        QSqlError sqlError;
        if (!locked.contains(site) && !lockSiteFacts(db, site, &sqlError))
            return failed(sqlError);
        locked.insert(site);
    }
    // raiseForTube's statement for all the tubes: their people in the tubes' order, each
    // tube's in the order of its facts, so that the recalls get their ids (and their facts
    // their seq) in the order one tube after another gave them.
    QSqlQuery insert(db);
    insert.setForwardOnly(true);
    insert.prepare(QStringLiteral(
        "INSERT INTO recalls (site, person_key, tube, sample_uuid, station, table_label, "
        "result_uuid, outcome, raised_at, state) SELECT f.site, f.person_key, f.tube, "
        "f.sample_uuid, f.station, f.table_label, r.result_uuid, r.outcome, ?, 'open' "
        "FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) WITH ORDINALITY "
        "AS r(site, tube, result_uuid, outcome, ord) "
        "JOIN site_facts f ON f.site = r.site AND f.tube = r.tube "
        "WHERE f.kind = 'person_sampled' AND NOT EXISTS (SELECT 1 "
        "FROM site_facts u WHERE u.site = f.site AND u.sample_uuid = f.sample_uuid "
        "AND u.kind = 'person_unsampled') ORDER BY r.ord, f.seq "
        "ON CONFLICT (result_uuid, person_key) DO NOTHING RETURNING id, result_uuid"));
    insert.addBindValue(at);
    insert.addBindValue(postgresTextArray(sites));
    insert.addBindValue(postgresTextArray(codes));
    insert.addBindValue(postgresTextArray(resultUuids));
    insert.addBindValue(postgresTextArray(outcomes));
    if (!insert.exec())
        return failed(insert.lastError());
    QStringList newIds;
    while (insert.next()) {
        newIds.append(insert.value(0).toString());
        if (raised)
            ++(*raised)[indexOfResult.value(insert.value(1).toString())];
    }
    insert.finish(); // read first: no write while a read is open on the connection
    if (!newIds.isEmpty()) {
        QSqlQuery facts(db);
        facts.prepare(QStringLiteral(
            "INSERT INTO site_facts (site, kind, station, table_label, person_key, tube, "
            "sample_uuid, state, at, record_uuid, outcome) SELECT site, ?, station, "
            "table_label, person_key, tube, sample_uuid, state, raised_at, result_uuid, "
            "outcome FROM recalls WHERE id = ANY (?::bigint[]) ORDER BY id"));
        facts.addBindValue(kRecall);
        facts.addBindValue(
            QString(QLatin1Char('{') + newIds.join(QLatin1Char(',')) + QLatin1Char('}')));
        if (!facts.exec())
            return failed(facts.lastError());
    }
    qCInfo(lcServer) << "recalls raised for" << newIds.size() << "people of" << tubes.size()
                     << "tubes";
    return true;
}

bool Recalls::closeBySample(QSqlDatabase &db, const QString &site,
                            const protocol::ValidRecord &record, SiteProjection *projection,
                            QSqlError *error) {
    if (record.kind != protocol::RecordKind::SampleTaken)
        return true;
    auto known = m_sitesWithOpenRecalls.constFind(site);
    // Qt's driver asks below: the ingest's statements sent before are answered first.
    const auto settled = [&db, error] {
        *error = BatchStatement::settle(db);
        return !error->isValid();
    };
    if (known == m_sitesWithOpenRecalls.constEnd()) {
        if (!settled())
            return false;
        QSqlQuery any(db);
        any.prepare(
            QStringLiteral("SELECT 1 FROM recalls WHERE site = ? AND state = 'open' LIMIT 1"));
        any.addBindValue(site);
        if (!any.exec()) {
            *error = any.lastError();
            return false;
        }
        known = m_sitesWithOpenRecalls.insert(site, any.next());
    }
    if (!*known)
        return true;
    const QJsonObject content = QJsonDocument::fromJson(record.content.toUtf8()).object();
    if (content.value(QLatin1String("pool_size")).toInt() != 1)
        return true; // only a sample taken alone answers a recall
    // The question below reads the person facts, and the closed facts follow them.
    if (!SiteFacts::sendPersonFacts(projection, error) || !settled())
        return false;
    const QString sampleUuid = content.value(QLatin1String("sample_uuid")).toString(record.uuid);
    // The person as the facts name them (the fact was just written for this record).
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT person_key FROM site_facts WHERE site = ? AND "
                                 "sample_uuid = ? AND kind = 'person_sampled'"));
    query.addBindValue(site);
    query.addBindValue(sampleUuid);
    if (!query.exec()) {
        *error = query.lastError();
        return false;
    }
    if (!query.next())
        return true; // names nobody
    const QString personKey = query.value(0).toString();
    query.finish();
    query.prepare(QStringLiteral(
        "SELECT id, tube, sample_uuid, station, table_label, result_uuid, outcome, raised_at "
        "FROM recalls WHERE site = ? AND person_key = ? AND state = 'open' AND raised_at < ?"));
    query.addBindValue(site);
    query.addBindValue(personKey);
    query.addBindValue(record.atUtc);
    if (!query.exec()) {
        *error = query.lastError();
        return false;
    }
    QList<QPair<qint64, RecallRow>> open;
    while (query.next()) {
        RecallRow row;
        row.site = site;
        row.personKey = personKey;
        row.tube = query.value(1).toString();
        row.sampleUuid = query.value(2).toString();
        row.station = query.value(3).toString();
        row.table = query.value(4).toString();
        row.resultUuid = query.value(5).toString();
        row.outcome = query.value(6).toString();
        row.raisedAt = query.value(7).toString();
        open.append({query.value(0).toLongLong(), row});
    }
    query.finish();
    if (open.isEmpty())
        return true;
    if (!lockSiteFacts(db, site, error))
        return false;
    const QString closedAt = nowUtc();
    QSqlQuery close(db);
    close.prepare(QStringLiteral("UPDATE recalls SET state = 'closed', closed_at = ?, "
                                 "closed_by_sample_uuid = ? WHERE id = ? AND state = 'open'"));
    for (auto &[id, row] : open) {
        close.addBindValue(closedAt);
        close.addBindValue(sampleUuid);
        close.addBindValue(id);
        if (!close.exec()) {
            *error = close.lastError();
            return false;
        }
        if (close.numRowsAffected() != 1)
            continue;
        row.state = QStringLiteral("closed");
        if (!insertFact(db, row, closedAt, record.uuid, error))
            return false;
        ++projection->facts;
    }
    return true;
}

std::optional<QList<RecallRow>> Recalls::list(const QString &site, bool openOnly, QString *error) {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT site, person_key, tube, sample_uuid, station, table_label, result_uuid, "
        "outcome, raised_at, state, closed_at, closed_by_sample_uuid FROM recalls WHERE 1 = 1");
    if (!site.isEmpty())
        sql += QStringLiteral(" AND site = ?");
    if (openOnly)
        sql += QStringLiteral(" AND state = 'open'");
    sql += QStringLiteral(" ORDER BY raised_at DESC, id");
    query.prepare(sql);
    if (!site.isEmpty())
        query.addBindValue(site);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QList<RecallRow> rows;
    while (query.next()) {
        RecallRow row;
        row.site = query.value(0).toString();
        row.personKey = query.value(1).toString();
        row.tube = query.value(2).toString();
        row.sampleUuid = query.value(3).toString();
        row.station = query.value(4).toString();
        row.table = query.value(5).toString();
        row.resultUuid = query.value(6).toString();
        row.outcome = query.value(7).toString();
        row.raisedAt = query.value(8).toString();
        row.state = query.value(9).toString();
        row.closedAt = query.value(10).toString();
        row.closedBySampleUuid = query.value(11).toString();
        rows.append(row);
    }
    return rows;
}

} // namespace station::server
