// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/Results.h"

#include "protocol/FreeTextPersonalData.h"
#include "protocol/RecordValidation.h"
#include "server/Database.h"
#include "server/Logging.h"
#include "server/ServerTime.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace station::server {

namespace {

const QString kMatched = QStringLiteral("matched");
const QString kUnmatched = QStringLiteral("unmatched");

// The namespace of result uuids (a UUID v5 of "lab\ntube\ntested_at").
const QUuid kResultNamespace(QStringLiteral("{6d1f0c52-3a47-4a4e-9c1b-8f2e5b1d7a90}"));

// Stored times are ISO 8601 (a station's "at", a lab's normalised tested_at); compared as
// times, not as text, so that a missing millisecond part does not change the order.
QDateTime parsedUtc(const QString &text) {
    if (text.isEmpty())
        return QDateTime();
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

bool needsRecall(const QString &outcome) {
    return outcome == QLatin1String("positive") || outcome == QLatin1String("invalid");
}

} // namespace

// The statements of one transaction, prepared once.
struct Results::Statements {
    explicit Statements(const QSqlDatabase &db)
        : candidates(db)
        , people(db)
        , insert(db)
        , stored(db)
        , update(db) {}
    bool prepare(QString *error) {
        const bool ok =
            candidates.prepare(QStringLiteral("SELECT tube_uuid, site, state, handed_over_at, "
                                              "opened_at FROM tubes WHERE tube = ?")) &&
            people.prepare(QStringLiteral("SELECT sample_uuid, person_key, station FROM "
                                          "tube_people WHERE tube_uuid = ? AND state = 'active' "
                                          "ORDER BY taken_at, sample_uuid")) &&
            insert.prepare(QStringLiteral(
                "INSERT INTO results (uuid, lab, tube, outcome, ct_values, tested_at, "
                "received_at, received_by, content_hash, match_state, unmatched_reason, site, "
                "tube_uuid, matched_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                "ON CONFLICT (tested_at, lab, tube) DO NOTHING")) &&
            stored.prepare(QStringLiteral("SELECT content_hash, match_state, unmatched_reason "
                                          "FROM results WHERE tested_at = ? AND lab = ? AND "
                                          "tube = ?")) &&
            update.prepare(QStringLiteral("UPDATE results SET match_state = ?, "
                                          "unmatched_reason = ?, site = ?, tube_uuid = ?, "
                                          "matched_at = ? WHERE tested_at = ? AND lab = ? AND "
                                          "tube = ?"));
        if (!ok) {
            for (const QSqlQuery *q : {&candidates, &people, &insert, &stored, &update}) {
                if (q->lastError().isValid()) {
                    *error = q->lastError().text();
                    break;
                }
            }
        }
        return ok;
    }
    QSqlQuery candidates, people, insert, stored, update;
};

Results::Results(Database &database)
    : m_database(database) {}

void Results::setMatchedHook(MatchedResultHook hook) {
    if (!hook) {
        m_hook = nullptr;
        return;
    }
    m_hook = [this, hook = std::move(hook)](const MatchedResult &result, QString *error) {
        if (!hook(result, error))
            return false;
        m_announcedSites.insert(result.site);
        return true;
    };
}

void Results::setMatchedResultsHook(MatchedResultsHook hook) {
    if (!hook) {
        m_resultsHook = nullptr;
        return;
    }
    m_resultsHook = [this, hook = std::move(hook)](const QList<MatchedResult> &results,
                                                   QString *error) {
        if (!hook(results, error))
            return false;
        for (const MatchedResult &result : results)
            m_announcedSites.insert(result.site);
        return true;
    };
}

bool Results::announceAll(const QList<MatchedResult> &results, QString *error) const {
    if (results.isEmpty())
        return true;
    if (m_resultsHook)
        return m_resultsHook(results, error);
    if (!m_hook)
        return true;
    for (const MatchedResult &result : results) {
        if (!m_hook(result, error))
            return false;
    }
    return true;
}

QString Results::resultUuid(const LabResult &result) {
    const QString key =
        result.lab + QLatin1Char('\n') + result.tube + QLatin1Char('\n') + result.testedAt;
    return QUuid::createUuidV5(kResultNamespace, key).toString(QUuid::WithoutBraces);
}

QString Results::contentHash(const LabResult &result) {
    // QJsonObject keeps its keys sorted: the same Ct values give the same text.
    // Most results have no Ct values: "{}" without a JSON document made for it.
    const QByteArray ct = result.ctValues.isEmpty()
                              ? QByteArrayLiteral("{}")
                              : QJsonDocument(result.ctValues).toJson(QJsonDocument::Compact);
    const QString text = result.lab + QLatin1Char('\n') + result.tube + QLatin1Char('\n') +
                         result.outcome + QLatin1Char('\n') + result.testedAt + QLatin1Char('\n') +
                         QString::fromUtf8(ct);
    return protocol::sha256Hex(text.toUtf8());
}

std::optional<Results::Match> Results::match(Statements &st, const QString &tube,
                                             const QString &testedAt, QString *error) {
    QSqlQuery &query = st.candidates;
    query.addBindValue(tube);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    // A code may have been opened more than once (reused, or voided and opened again): the
    // tube handed over most recently is the one the lab had; else the best reason why not.
    // A tube opened after the lab tested is not the lab's tube whatever its state: the
    // code was used again, or the tested time is wrong.
    Match best;
    best.state = kUnmatched;
    best.reason = UnmatchedReason::UnknownTube;
    QString bestHandedOver;
    const QDateTime tested = parsedUtc(testedAt);
    while (query.next()) {
        const QString state = query.value(2).toString();
        const QString handedOver = query.value(3).toString();
        const QDateTime opened = parsedUtc(query.value(4).toString());
        if (tested.isValid() && opened.isValid() && tested < opened) {
            if (best.reason == UnmatchedReason::UnknownTube)
                best.reason = UnmatchedReason::TestedBeforeSampled;
            continue;
        }
        if (state == QLatin1String("voided")) {
            if (best.reason == UnmatchedReason::UnknownTube)
                best.reason = UnmatchedReason::TubeVoided;
            continue;
        }
        if (handedOver.isEmpty()) {
            if (best.state != kMatched)
                best.reason = UnmatchedReason::NotHandedOver;
            continue;
        }
        if (best.state == kMatched && handedOver <= bestHandedOver)
            continue;
        best.state = kMatched;
        best.reason.clear();
        best.tubeUuid = query.value(0).toString();
        best.site = query.value(1).toString();
        bestHandedOver = handedOver;
    }
    query.finish();
    return best;
}

bool Results::announce(Statements &st, const QString &uuid, const LabResult &result,
                       const Match &match, QString *error) {
    if (match.state != kMatched || !needsRecall(result.outcome) || !m_hook)
        return true;
    MatchedResult matched;
    matched.resultUuid = uuid;
    matched.site = match.site;
    matched.tube = result.tube;
    matched.tubeUuid = match.tubeUuid;
    matched.lab = result.lab;
    matched.outcome = result.outcome;
    matched.testedAt = result.testedAt;
    QSqlQuery &query = st.people;
    query.addBindValue(match.tubeUuid);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        matched.people.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    query.finish();
    return m_hook(matched, error);
}

bool Results::refuseStrangeTubeCodes(QList<LabResultInput> &inputs, QString *error) {
    std::optional<QSqlQuery> known;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const LabResultInput &input = std::as_const(inputs).at(i);
        if (!input.result || looksLikeTubeCode(input.result->tube))
            continue;
        if (!known) {
            known.emplace(m_database.connection());
            if (!known->prepare(QStringLiteral("SELECT 1 FROM tube_codes WHERE tube = ?"))) {
                *error = known->lastError().text();
                return false;
            }
        }
        known->addBindValue(input.result->tube);
        if (!known->exec()) {
            *error = known->lastError().text();
            return false;
        }
        const bool isKnown = known->next();
        known->finish();
        if (isKnown)
            continue;
        LabResultInput &refused = inputs[i];
        refused.reason = tr("'%1' is not a tube code (up to 4 letters, then 4 to 16 digits and a "
                            "check character where the site uses one) and no tube has it")
                             .arg(refused.result->tube.left(40));
        refused.code = LabResultRefusal::NotATubeCode;
        refused.result.reset();
    }
    return true;
}

ResultsBatch Results::store(const QList<LabResultInput> &inputs, const QString &receivedBy) {
    ResultsBatch batch;
    QSqlDatabase db = m_database.connection();
    const auto fail = [&](const QString &message) {
        db.rollback();
        batch.stored = false;
        batch.results.clear();
        batch.error = tr("the server could not store the results: %1").arg(message);
        qCWarning(lcServer) << "results from" << receivedBy << "rolled back:" << message;
        return batch;
    };
    if (!db.transaction())
        return fail(db.lastError().text());
    QString error;
    {
        Statements st(db);
        if (!st.prepare(&error))
            return fail(error);
        const QString receivedAt = nowUtc();
        batch.results.reserve(inputs.size());
        for (const LabResultInput &input : inputs) {
            ResultAnswer answer;
            answer.line = input.line;
            if (!input.result) {
                answer.status = protocol::RecordStatus::Rejected;
                answer.reason = input.reason;
                answer.code = input.code;
                ++batch.counts[static_cast<int>(answer.status)];
                batch.results.append(answer);
                continue;
            }
            const LabResult &result = *input.result;
            answer.uuid = resultUuid(result);
            const QString hash = contentHash(result);
            const std::optional<Match> found = match(st, result.tube, result.testedAt, &error);
            if (!found)
                return fail(error);
            const bool matched = found->state == kMatched;
            const auto orNull = [](const QString &value) {
                return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
            };
            QSqlQuery &insert = st.insert;
            insert.addBindValue(answer.uuid);
            insert.addBindValue(result.lab);
            insert.addBindValue(result.tube);
            insert.addBindValue(result.outcome);
            insert.addBindValue(
                QString::fromUtf8(QJsonDocument(result.ctValues).toJson(QJsonDocument::Compact)));
            insert.addBindValue(result.testedAt);
            insert.addBindValue(receivedAt);
            insert.addBindValue(receivedBy);
            insert.addBindValue(hash);
            insert.addBindValue(found->state);
            insert.addBindValue(orNull(found->reason));
            insert.addBindValue(orNull(found->site));
            insert.addBindValue(orNull(found->tubeUuid));
            insert.addBindValue(matched ? QVariant(receivedAt) : orNull(QString()));
            if (!insert.exec())
                return fail(insert.lastError().text());
            if (insert.numRowsAffected() == 1) {
                answer.status = protocol::RecordStatus::Accepted;
                answer.matchState = found->state;
                answer.unmatchedReason = found->reason;
                batch.matched += matched ? 1 : 0;
                if (!announce(st, answer.uuid, result, *found, &error))
                    return fail(error);
            } else {
                QSqlQuery &stored = st.stored;
                stored.addBindValue(result.testedAt);
                stored.addBindValue(result.lab);
                stored.addBindValue(result.tube);
                if (!stored.exec())
                    return fail(stored.lastError().text());
                if (stored.next()) {
                    answer.matchState = stored.value(1).toString();
                    answer.unmatchedReason = stored.value(2).toString();
                    if (stored.value(0).toString() == hash) {
                        answer.status = protocol::RecordStatus::Duplicate;
                    } else {
                        answer.status = protocol::RecordStatus::Conflict;
                        answer.reason = tr("a result of this lab for this tube at this tested "
                                           "time is already stored with different content");
                    }
                }
                stored.finish();
            }
            ++batch.counts[static_cast<int>(answer.status)];
            batch.results.append(answer);
        }
    }
    if (!db.commit())
        return fail(db.lastError().text());
    batch.stored = true;
    qCInfo(lcServer).nospace() << "results from " << receivedBy << ": " << batch.counts[0]
                               << " accepted (" << batch.matched << " matched), " << batch.counts[1]
                               << " duplicate, " << batch.counts[2] << " conflict, "
                               << batch.counts[3] << " rejected";
    return batch;
}

bool Results::rematchWhere(QSqlDatabase &db, const QString &condition,
                           const QList<QVariant> &values, qint64 *matched, QString *error) {
    QSqlQuery waiting(db);
    waiting.setForwardOnly(true);
    waiting.prepare(QStringLiteral("SELECT uuid, lab, tube, outcome, tested_at, "
                                   "unmatched_reason FROM results WHERE match_state = "
                                   "'unmatched' AND resolved_at IS NULL") +
                    condition);
    for (const QVariant &value : values)
        waiting.addBindValue(value);
    if (!waiting.exec()) {
        *error = waiting.lastError().text();
        return false;
    }
    struct Waiting {
        QString uuid;
        LabResult result;
        QString reason;
    };
    QList<Waiting> list; // read first: no writing while a read is open on the connection
    while (waiting.next()) {
        Waiting w;
        w.uuid = waiting.value(0).toString();
        w.result.lab = waiting.value(1).toString();
        w.result.tube = waiting.value(2).toString();
        w.result.outcome = waiting.value(3).toString();
        w.result.testedAt = waiting.value(4).toString();
        w.reason = waiting.value(5).toString();
        list.append(w);
    }
    waiting.finish();
    if (list.isEmpty())
        return true;
    Statements st(db);
    if (!st.prepare(error))
        return false;
    const QString now = nowUtc();
    for (const Waiting &w : std::as_const(list)) {
        const std::optional<Match> found = match(st, w.result.tube, w.result.testedAt, error);
        if (!found)
            return false;
        if (found->state != kMatched && found->reason == w.reason)
            continue;
        const auto orNull = [](const QString &value) {
            return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
        };
        QSqlQuery &update = st.update;
        update.addBindValue(found->state);
        update.addBindValue(orNull(found->reason));
        update.addBindValue(orNull(found->site));
        update.addBindValue(orNull(found->tubeUuid));
        update.addBindValue(found->state == kMatched ? QVariant(now) : orNull(QString()));
        update.addBindValue(w.result.testedAt);
        update.addBindValue(w.result.lab);
        update.addBindValue(w.result.tube);
        if (!update.exec()) {
            *error = update.lastError().text();
            return false;
        }
        if (found->state == kMatched) {
            ++*matched;
            if (!announce(st, w.uuid, w.result, *found, error))
                return false;
        }
    }
    return true;
}

bool Results::rematch(QSqlDatabase &db, const QSet<QString> &tubes, QString *error) {
    if (tubes.isEmpty())
        return true;
    // Most batches come when nothing waits: one cheap question instead of one per tube.
    QSqlQuery any(db);
    if (!any.exec(QStringLiteral("SELECT 1 FROM results WHERE match_state = 'unmatched' "
                                 "AND resolved_at IS NULL LIMIT 1"))) {
        *error = any.lastError().text();
        return false;
    }
    const bool waiting = any.next();
    any.finish();
    if (!waiting)
        return true;
    qint64 matched = 0;
    for (const QString &tube : tubes) {
        if (!rematchWhere(db, QStringLiteral(" AND tube = ?"), {tube}, &matched, error))
            return false;
    }
    if (matched > 0)
        qCInfo(lcServer) << matched << "waiting results matched now";
    return true;
}

bool Results::upperCaseWaitingTubes(QSqlDatabase &db, RematchReport *report, QString *error) {
    QSqlQuery waiting(db);
    waiting.setForwardOnly(true);
    if (!waiting.exec(QStringLiteral("SELECT uuid, lab, tube, outcome, ct_values, tested_at "
                                     "FROM results WHERE match_state = 'unmatched' AND "
                                     "resolved_at IS NULL"))) {
        *error = waiting.lastError().text();
        return false;
    }
    struct Stored {
        QString uuid;
        LabResult result; // as stored
        QString tube;     // normalised
    };
    QList<Stored> lowerCase; // read first: no writing while a read is open on the connection
    while (waiting.next()) {
        const QString tube = waiting.value(2).toString();
        const QString normalised = normalisedTubeCode(tube);
        if (normalised == tube)
            continue;
        Stored stored;
        stored.uuid = waiting.value(0).toString();
        stored.result.lab = waiting.value(1).toString();
        stored.result.tube = tube;
        stored.result.outcome = waiting.value(3).toString();
        stored.result.ctValues =
            QJsonDocument::fromJson(waiting.value(4).toString().toUtf8()).object();
        stored.result.testedAt = waiting.value(5).toString();
        stored.tube = normalised;
        lowerCase.append(stored);
    }
    waiting.finish();
    if (lowerCase.isEmpty())
        return true;
    QSqlQuery twin(db);
    QSqlQuery update(db);
    if (!twin.prepare(QStringLiteral("SELECT uuid FROM results WHERE tested_at = ? AND lab = ? "
                                     "AND tube = ?")) ||
        !update.prepare(QStringLiteral("UPDATE results SET tube = ?, uuid = ?, content_hash = ? "
                                       "WHERE tested_at = ? AND lab = ? AND tube = ?"))) {
        *error = twin.lastError().isValid() ? twin.lastError().text() : update.lastError().text();
        return false;
    }
    for (const Stored &stored : std::as_const(lowerCase)) {
        twin.addBindValue(stored.result.testedAt);
        twin.addBindValue(stored.result.lab);
        twin.addBindValue(stored.tube);
        if (!twin.exec()) {
            *error = twin.lastError().text();
            return false;
        }
        const bool hasTwin = twin.next();
        const QString twinUuid = hasTwin ? twin.value(0).toString() : QString();
        twin.finish();
        if (hasTwin) {
            // The lab sent it again after the fix: two rows of one result; a person resolves
            // the lower-case one (the key cannot hold both under one code).
            if (report)
                report->upperCaseTwins.append({stored.uuid, twinUuid});
            continue;
        }
        // What the result would be had the parser upper-cased it: its uuid and hash are then
        // those of the same result sent again now (a duplicate, not a conflict).
        LabResult normalised = stored.result;
        normalised.tube = stored.tube;
        update.addBindValue(stored.tube);
        update.addBindValue(resultUuid(normalised));
        update.addBindValue(contentHash(normalised));
        update.addBindValue(stored.result.testedAt);
        update.addBindValue(stored.result.lab);
        update.addBindValue(stored.result.tube);
        if (!update.exec()) {
            *error = update.lastError().text();
            return false;
        }
        if (report)
            ++report->upperCased;
    }
    qCInfo(lcServer) << "tube codes of waiting results upper-cased:"
                     << lowerCase.size() - (report ? report->upperCaseTwins.size() : 0);
    return true;
}

std::optional<qint64> Results::rematchAll(QString *error, RematchReport *report) {
    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return std::nullopt;
    }
    qint64 matched = 0;
    RematchReport ownReport;
    if (!upperCaseWaitingTubes(db, report ? report : &ownReport, error) ||
        !rematchWhere(db, QString(), {}, &matched, error)) {
        db.rollback();
        return std::nullopt;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return std::nullopt;
    }
    return matched;
}

std::optional<QList<UnmatchedResult>> Results::unmatched(int limit, QString *error, bool resolved) {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT uuid, lab, tube, outcome, tested_at, received_at, "
                                 "unmatched_reason, resolved_at, resolved_by, "
                                 "resolution_reason FROM results WHERE match_state = "
                                 "'unmatched' AND resolved_at IS %1 ORDER BY %2, tube LIMIT ?")
                      .arg(resolved ? QLatin1String("NOT NULL") : QLatin1String("NULL"),
                           resolved ? QLatin1String("resolved_at") : QLatin1String("received_at")));
    query.addBindValue(limit);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QList<UnmatchedResult> list;
    while (query.next())
        list.append({query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(),
                     query.value(4).toString(), query.value(5).toString(),
                     query.value(6).toString(), query.value(7).toString(),
                     query.value(8).toString(), query.value(9).toString()});
    return list;
}

ResultResolution Results::resolve(const QString &uuid, const QString &reason, const QString &by) {
    using Outcome = ResultResolution::Outcome;
    ResultResolution answer;
    const QUuid parsed = QUuid::fromString(uuid.trimmed());
    if (parsed.isNull()) {
        answer.outcome = Outcome::NotAUuid;
        return answer;
    }
    answer.uuid = parsed.toString(QUuid::WithoutBraces);
    if (protocol::holdsPersonalData(reason) || protocol::holdsPersonalData(by)) {
        answer.outcome = Outcome::PersonalData;
        return answer;
    }
    QSqlDatabase db = m_database.connection();
    const auto fail = [&](const QString &message) {
        db.rollback();
        answer.outcome = Outcome::Failed;
        answer.error = message;
        return answer;
    };
    if (!db.transaction())
        return fail(db.lastError().text());
    // By the uuid, which no index holds: an admin command's one scan of the results.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT match_state, resolved_at, resolved_by, "
                                 "resolution_reason FROM results WHERE uuid = ?"));
    query.addBindValue(answer.uuid);
    if (!query.exec())
        return fail(query.lastError().text());
    if (!query.next()) {
        db.rollback();
        answer.outcome = Outcome::UnknownResult;
        return answer;
    }
    const QString state = query.value(0).toString();
    answer.resolvedAt = query.value(1).toString();
    answer.resolvedBy = query.value(2).toString();
    answer.reason = query.value(3).toString();
    query.finish();
    if (state != kUnmatched || !answer.resolvedAt.isEmpty()) {
        db.rollback();
        answer.outcome = state != kUnmatched ? Outcome::Matched : Outcome::AlreadyResolved;
        return answer;
    }
    answer.resolvedAt = nowUtc();
    answer.resolvedBy = by.trimmed();
    answer.reason = reason.trimmed();
    query.prepare(QStringLiteral("UPDATE results SET resolved_at = ?, resolved_by = ?, "
                                 "resolution_reason = ? WHERE uuid = ? AND match_state = "
                                 "'unmatched' AND resolved_at IS NULL"));
    query.addBindValue(answer.resolvedAt);
    query.addBindValue(answer.resolvedBy);
    query.addBindValue(answer.reason);
    query.addBindValue(answer.uuid);
    if (!query.exec())
        return fail(query.lastError().text());
    if (query.numRowsAffected() != 1)
        return fail(tr("the result changed while it was resolved; try again"));
    if (!db.commit())
        return fail(db.lastError().text());
    answer.outcome = Outcome::Resolved;
    qCInfo(lcServer) << "unmatched result" << answer.uuid << "resolved";
    return answer;
}

} // namespace station::server
