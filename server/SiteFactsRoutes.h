// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "server/SiteFactsLongPoll.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QString>

namespace station::server {

class Database;
class RecordStore;
class RequestChecks;

// Site-wide checks (server/SiteFacts): GET /v1/site/facts, the site's facts feed with its
// long poll, and POST /v1/site/check, a question about a person or a tube across the
// site's tables. Routed by HttpApi.
class SiteFactsRoutes {
    Q_DECLARE_TR_FUNCTIONS(SiteFactsRoutes)
public:
    // `factsWatchMs`: ServerLimits::factsWatchMs.
    SiteFactsRoutes(RequestChecks &checks, Database &database, RecordStore &records,
                    int factsWatchMs);
    Q_DISABLE_COPY_MOVE(SiteFactsRoutes) // the long poll calls back into this object

    // Facts of `site` were added: the stations waiting for them are answered now.
    void notifyFactsAdded(const QString &site) { m_factsLongPoll.notifyFactsAdded(site); }

    // GET /v1/site/facts: answered at once when there are facts after the cursor (or no
    // wait is asked for); otherwise the responder is kept until a batch of the site adds
    // facts or the wait ends (a long poll, so that a station hears of a fact at once:
    // server/SiteFactsLongPoll).
    void siteFacts(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    QHttpServerResponse siteCheck(const QHttpServerRequest &request);

private:
    // The facts page of `site` after the cursor; *empty when it holds no facts, *lastSeq
    // its `last_seq`.
    QHttpServerResponse siteFactsAnswer(const QString &site, qint64 after, bool *empty,
                                        qint64 *lastSeq);

    static constexpr int kFactsPerAnswer = 1000;
    static constexpr qint64 kSlowAnswerMs = 100; // logged from here on

    RequestChecks &m_checks;
    RecordStore &m_records;
    SiteFactsLongPoll m_factsLongPoll;
};

} // namespace station::server
