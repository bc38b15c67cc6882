// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/SiteFactsRoutes.h"

#include "server/HttpAnswers.h"
#include "server/Logging.h"
#include "server/RecordStore.h"
#include "server/RequestChecks.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace station::server {

using http::errorResponse;
using http::Status;

SiteFactsRoutes::SiteFactsRoutes(RequestChecks &checks, Database &database, RecordStore &records,
                                 int factsWatchMs)
    : m_checks(checks)
    , m_records(records)
    , m_factsLongPoll(
          database,
          [this](const QString &site, qint64 after, bool *empty, qint64 *lastSeq) {
              return siteFactsAnswer(site, after, empty, lastSeq);
          },
          factsWatchMs) {}

QHttpServerResponse SiteFactsRoutes::siteFactsAnswer(const QString &site, qint64 after, bool *empty,
                                                     qint64 *lastSeq) {
    *empty = false;
    *lastSeq = after;
    QString error;
    QElapsedTimer timer;
    timer.start();
    const auto page = m_records.siteFacts().facts(site, after, kFactsPerAnswer, &error);
    if (!page)
        return errorResponse(Status::ServiceUnavailable, QStringLiteral("storage_unavailable"),
                             tr("the server could not read the site's facts: %1").arg(error));
    QJsonArray facts;
    for (const SiteFact &fact : page->facts)
        facts.append(fact.toJson());
    *empty = facts.isEmpty();
    *lastSeq = page->lastSeq;
    // A slow answer holds every station's batch behind it on the server's thread.
    if (const qint64 ms = timer.elapsed(); ms >= kSlowAnswerMs)
        qCInfo(lcServer).nospace() << "facts answer of " << site << " after " << after << ": "
                                   << facts.size() << " facts in " << ms << " ms";
    return QHttpServerResponse(QJsonObject{{QStringLiteral("site"), site},
                                           {QStringLiteral("last_seq"), page->lastSeq},
                                           {QStringLiteral("server_time"), nowUtc()},
                                           {QStringLiteral("facts"), facts}});
}

void SiteFactsRoutes::siteFacts(const QHttpServerRequest &request,
                                QHttpServerResponder &&responder) {
    std::optional<QHttpServerResponse> refusal;
    const auto device = m_checks.authenticate(request, &refusal);
    if (!device) {
        refusal->write(std::move(responder));
        return;
    }
    const QUrlQuery query = request.query();
    bool afterOk = true;
    bool waitOk = true;
    const qint64 after = query.hasQueryItem(QStringLiteral("after"))
                             ? query.queryItemValue(QStringLiteral("after")).toLongLong(&afterOk)
                             : 0;
    const int wait = query.hasQueryItem(QStringLiteral("wait"))
                         ? query.queryItemValue(QStringLiteral("wait")).toInt(&waitOk)
                         : 0;
    if (!afterOk || !waitOk || after < 0 || wait < 0) {
        errorResponse(Status::BadRequest, QStringLiteral("bad_request"),
                      tr("'after' and 'wait' must be whole numbers, 0 or more"))
            .write(std::move(responder));
        return;
    }
    bool empty = false;
    qint64 lastSeq = after;
    const QHttpServerResponse answer = siteFactsAnswer(device->site, after, &empty, &lastSeq);
    if (!empty || wait == 0) {
        answer.write(std::move(responder));
        return;
    }
    // From the cursor this empty answer hands out (the site's newest fact when `after` is 0):
    // the window's answer, a scan of all the site's older facts, is not read again at every
    // batch while the question waits (SiteFactsLongPoll::notifyFactsAdded).
    m_factsLongPoll.wait(device->site, qMax(after, lastSeq), wait, std::move(responder));
}

QHttpServerResponse SiteFactsRoutes::siteCheck(const QHttpServerRequest &request) {
    std::optional<QHttpServerResponse> refusal;
    const auto call = m_checks.authenticatedJson(request, &refusal);
    if (!call)
        return std::move(*refusal);
    const DeviceIdentity &device = call->device;
    const QJsonObject &body = call->body;
    const QString personKey = body.value(QLatin1String("person_key")).toString();
    const QString tube = body.value(QLatin1String("tube")).toString();
    const QString box = body.value(QLatin1String("box")).toString();
    if (personKey.isEmpty() && tube.isEmpty() && box.isEmpty())
        return errorResponse(Status::BadRequest, QStringLiteral("bad_request"),
                             tr("give 'person_key', 'tube', 'box' or more than one"));
    QDateTime since = QDateTime::currentDateTimeUtc().addDays(-1);
    if (body.contains(QLatin1String("since"))) {
        since =
            QDateTime::fromString(body.value(QLatin1String("since")).toString(), Qt::ISODateWithMs);
        if (!since.isValid())
            return errorResponse(Status::BadRequest, QStringLiteral("bad_request"),
                                 tr("'since' must be an ISO-8601 time"));
    }
    QString error;
    const auto checked = m_records.siteFacts().check(
        device.site, personKey, tube, since.toUTC().toString(Qt::ISODateWithMs), &error);
    if (!checked)
        return errorResponse(Status::ServiceUnavailable, QStringLiteral("storage_unavailable"),
                             tr("the server could not read the site's facts: %1").arg(error));
    QJsonObject answer{{QStringLiteral("server_time"), nowUtc()}};
    if (!box.isEmpty()) {
        // Every box of the site with this code: a box code is used once at the site.
        const std::optional<QJsonArray> boxes =
            m_records.siteFacts().boxesWithCode(device.site, box, &error);
        if (!boxes)
            return errorResponse(Status::ServiceUnavailable, QStringLiteral("storage_unavailable"),
                                 tr("the server could not read the site's facts: %1").arg(error));
        answer.insert(QStringLiteral("box"), *boxes);
    }
    if (!personKey.isEmpty()) {
        QJsonArray sampled;
        for (const SiteCheckAnswer::Sampled &s : checked->sampled) {
            QJsonObject one{{QStringLiteral("station"), s.station},
                            {QStringLiteral("table"), s.table},
                            {QStringLiteral("tube"), s.tube},
                            {QStringLiteral("at"), s.at}};
            if (s.poolSize > 0)
                one.insert(QStringLiteral("pool_size"), s.poolSize);
            sampled.append(one);
        }
        answer.insert(QStringLiteral("person"), QJsonObject{{QStringLiteral("sampled"), sampled}});
    }
    if (!tube.isEmpty()) {
        // The tube's latest tube_state fact with the members the facts feed gives it
        // (tube_uuid; people when sealed; box and box_uuid when boxed), less what the
        // question already says.
        QJsonObject known;
        if (checked->tube) {
            known = checked->tube->toJson();
            for (const char *member : {"seq", "kind", "tube"})
                known.remove(QLatin1String(member));
            // Where it was opened, and its box handed over: the latest state alone named the
            // table that packed it, as if the tube were used there, and "boxed" after the box
            // had left with the courier.
            const auto where = [](const SiteFact &f) {
                return QJsonObject{{QStringLiteral("station"), f.station},
                                   {QStringLiteral("table"), f.table},
                                   {QStringLiteral("at"), f.at}};
            };
            if (checked->tubeOpened)
                known.insert(QStringLiteral("opened"), where(*checked->tubeOpened));
            if (checked->boxHandedOver)
                known.insert(QStringLiteral("handed_over"), where(*checked->boxHandedOver));
        }
        answer.insert(QStringLiteral("tube"),
                      checked->tube ? QJsonValue(known) : QJsonValue(QJsonValue::Null));
    }
    return QHttpServerResponse(answer);
}

} // namespace station::server
