// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "server/EnrollmentRoutes.h"
#include "server/RecordRoutes.h"
#include "server/RequestChecks.h"
#include "server/RequestGate.h"
#include "server/ResultRoutes.h"
#include "server/ServerConfig.h"
#include "server/SiteFactsRoutes.h"
#include "server/SiteStaffRoutes.h"
#include "server/StatusRoutes.h"

#include <QHttpServer>
#include <QObject>
#include <QSslConfiguration>

#include <functional>
#include <optional>

namespace station::server {

class Database;
class DeviceRegistry;
class RecordStore;

// The /v1 HTTPS endpoints of docs/sync-protocol.md on QHttpServer: the route table, which
// hands each request to the handlers of its area (the *Routes classes, sharing one
// RequestChecks), and the screening of a request on its head. Handlers run on the
// server's thread, one request at a time, each against the one database connection.
class HttpApi : public QObject {
    Q_OBJECT
public:
    HttpApi(Database &database, DeviceRegistry &devices, RecordStore &records, ServerLimits limits,
            QObject *parent = nullptr);

    // The province's resident-code public key, announced at enrollment and with every batch
    // answer; empty = none.
    void setResidentCodePublicKey(const QByteArray &key) {
        m_enrollment.setResidentCodePublicKey(key);
        m_records.setResidentCodePublicKey(key);
    }

    // The site hub's link to the province (UpstreamRelay::statusJson): the `upstream`
    // object of GET /v1/site/tables and of /v1/health; set in hub mode only. Without it the
    // server answers as the province ("role": "province", "upstream": null).
    void setUpstreamStatus(std::function<QJsonObject()> status) {
        m_status.setUpstreamStatus(std::move(status));
    }
    // A site hub enrolls the stations of its own site only; empty = any site (province).
    void setHubSite(const QString &site) { m_enrollment.setHubSite(site); }
    // Whether /v1/site/staff is served (ServerConfig::siteStaff); off, it is a 404, which a
    // station takes as "no site staff list here".
    void setSiteStaffServed(bool served) { m_siteStaff.setServed(served); }

    // Facts of `site` were written outside a batch of this server (a recall raised, the
    // hub's copy of the province's recalls): the stations waiting for them hear now.
    void notifyFactsAdded(const QString &site) { m_siteFacts.notifyFactsAdded(site); }

    // Starts listening with TLS; returns the bound port, or 0 with *error set.
    quint16 listen(const QHostAddress &address, quint16 port, const QSslConfiguration &tls,
                   QString *error);

private:
    // Judges a request on its head, before its body is read: declared size over the
    // limit, no Content-Length, or an upload whose token is unknown or revoked.
    std::optional<EarlyRefusal> screen(const RequestHead &head);

    DeviceRegistry &m_devices;
    ServerLimits m_limits;
    RequestChecks m_checks;
    // Before the areas that wake the stations waiting for facts (records, results).
    SiteFactsRoutes m_siteFacts;
    EnrollmentRoutes m_enrollment;
    RecordRoutes m_records;
    SiteStaffRoutes m_siteStaff;
    StatusRoutes m_status;
    ResultRoutes m_results;
    QHttpServer m_server;
};

} // namespace station::server
