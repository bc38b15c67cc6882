// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/DeviceRegistry.h"

#include "protocol/TableNumber.h"
#include "server/Database.h"
#include "server/Logging.h"
#include "server/ServerTime.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace station::server {

namespace {

// No 0/O, 1/I/L or U: codes are read aloud and typed by hand.
constexpr char kCodeAlphabet[] = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kCodeLength = 12;

QString newToken() {
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString hashSecret(const QString &secret) {
    return sha256Hex(secret.toUtf8());
}

QString newNonce() {
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toHex());
}

// The token an enrollment hands out, computed from the code (never stored), a random nonce
// and the device id, so that the same code from the same device yields the same token while
// the enrollment is pending, without keeping the token itself anywhere.
QString enrollmentToken(const QString &normalisedCode, const QString &nonce,
                        const QString &deviceId) {
    const QByteArray message = QByteArrayLiteral("province-server enrollment\n") +
                               nonce.toLatin1() + '\n' + deviceId.toUtf8();
    const QByteArray mac = QMessageAuthenticationCode::hash(message, normalisedCode.toUtf8(),
                                                            QCryptographicHash::Sha256);
    return QString::fromLatin1(
        mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

DeviceRegistry::DeviceRegistry(Database &database)
    : m_database(database) {}

QString DeviceRegistry::normaliseCode(const QString &code) {
    QString normalised = code.toUpper();
    normalised.remove(QLatin1Char('-'));
    normalised.remove(QLatin1Char(' '));
    return normalised;
}

bool DeviceRegistry::isValidDeviceId(const QString &deviceId) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return pattern.match(deviceId).hasMatch();
}

std::optional<QString> DeviceRegistry::createEnrollmentCode(const QString &site, int uses,
                                                            int validHours, QString *error,
                                                            DeviceRole role) {
    if (site.trimmed().isEmpty() || uses < 1 || validHours < 1) {
        *error = tr("a code needs a site, at least one use and at least one hour of validity");
        return std::nullopt;
    }
    QString code;
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < kCodeLength; ++i) {
        if (i > 0 && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(kCodeAlphabet[random->bounded(int(sizeof(kCodeAlphabet) - 1))]);
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO enrollment_codes "
                                 "(code_hash, site, uses_left, created_at, expires_at, role) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(hashSecret(normaliseCode(code)));
    query.addBindValue(site);
    query.addBindValue(uses);
    query.addBindValue(nowUtc());
    query.addBindValue(QDateTime::currentDateTimeUtc()
                           .addSecs(qint64(validHours) * 3600)
                           .toString(Qt::ISODateWithMs));
    query.addBindValue(deviceRoleName(role));
    if (!query.exec()) {
        *error = tr("cannot store the enrollment code: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    return code;
}

DeviceRegistry::EnrollResult
DeviceRegistry::enroll(const QString &site, const QString &code, const QString &deviceId,
                       const QString &tableLabel, QString *token, QString *error,
                       std::optional<DeviceRole> *enrolledRole, QList<int> *tablesInUse) {
    const int tableNumber = protocol::tableNumberOfLabel(tableLabel);
    const QString storedLabel =
        tableNumber > 0 ? protocol::tableWireLabel(tableNumber) : tableLabel;
    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return EnrollResult::StorageFailed;
    }
    const auto fail = [&](EnrollResult result, const QString &reason) {
        db.rollback();
        *error = reason;
        return result;
    };
    const QString normalisedCode = normaliseCode(code);
    const QString codeHash = hashSecret(normalisedCode);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT site, uses_left, expires_at, role "
                                 "FROM enrollment_codes WHERE code_hash = ?"));
    query.addBindValue(codeHash);
    if (!query.exec())
        return fail(EnrollResult::StorageFailed, query.lastError().text());
    if (!query.next() || query.value(0).toString() != site ||
        QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs) <
            QDateTime::currentDateTimeUtc())
        return fail(EnrollResult::Refused, tr("the enrollment code is not valid for this site"));
    const int usesLeft = query.value(1).toInt();
    const QString role = query.value(3).toString();
    if (enrolledRole)
        *enrolledRole = deviceRoleFromName(role);

    query.prepare(QStringLiteral("SELECT d.site, d.token_hash, p.nonce FROM devices d "
                                 "LEFT JOIN pending_enrollments p "
                                 "ON p.device_id = d.device_id AND p.code_hash = ? "
                                 "WHERE d.device_id = ?"));
    query.addBindValue(codeHash);
    query.addBindValue(deviceId);
    if (!query.exec())
        return fail(EnrollResult::StorageFailed, query.lastError().text());
    const bool known = query.next();
    if (known && query.value(0).toString() != site)
        return fail(EnrollResult::EnrolledElsewhere,
                    tr("this device id is already enrolled at another site"));
    if (known && !query.value(2).isNull()) {
        // This device already enrolled with this code and has not used its token yet: the
        // answer was lost on the way. Hand out the same token again; no use is consumed.
        const QString replayed =
            enrollmentToken(normalisedCode, query.value(2).toString(), deviceId);
        if (hashSecret(replayed) != query.value(1).toString())
            return fail(EnrollResult::Refused,
                        tr("the enrollment code is not valid for this site"));
        db.rollback();
        qCInfo(lcServer) << "repeated the enrollment answer to device" << deviceId;
        *token = replayed;
        return EnrollResult::Enrolled;
    }
    if (usesLeft < 1)
        return fail(EnrollResult::Refused, tr("the enrollment code is not valid for this site"));
    if (tableNumber > 0 && role == deviceRoleName(DeviceRole::Station)) {
        // The site's tables, by station and number: old rows may hold a localized label.
        query.prepare(QStringLiteral("SELECT table_label FROM devices WHERE site = ? AND "
                                     "device_id <> ? AND revoked = 0 AND role = ?"));
        query.addBindValue(site);
        query.addBindValue(deviceId);
        query.addBindValue(role);
        if (!query.exec())
            return fail(EnrollResult::StorageFailed, query.lastError().text());
        QList<int> inUse;
        while (query.next()) {
            const int n = protocol::tableNumberOfLabel(query.value(0).toString());
            if (n > 0 && !inUse.contains(n))
                inUse.append(n);
        }
        std::sort(inUse.begin(), inUse.end());
        if (inUse.contains(tableNumber)) {
            if (tablesInUse)
                *tablesInUse = inUse;
            qCInfo(lcServer) << "refused device" << deviceId << "at site" << site
                             << ": its table number" << tableNumber << "is taken";
            return fail(
                EnrollResult::TableTaken,
                tr("table %1 is already used by another station of this site").arg(tableNumber));
        }
    }

    const QString nonce = newNonce();
    const QString fresh = enrollmentToken(normalisedCode, nonce, deviceId);
    if (known) {
        query.prepare(QStringLiteral("UPDATE devices SET token_hash = ?, "
                                     "previous_token_hash = NULL, table_label = ?, "
                                     "enrolled_at = ?, revoked = 0, role = ? WHERE device_id = ?"));
        query.addBindValue(hashSecret(fresh));
        query.addBindValue(storedLabel);
        query.addBindValue(nowUtc());
        query.addBindValue(role);
        query.addBindValue(deviceId);
    } else {
        query.prepare(QStringLiteral("INSERT INTO devices (device_id, site, table_label, "
                                     "token_hash, enrolled_at, role) VALUES (?, ?, ?, ?, ?, ?)"));
        query.addBindValue(deviceId);
        query.addBindValue(site);
        query.addBindValue(storedLabel);
        query.addBindValue(hashSecret(fresh));
        query.addBindValue(nowUtc());
        query.addBindValue(role);
    }
    if (!query.exec())
        return fail(EnrollResult::StorageFailed, query.lastError().text());
    query.prepare(QStringLiteral("DELETE FROM pending_enrollments WHERE device_id = ?"));
    query.addBindValue(deviceId);
    if (!query.exec())
        return fail(EnrollResult::StorageFailed, query.lastError().text());
    query.prepare(QStringLiteral("INSERT INTO pending_enrollments "
                                 "(device_id, code_hash, nonce, created_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(deviceId);
    query.addBindValue(codeHash);
    query.addBindValue(nonce);
    query.addBindValue(nowUtc());
    if (!query.exec())
        return fail(EnrollResult::StorageFailed, query.lastError().text());
    query.prepare(QStringLiteral(
        "UPDATE enrollment_codes SET uses_left = uses_left - 1 WHERE code_hash = ?"));
    query.addBindValue(codeHash);
    if (!query.exec())
        return fail(EnrollResult::StorageFailed, query.lastError().text());
    if (!db.commit())
        return fail(EnrollResult::StorageFailed, db.lastError().text());
    qCInfo(lcServer) << "enrolled device" << deviceId << "at site" << site << "as" << role;
    *token = fresh;
    return EnrollResult::Enrolled;
}

DeviceRegistry::AuthResult DeviceRegistry::find(const QString &token, Match *match,
                                                QString *error) {
    if (token.isEmpty())
        return AuthResult::Unknown;
    const QString tokenHash = hashSecret(token);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT d.device_id, d.site, d.token_hash, d.revoked, "
                                 "p.device_id, d.role FROM devices d "
                                 "LEFT JOIN pending_enrollments p "
                                 "ON p.device_id = d.device_id "
                                 "WHERE d.token_hash = ? OR d.previous_token_hash = ?"));
    query.addBindValue(tokenHash);
    query.addBindValue(tokenHash);
    if (!query.exec()) {
        *error = query.lastError().text();
        return AuthResult::StorageFailed;
    }
    if (!query.next())
        return AuthResult::Unknown;
    if (query.value(3).toInt() != 0)
        return AuthResult::Revoked;
    match->device.deviceId = query.value(0).toString();
    match->device.site = query.value(1).toString();
    match->viaPrevious = query.value(2).toString() != tokenHash;
    match->enrollmentPending = !query.value(4).isNull();
    // An unknown role (a newer server's) gets no more than a station's rights.
    match->device.role =
        deviceRoleFromName(query.value(5).toString()).value_or(DeviceRole::Station);
    return AuthResult::Authenticated;
}

void DeviceRegistry::forgetPendingEnrollment(const QString &deviceId) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM pending_enrollments WHERE device_id = ?"));
    query.addBindValue(deviceId);
    if (!query.exec())
        qCWarning(lcServer) << "cannot close the enrollment of" << deviceId
                            << query.lastError().text();
}

DeviceRegistry::AuthResult DeviceRegistry::authenticate(const QString &token,
                                                        DeviceIdentity *device, QString *error) {
    Match match;
    const AuthResult result = find(token, &match, error);
    if (result != AuthResult::Authenticated)
        return result;
    *device = match.device;
    if (match.enrollmentPending) // the device has its token: the answer was not lost
        forgetPendingEnrollment(device->deviceId);
    if (!match.viaPrevious) {
        // The current token has been used: the one before it is no longer needed.
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("UPDATE devices SET previous_token_hash = NULL "
                                     "WHERE device_id = ? AND previous_token_hash IS NOT NULL"));
        query.addBindValue(device->deviceId);
        if (!query.exec())
            qCWarning(lcServer) << "cannot retire the previous token of" << device->deviceId
                                << query.lastError().text();
    }
    return AuthResult::Authenticated;
}

DeviceRegistry::AuthResult DeviceRegistry::check(const QString &token, QString *error) {
    Match match;
    return find(token, &match, error);
}

DeviceRegistry::AuthResult DeviceRegistry::rotate(const QString &token, QString *newTokenOut,
                                                  QString *error) {
    Match match;
    const AuthResult result = find(token, &match, error);
    if (result != AuthResult::Authenticated)
        return result;
    const QString fresh = newToken();
    QSqlQuery query(m_database.connection());
    // Rotating with the current token keeps it as the fallback; rotating with the
    // fallback (the answer to an earlier rotation was lost) keeps the fallback as it is.
    query.prepare(match.viaPrevious
                      ? QStringLiteral("UPDATE devices SET token_hash = ?, rotated_at = ? "
                                       "WHERE device_id = ?")
                      : QStringLiteral("UPDATE devices SET previous_token_hash = token_hash, "
                                       "token_hash = ?, rotated_at = ? WHERE device_id = ?"));
    query.addBindValue(hashSecret(fresh));
    query.addBindValue(nowUtc());
    query.addBindValue(match.device.deviceId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return AuthResult::StorageFailed;
    }
    if (match.enrollmentPending)
        forgetPendingEnrollment(match.device.deviceId);
    qCInfo(lcServer) << "rotated the token of device" << match.device.deviceId;
    *newTokenOut = fresh;
    return AuthResult::Authenticated;
}

std::optional<QList<DeviceEntry>> DeviceRegistry::devices(const QString &site, QString *error) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT device_id, site, table_label, enrolled_at, rotated_at, "
                                 "revoked, role FROM devices %1 ORDER BY site, device_id")
                      .arg(site.isEmpty() ? QString() : QStringLiteral("WHERE site = ?")));
    if (!site.isEmpty())
        query.addBindValue(site);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QList<DeviceEntry> entries;
    while (query.next())
        entries.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
             query.value(3).toString(), query.value(4).toString(), query.value(5).toInt() != 0,
             deviceRoleFromName(query.value(6).toString()).value_or(DeviceRole::Station)});
    return entries;
}

DeviceRegistry::RevokeResult DeviceRegistry::revoke(const QString &deviceId, QString *error) {
    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return RevokeResult::StorageFailed;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE devices SET revoked = 1 WHERE device_id = ?"));
    query.addBindValue(deviceId);
    if (!query.exec()) {
        *error = query.lastError().text();
        db.rollback();
        return RevokeResult::StorageFailed;
    }
    if (query.numRowsAffected() < 1) {
        db.rollback();
        *error = tr("no device %1 is enrolled").arg(deviceId);
        return RevokeResult::Unknown;
    }
    // A revoked device must not get its token back by repeating its enrollment.
    query.prepare(QStringLiteral("DELETE FROM pending_enrollments WHERE device_id = ?"));
    query.addBindValue(deviceId);
    if (!query.exec() || !db.commit()) {
        *error = query.lastError().isValid() ? query.lastError().text() : db.lastError().text();
        db.rollback();
        return RevokeResult::StorageFailed;
    }
    qCInfo(lcServer) << "revoked device" << deviceId;
    return RevokeResult::Revoked;
}

} // namespace station::server
