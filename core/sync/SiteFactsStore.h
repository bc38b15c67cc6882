// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QSqlError>
#include <QString>

#include <optional>

namespace station {

class Database;

// Where something happened at another table of the site, as the site's facts tell it.
struct SiteSighting {
    QString station;
    QString table; // the other table's label, e.g. "Table 3"
    QString tube;
    QDateTime at;
};

// A person of a positive or invalid pooled tube, to be sampled again alone (待复核), as the
// site's `recall` facts tell it. Named by the site person key; the name is known only at the
// table that sampled the person (by sample_uuid in its own samples).
struct SiteRecall {
    QString personKey;
    QString tube;       // the recalled (pooled) tube
    QString sampleUuid; // the person's sample in it
    QString station;    // where that sample was taken
    QString table;
    QString outcome; // positive | invalid
    bool open = true;
    QDateTime raisedAt;
    QDateTime changedAt; // closed: when the province had the sample taken alone
};

// The site's facts as this station last heard them from its server (GET /v1/site/facts,
// written by SiteFactsFeed), kept in the station database with the feed's cursor, and the
// questions the table asks of them. Reads only local rows: it never waits for the network,
// so the table may ask on the GUI thread. A person is named by the site person key
// (protocol/SitePersonKey.h), never by an ID number; without the site key (a station
// enrolled before servers gave one) no person is ever found, tubes still are.
class SiteFactsStore {
public:
    SiteFactsStore(Database &db, QByteArray siteKey, QString ownStation);

    bool hasSiteKey() const { return !m_siteKey.isEmpty(); }
    QString personKey(const QString &idType, const QString &idNumber) const;

    // The latest sample of this person at another table since `since` that was not undone
    // (removed, or its tube voided); nothing when there is none or the facts cannot be read.
    std::optional<SiteSighting> personSampledElsewhere(const QString &idType,
                                                       const QString &idNumber,
                                                       const QDateTime &since) const;
    // The first use of this tube code at another table; nothing when there is none.
    std::optional<SiteSighting> tubeUsedElsewhere(const QString &tube) const;

    // The newest open recall of this person, if any: the table then samples them alone. Like
    // the other questions, read locally (core/sync/SiteRecalls.cpp).
    std::optional<SiteRecall> openRecall(const QString &idType, const QString &idNumber) const;
    // Every recall kept, open ones first, then newest first.
    QList<SiteRecall> recalls(QSqlError *error) const;

    // The feed's cursor: the last fact number kept (0: none yet).
    qint64 cursor(QSqlError *error) const;
    // Keeps one answer of GET /v1/site/facts (its facts and its last_seq) in one
    // transaction; a fact already kept is kept once; facts older than two days are deleted.
    QSqlError apply(const QJsonArray &facts, qint64 lastSeq, const QDateTime &now);
    // How many facts are kept (for the CLI and tests).
    qint64 count(QSqlError *error) const;

private:
    // Keeps one `recall` fact in site_recalls (newer facts win), inside apply()'s
    // transaction; closed recalls older than two days go.
    QSqlError keepRecall(const QJsonObject &fact, qint64 seq) const;
    QSqlError forgetOldRecalls(const QDateTime &now) const;

    Database &m_db;
    QByteArray m_siteKey;
    QString m_ownStation;
};

} // namespace station
