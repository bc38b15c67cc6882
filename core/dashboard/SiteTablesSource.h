// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/dashboard/SiteAggregatesSource.h"
#include "core/domain/Clock.h"

#include <QPointer>
#include <QThread>
#include <QTimeZone>

class QNetworkAccessManager;
class QNetworkReply;

namespace station::dashboard {

// Asks the station's sync server for GET /v1/site/tables on a thread of its own (the
// network and the parsing never run on the GUI thread). The server is whatever the sync
// settings in `dataDir` name: the site's hub, or the province when the site has none
// (every province-server answers it). A province that predates the endpoint (404) is asked
// for its per-site aggregates instead. Settings and token are read at each request, so a
// rotated token or a newly joined hub is used from the next one.
class SiteTablesFetcher : public QObject {
    Q_OBJECT
public:
    SiteTablesFetcher(QString dataDir, QString siteCode, QString ownStation);
    ~SiteTablesFetcher() override;

public Q_SLOTS:
    void fetch(const QDateTime &sinceUtc);
    // Aborts a request; called in the worker thread before it stops.
    void stop();

Q_SIGNALS:
    void fetched(const station::dashboard::SiteFigures &figures);
    void failed(const QString &message);

private:
    void fetchFrom(const QDateTime &sinceUtc, bool aggregates);
    void onReply(QNetworkReply *reply, bool aggregates, const QDateTime &sinceUtc);

    QString m_dataDir;
    QString m_siteCode;
    QString m_ownStation;
    QNetworkAccessManager *m_network = nullptr; // made in the worker thread
    QPointer<QNetworkReply> m_reply;
};

class SiteTablesSource : public SiteAggregatesSource {
    Q_OBJECT
public:
    // `dataDir` holds the sync settings and the device token; `ownStation` is this
    // station's device id (its row is shown from its own database instead). Figures are
    // stamped with `clock`'s time when they arrive.
    SiteTablesSource(const QString &dataDir, const QString &siteCode, const QString &ownStation,
                     QTimeZone zone = QTimeZone::systemTimeZone(), Clock clock = systemClock(),
                     QObject *parent = nullptr);
    ~SiteTablesSource() override;

    bool available() const override { return true; }
    // Figures since the start of `day` in the site's time zone. A request while one is on
    // its way is answered by that one.
    void request(const QDate &day) override;
    bool busy() const { return m_inFlight; }

private:
    QTimeZone m_zone;
    Clock m_clock;
    QThread m_thread;
    SiteTablesFetcher *m_fetcher = nullptr; // lives in m_thread
    bool m_inFlight = false;
};

} // namespace station::dashboard
