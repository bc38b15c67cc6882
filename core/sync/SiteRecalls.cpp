// SPDX-License-Identifier: GPL-3.0-or-later
// SiteFactsStore: the site's recalls (待复核), kept from the `recall` facts.
#include "core/domain/Clock.h"
#include "core/storage/Database.h"
#include "core/sync/SiteFactsStore.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace station {

namespace {

const char *kRecallColumns = "person_key, tube, sample_uuid, station, table_label, outcome, state, "
                             "raised_at, changed_at, sampled_again_at, sampled_again_tube";

SiteRecall readRecall(const QSqlQuery &q) {
    SiteRecall r;
    r.personKey = q.value(0).toString();
    r.tube = q.value(1).toString();
    r.sampleUuid = q.value(2).toString();
    r.station = q.value(3).toString();
    r.table = q.value(4).toString();
    r.outcome = q.value(5).toString();
    r.open = q.value(6).toString() == QLatin1String("open");
    r.raisedAt = fromIsoUtc(q.value(7).toString());
    r.changedAt = fromIsoUtc(q.value(8).toString());
    if (!q.value(9).isNull())
        r.sampledAgainAt = fromIsoUtc(q.value(9).toString());
    r.sampledAgainTube = q.value(10).toString();
    return r;
}

} // namespace

QSqlError SiteFactsStore::keepRecall(const QJsonObject &fact, qint64 seq) const {
    const QString state = fact.value(QLatin1String("state")).toString();
    const QString sampleUuid = fact.value(QLatin1String("sample_uuid")).toString();
    const QString personKey = fact.value(QLatin1String("person_key")).toString();
    if ((state != QLatin1String("open") && state != QLatin1String("closed")) ||
        sampleUuid.isEmpty() || personKey.isEmpty())
        return {}; // not a recall this station can use
    const QString at = isoUtc(fromIsoUtc(fact.value(QLatin1String("at")).toString()));
    // One row per recalled sample: a closed fact closes it; a later result of the same tube
    // opens it again. A fact older than the row's (read twice) changes nothing.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO site_recalls (sample_uuid, person_key, tube, station, table_label, outcome, "
        "state, raised_at, changed_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (sample_uuid) DO UPDATE SET state = excluded.state, "
        "outcome = excluded.outcome, changed_at = excluded.changed_at, seq = excluded.seq, "
        "raised_at = CASE WHEN excluded.state = 'open' THEN excluded.raised_at "
        "ELSE site_recalls.raised_at END, "
        "sampled_again_at = CASE WHEN excluded.state = 'open' AND "
        "site_recalls.sampled_again_at < excluded.raised_at THEN NULL "
        "ELSE site_recalls.sampled_again_at END, "
        "sampled_again_tube = CASE WHEN excluded.state = 'open' AND "
        "site_recalls.sampled_again_at < excluded.raised_at THEN NULL "
        "ELSE site_recalls.sampled_again_tube END WHERE excluded.seq > site_recalls.seq"));
    q.addBindValue(sampleUuid);
    q.addBindValue(personKey);
    q.addBindValue(fact.value(QLatin1String("tube")).toString());
    q.addBindValue(fact.value(QLatin1String("station")).toString());
    q.addBindValue(fact.value(QLatin1String("table")).toString());
    q.addBindValue(fact.value(QLatin1String("outcome")).toString());
    q.addBindValue(state);
    q.addBindValue(at);
    q.addBindValue(at);
    q.addBindValue(seq);
    if (!q.exec())
        return q.lastError();
    return {};
}

QSqlError SiteFactsStore::forgetOldRecalls(const QDateTime &now) const {
    // An open recall stays until it is closed, however old; a closed one is kept two days
    // for the lead's list, then goes with its person key.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM site_recalls WHERE state = 'closed' AND changed_at < ?"));
    q.addBindValue(isoUtc(now.addDays(-2)));
    if (!q.exec())
        return q.lastError();
    return {};
}

std::optional<SiteSighting> SiteFactsStore::sampledAloneElsewhere(Database &db,
                                                                  const QString &ownStation,
                                                                  const QString &personKey,
                                                                  const QDateTime &after) {
    // The first such sample answered the recall; a sample removed or in a voided tube
    // (person_unsampled) does not. A fact without pool_size (an older server) is not
    // taken for a sample alone: the table then asks for one, as before.
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT f.station, f.table_label, f.tube, f.at FROM site_facts f "
                       "WHERE f.person_key = ? AND f.kind = 'person_sampled' AND f.pool_size = 1 "
                       "AND f.at > ? AND f.station <> ? AND NOT EXISTS (SELECT 1 FROM site_facts u "
                       "WHERE u.sample_uuid = f.sample_uuid AND u.kind = 'person_unsampled') "
                       "ORDER BY f.at LIMIT 1"));
    q.addBindValue(personKey);
    q.addBindValue(isoUtc(after));
    q.addBindValue(ownStation);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return SiteSighting{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        fromIsoUtc(q.value(3).toString())};
}

void SiteFactsStore::addSampledAgainElsewhere(SiteRecall &recall) const {
    if (!recall.open || recall.sampledAgainAt.isValid())
        return;
    if (const std::optional<SiteSighting> alone =
            sampledAloneElsewhere(m_db, m_ownStation, recall.personKey, recall.raisedAt)) {
        recall.sampledAgainAt = alone->at;
        recall.sampledAgainTube = alone->tube;
        recall.sampledAgainStation = alone->station;
        recall.sampledAgainTable = alone->table;
    }
}

std::optional<SiteRecall> SiteFactsStore::openRecall(const QString &idType,
                                                     const QString &idNumber) const {
    if (m_siteKey.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM site_recalls WHERE person_key = ? AND state = 'open' "
                             "ORDER BY raised_at DESC LIMIT 1")
                  .arg(QLatin1String(kRecallColumns)));
    q.addBindValue(personKey(idType, idNumber));
    if (!q.exec() || !q.next())
        return std::nullopt;
    SiteRecall recall = readRecall(q);
    q.finish();
    addSampledAgainElsewhere(recall);
    return recall;
}

QList<SiteRecall> SiteFactsStore::recalls(QSqlError *error) const {
    QList<SiteRecall> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM site_recalls ORDER BY state = 'closed', "
                               "raised_at DESC, tube, sample_uuid")
                    .arg(QLatin1String(kRecallColumns)))) {
        *error = q.lastError();
        return list;
    }
    while (q.next())
        list.append(readRecall(q));
    *error = q.lastError();
    q.finish();
    for (SiteRecall &recall : list)
        addSampledAgainElsewhere(recall);
    return list;
}

} // namespace station
