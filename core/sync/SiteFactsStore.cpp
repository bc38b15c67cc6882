// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SiteFactsStore.h"

#include "core/domain/Clock.h"
#include "core/storage/Database.h"
#include "protocol/SitePersonKey.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace station {

SiteFactsStore::SiteFactsStore(Database &db, QByteArray siteKey, QString ownStation)
    : m_db(db)
    , m_siteKey(std::move(siteKey))
    , m_ownStation(std::move(ownStation)) {}

QString SiteFactsStore::personKey(const QString &idType, const QString &idNumber) const {
    return protocol::sitePersonKey(m_siteKey, idType, idNumber);
}

std::optional<SiteSighting> SiteFactsStore::personSampledElsewhere(const QString &idType,
                                                                   const QString &idNumber,
                                                                   const QDateTime &since) const {
    if (m_siteKey.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT f.station, f.table_label, f.tube, f.at FROM site_facts f "
        "WHERE f.person_key = ? AND f.kind = 'person_sampled' AND f.at >= ? AND f.station <> ? "
        "AND NOT EXISTS (SELECT 1 FROM site_facts u WHERE u.sample_uuid = f.sample_uuid "
        "AND u.kind = 'person_unsampled') ORDER BY f.at DESC LIMIT 1"));
    q.addBindValue(personKey(idType, idNumber));
    q.addBindValue(isoUtc(since));
    q.addBindValue(m_ownStation);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return SiteSighting{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        fromIsoUtc(q.value(3).toString())};
}

std::optional<SiteSighting> SiteFactsStore::tubeUsedElsewhere(const QString &tube) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT station, table_label, tube, at FROM site_facts "
                             "WHERE tube = ? AND kind = 'tube_state' AND station <> ? "
                             "ORDER BY seq LIMIT 1"));
    q.addBindValue(tube);
    q.addBindValue(m_ownStation);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return SiteSighting{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        fromIsoUtc(q.value(3).toString())};
}

qint64 SiteFactsStore::cursor(QSqlError *error) const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT last_seq FROM site_facts_cursor WHERE id = 1"))) {
        *error = q.lastError();
        return 0;
    }
    *error = QSqlError();
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 SiteFactsStore::count(QSqlError *error) const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM site_facts")) || !q.next()) {
        *error = q.lastError();
        return 0;
    }
    *error = QSqlError();
    return q.value(0).toLongLong();
}

QSqlError SiteFactsStore::apply(const QJsonArray &facts, qint64 lastSeq, const QDateTime &now) {
    Transaction tx(m_db.connection());
    if (!tx.begun())
        return tx.beginError();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO site_facts (seq, kind, station, table_label, person_key, tube, "
        "sample_uuid, state, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const auto text = [](const QJsonObject &o, const char *name) {
        const QString value = o.value(QLatin1String(name)).toString();
        return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
    };
    for (const QJsonValue &value : facts) {
        const QJsonObject o = value.toObject();
        const qint64 seq = o.value(QLatin1String("seq")).toInteger();
        const QString kind = o.value(QLatin1String("kind")).toString();
        if (seq <= 0 || kind.isEmpty())
            continue; // not a fact this station can use
        q.addBindValue(seq);
        q.addBindValue(kind);
        q.addBindValue(o.value(QLatin1String("station")).toString());
        q.addBindValue(o.value(QLatin1String("table")).toString());
        q.addBindValue(text(o, "person_key"));
        q.addBindValue(text(o, "tube"));
        q.addBindValue(text(o, "sample_uuid"));
        q.addBindValue(text(o, "state"));
        q.addBindValue(isoUtc(fromIsoUtc(o.value(QLatin1String("at")).toString())));
        if (!q.exec())
            return q.lastError();
        if (kind == QLatin1String("recall")) {
            if (QSqlError e = keepRecall(o, seq); e.isValid())
                return e;
        }
    }
    if (QSqlError e = forgetOldRecalls(now); e.isValid())
        return e;
    // The rules look at today only: facts older than two days go, with the person keys in
    // them (a person key names a person at the site; none is kept longer than needed).
    q.prepare(QStringLiteral("DELETE FROM site_facts WHERE at < ?"));
    q.addBindValue(isoUtc(now.addDays(-2)));
    if (!q.exec())
        return q.lastError();
    q.prepare(QStringLiteral("INSERT INTO site_facts_cursor (id, last_seq, updated_at) "
                             "VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                             "last_seq = MAX(last_seq, excluded.last_seq), "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(lastSeq);
    q.addBindValue(isoUtc(now));
    if (!q.exec())
        return q.lastError();
    return tx.commit();
}

} // namespace station
