// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "server/RecordValidation.h"

#include <QCoreApplication>
#include <QString>

#include <QList>

#include <optional>

namespace station::server {

class Database;

// One enrolled device as `admin list-devices` shows it.
struct DeviceEntry {
    QString deviceId;
    QString site;
    QString tableLabel;
    QString enrolledAt;
    QString rotatedAt; // empty when the token was never rotated
    bool revoked = false;
    DeviceRole role = DeviceRole::Station;
};

// Enrollment codes and device tokens. Only SHA-256 hashes of codes and tokens are stored.
class DeviceRegistry {
    Q_DECLARE_TR_FUNCTIONS(DeviceRegistry)
public:
    explicit DeviceRegistry(Database &database);

    // A fresh code for `site`, good for `uses` enrollments during `validHours`; the devices
    // enrolled with it get `role`.
    std::optional<QString> createEnrollmentCode(const QString &site, int uses, int validHours,
                                                QString *error,
                                                DeviceRole role = DeviceRole::Station);

    enum class EnrollResult { Enrolled, Refused, EnrolledElsewhere, TableTaken, StorageFailed };
    // Exchanges a code for a token (written to *token). The same device sending the same
    // code again, before it has used its token, gets the same token again: the first
    // answer may have been lost on the way. Another device with a used code is refused.
    // *role (when given) is the role the code enrolls as, once the code is known.
    // A station whose table number (protocol::tableNumberOfLabel) another station of the
    // site, not revoked, has already is refused as TableTaken, the site's table numbers in
    // *tablesInUse: two "Table 1" would mix up the site's recalls and boxes. The label is
    // stored in its wire form ("Table 7") whatever language the station sent it in.
    EnrollResult enroll(const QString &site, const QString &code, const QString &deviceId,
                        const QString &tableLabel, QString *token, QString *error,
                        std::optional<DeviceRole> *role = nullptr,
                        QList<int> *tablesInUse = nullptr);

    enum class AuthResult { Authenticated, Unknown, Revoked, StorageFailed };
    // Checks a bearer token; the previous token of a device stays valid until the new
    // one is first used (see the protocol's token rotation).
    AuthResult authenticate(const QString &token, DeviceIdentity *device, QString *error);

    // The same verdict as authenticate() without touching anything (no token retired).
    AuthResult check(const QString &token, QString *error);

    // Replaces the token of the device `token` belongs to; the new token in *newToken.
    AuthResult rotate(const QString &token, QString *newToken, QString *error);

    std::optional<QList<DeviceEntry>> devices(const QString &site, QString *error);

    enum class RevokeResult { Revoked, Unknown, StorageFailed };
    // Refuses the device's tokens from now on; enrolling it again needs a new code.
    RevokeResult revoke(const QString &deviceId, QString *error);

    // Normalises a typed code: upper case, no dashes or spaces.
    static QString normaliseCode(const QString &code);
    static bool isValidDeviceId(const QString &deviceId);

private:
    struct Match {
        DeviceIdentity device;
        bool viaPrevious = false;
        bool enrollmentPending = false;
    };
    AuthResult find(const QString &token, Match *match, QString *error);
    // The device's token no longer needs to be handed out again.
    void forgetPendingEnrollment(const QString &deviceId);

    Database &m_database;
};

} // namespace station::server
