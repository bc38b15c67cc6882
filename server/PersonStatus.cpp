// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/PersonStatus.h"

#include "server/Database.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace station::server {

namespace {

// The person's latest sample that was not taken back, with its tube as the projection has it.
const char *kLatestSample =
    "SELECT p.tube_uuid, p.site, p.tube, p.taken_at, t.pool_size, t.people, t.state "
    "FROM tube_people p LEFT JOIN tubes t ON t.tube_uuid = p.tube_uuid "
    "WHERE p.id_number_hash = ? AND p.state = 'active' "
    "ORDER BY p.taken_at DESC, p.sample_uuid DESC LIMIT 1";
// The tube's latest matched result (a tube tested again has more than one).
const char *kTubeResult = "SELECT outcome, ct_values, tested_at, lab FROM results "
                          "WHERE tube_uuid = ? AND match_state = 'matched' "
                          "ORDER BY tested_at DESC, received_at DESC LIMIT 1";
// The person's recalls at every site they were sampled at (a site names them by its own
// person key): an open one first, else the latest.
const char *kRecall =
    "SELECT r.state, r.tube, r.outcome, r.raised_at, r.closed_at FROM recalls r "
    "JOIN (SELECT DISTINCT site, person_key FROM tube_people WHERE id_number_hash = ? AND "
    "person_key IS NOT NULL) p ON r.site = p.site AND r.person_key = p.person_key "
    "ORDER BY CASE WHEN r.state = 'open' THEN 0 ELSE 1 END, r.raised_at DESC LIMIT 1";

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
    const auto run = [&](const char *sql, const QString &value) {
        query.prepare(QString::fromLatin1(sql));
        query.addBindValue(value);
        if (query.exec())
            return true;
        answer.error = tr("the person's status cannot be read: %1").arg(query.lastError().text());
        return false;
    };
    if (!run(kLatestSample, blindKey))
        return answer;
    if (!query.next()) {
        answer.read = true;
        return answer;
    }
    const QString tubeUuid = query.value(0).toString();
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
    query.finish();

    QJsonValue result(QJsonValue::Null);
    QString outcome;
    if (!tubeUuid.isEmpty()) {
        if (!run(kTubeResult, tubeUuid))
            return answer;
        if (query.next()) {
            outcome = query.value(0).toString();
            result =
                QJsonObject{{QStringLiteral("outcome"), outcome},
                            {QStringLiteral("ct"),
                             QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object()},
                            {QStringLiteral("tested_at"), query.value(2).toString()},
                            {QStringLiteral("lab"), query.value(3).toString()}};
        }
        query.finish();
    }

    if (!run(kRecall, blindKey))
        return answer;
    QJsonValue recall(QJsonValue::Null);
    bool recallOpen = false;
    if (query.next()) {
        recallOpen = query.value(0).toString() == QLatin1String("open");
        recall = QJsonObject{{QStringLiteral("state"), query.value(0).toString()},
                             {QStringLiteral("tube"), query.value(1).toString()},
                             {QStringLiteral("outcome"), query.value(2).toString()},
                             {QStringLiteral("raised_at"), query.value(3).toString()},
                             {QStringLiteral("closed_at"), textOrNull(query.value(4))}};
    }
    query.finish();

    // What the health-code side shows. A positive or invalid pool says nothing yet about
    // each of its people: they are to be sampled again alone (待复核), recall raised or not.
    QString status;
    const bool poolNotNegative =
        pooled && (outcome == QLatin1String("positive") || outcome == QLatin1String("invalid"));
    if (recallOpen || poolNotNegative)
        status = QStringLiteral("pending_recheck");
    else if (tubeState == QLatin1String("voided"))
        status = QStringLiteral("sample_voided");
    else if (outcome.isEmpty())
        status = QStringLiteral("awaiting_result");
    else
        status = outcome; // negative, or a single tube's positive or invalid
    answer.read = true;
    answer.known = true;
    answer.status = QJsonObject{{QStringLiteral("status"), status},
                                {QStringLiteral("latest_sample"), sample},
                                {QStringLiteral("result"), result},
                                {QStringLiteral("recall_open"), recallOpen},
                                {QStringLiteral("recall"), recall}};
    return answer;
}

} // namespace station::server
