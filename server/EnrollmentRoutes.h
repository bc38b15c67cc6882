// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QString>

namespace station::server {

class DeviceRegistry;
class RecordStore;
class RequestChecks;

// How a device gets and keeps its token: POST /v1/enroll (with the site key for the site's
// stations and hub) and POST /v1/token/rotate. Routed by HttpApi.
class EnrollmentRoutes {
    Q_DECLARE_TR_FUNCTIONS(EnrollmentRoutes)
public:
    EnrollmentRoutes(RequestChecks &checks, DeviceRegistry &devices, RecordStore &records);

    // The province's resident-code public key, announced with the enrollment answer.
    void setResidentCodePublicKey(const QByteArray &key) { m_residentCodeKey = key; }
    // A site hub enrolls the stations of its own site only; empty = any site (province).
    void setHubSite(const QString &site) { m_hubSite = site; }

    QHttpServerResponse enroll(const QHttpServerRequest &request);
    QHttpServerResponse rotateToken(const QHttpServerRequest &request);

private:
    RequestChecks &m_checks;
    DeviceRegistry &m_devices;
    RecordStore &m_records;
    QByteArray m_residentCodeKey;
    QString m_hubSite;
};

} // namespace station::server
