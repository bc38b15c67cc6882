// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/PersonStatus.h"

#include "server/Database.h"
#include "server/LabResultFile.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace station::server {

namespace {

// One statement (one round trip's worth on PostgreSQL instead of three): the person's
// latest sample that was not taken back, its tube as the projection has it, the tube's
// latest matched result (a tube tested again has more than one), and the person's recall at
// any site they were sampled at (a site names them by its own person key), an open one
// first, else the latest. The latest result is the latest by tested_at that is not after the
// server's clock (with the skew a lab's input may have): a result from the future is refused
// since session 37, and one stored before that cannot stand over every real one after it.
const char *kStatus =
    "SELECT p.tube_uuid, p.site, p.tube, p.taken_at, t.pool_size, t.people, t.state, "
    "r.outcome, r.ct_values, r.tested_at, r.lab, "
    "c.state, c.tube, c.outcome, c.raised_at, c.closed_at "
    "FROM (SELECT tube_uuid, site, tube, taken_at FROM tube_people "
    "WHERE id_number_hash = ? AND state = 'active' "
    "ORDER BY taken_at DESC, sample_uuid DESC LIMIT 1) p "
    "LEFT JOIN tubes t ON t.tube_uuid = p.tube_uuid "
    "LEFT JOIN results r ON (r.tested_at, r.lab, r.tube) = (SELECT m.tested_at, m.lab, m.tube "
    "FROM results m WHERE m.tube_uuid = "
    "p.tube_uuid AND m.match_state = 'matched' AND m.tested_at <= ? "
    "ORDER BY m.tested_at DESC, m.received_at DESC "
    "LIMIT 1) "
    "LEFT JOIN recalls c ON c.id = (SELECT o.id FROM recalls o JOIN (SELECT DISTINCT site, "
    "person_key FROM tube_people WHERE id_number_hash = ? AND person_key IS NOT NULL) k "
    "ON o.site = k.site AND o.person_key = k.person_key "
    "ORDER BY CASE WHEN o.state = 'open' THEN 0 ELSE 1 END, o.raised_at DESC LIMIT 1)";

QJsonValue textOrNull(const QVariant &value) {
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

} // namespace

PersonStatus::PersonStatus(Database &database)
    : m_database(database) {}

bool PersonStatus::isBlindKey(const QString &text) {
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](QChar c) {
               return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                      (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
           });
}

PersonStatusLookup PersonStatus::lookup(const QString &blindKey) {
    PersonStatusLookup answer;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(kStatus));
    query.addBindValue(blindKey);
    query.addBindValue(LabResultRules::now(false).latestTestedAt);
    query.addBindValue(blindKey);
    if (!query.exec()) {
        answer.error = tr("the person's status cannot be read: %1").arg(query.lastError().text());
        return answer;
    }
    answer.read = true;
    if (!query.next())
        return answer;
    const int poolSize = query.value(4).toInt();
    const int people = query.value(5).toInt();
    const QString tubeState = query.value(6).toString();
    // A tube opened for one person is a single tube even before it is sealed.
    const bool pooled = poolSize > 1 || (poolSize == 0 && people > 1);
    QJsonObject sample{{QStringLiteral("taken_at"), query.value(3).toString()},
                       {QStringLiteral("tube"), query.value(2).toString()},
                       {QStringLiteral("site"), query.value(1).toString()},
                       {QStringLiteral("pooled"), pooled},
                       {QStringLiteral("tube_state"),
                        tubeState.isEmpty() ? QStringLiteral("unknown") : tubeState}};
    if (poolSize > 0)
        sample.insert(QStringLiteral("pool_size"), poolSize);

    const QString outcome = query.value(7).toString();
    QJsonValue result(QJsonValue::Null);
    if (!outcome.isEmpty())
        result = QJsonObject{{QStringLiteral("outcome"), outcome},
                             {QStringLiteral("ct"),
                              QJsonDocument::fromJson(query.value(8).toString().toUtf8()).object()},
                             {QStringLiteral("tested_at"), query.value(9).toString()},
                             {QStringLiteral("lab"), query.value(10).toString()}};

    const QString recallState = query.value(11).toString();
    const bool recallOpen = recallState == QLatin1String("open");
    QJsonValue recall(QJsonValue::Null);
    if (!recallState.isEmpty())
        recall = QJsonObject{{QStringLiteral("state"), recallState},
                             {QStringLiteral("tube"), query.value(12).toString()},
                             {QStringLiteral("outcome"), query.value(13).toString()},
                             {QStringLiteral("raised_at"), query.value(14).toString()},
                             {QStringLiteral("closed_at"), textOrNull(query.value(15))}};

    // What the health-code side shows. A positive or invalid pool says nothing yet about
    // each of its people: they are to be sampled again alone (待复核), recall raised or not.
    // A single tube's result is the person's own, whatever recall it raised; an open recall
    // otherwise stands until a single sample answers it.
    QString status;
    const bool poolNotNegative =
        pooled && (outcome == QLatin1String("positive") || outcome == QLatin1String("invalid"));
    if (poolNotNegative)
        status = QStringLiteral("pending_recheck");
    else if (!pooled && !outcome.isEmpty())
        status = outcome;
    else if (recallOpen)
        status = QStringLiteral("pending_recheck");
    else if (tubeState == QLatin1String("voided"))
        status = QStringLiteral("sample_voided");
    else if (outcome.isEmpty())
        status = QStringLiteral("awaiting_result");
    else
        status = outcome; // a pool's negative
    answer.known = true;
    answer.status = QJsonObject{{QStringLiteral("status"), status},
                                {QStringLiteral("latest_sample"), sample},
                                {QStringLiteral("result"), result},
                                {QStringLiteral("recall_open"), recallOpen},
                                {QStringLiteral("recall"), recall}};
    return answer;
}

} // namespace station::server
