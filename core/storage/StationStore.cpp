// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/StationStore.h"

#include "core/Logging.h"
#include "core/domain/CheckDigit.h"
#include "core/domain/Pooling.h"
#include "core/staff/Permissions.h"
#include "core/staff/SiteStaffList.h"
#include "core/storage/Database.h"
#include "core/storage/Journal.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <sodium.h>

namespace station {

namespace {

constexpr int kFreeAttempts = 5;
constexpr int kBaseLockSeconds = 30;

} // namespace

DomainError StationStore::alreadyProvisioned() {
    return makeError(ErrorCode::InvalidInput,
                     tr("This station is already provisioned; change it in Settings."));
}

StationStore::StationStore(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock)) {}

bool StationStore::isProvisioned() const {
    return identity().has_value();
}

std::optional<StationIdentity> StationStore::identity() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT site_code, site_name, district, table_number, device_id, default_pool_size, "
            "tube_pattern, box_pattern, tube_check_digit FROM station WHERE id = 1")) ||
        !q.next())
        return std::nullopt;
    StationIdentity s;
    s.siteCode = q.value(0).toString();
    s.siteName = q.value(1).toString();
    s.district = q.value(2).toString();
    s.tableNumber = q.value(3).toInt();
    s.deviceId = q.value(4).toString();
    s.defaultPoolSize = q.value(5).toInt();
    s.patterns.tube = q.value(6).toString();
    s.patterns.box = q.value(7).toString();
    s.patterns.tubeCheckDigit =
        checkdigit::fromKey(q.value(8).toString()).value_or(CheckDigitScheme::None);
    return s;
}

Status StationStore::validateIdentity(const StationIdentity &s) {
    static const QRegularExpression siteCode(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    if (!siteCode.match(s.siteCode).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         tr("The site code must be 1-32 letters, digits, '-' or '_'."));
    if (s.siteName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The site name is required."));
    if (s.district.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The district is required."));
    if (s.tableNumber < 1 || s.tableNumber > 99999)
        return makeError(ErrorCode::InvalidInput,
                         tr("The table number must be between 1 and 99999."));
    if (!isValidPoolSize(s.defaultPoolSize))
        return makeError(ErrorCode::InvalidPoolSize,
                         tr("The pool size must be 1, 5, 10 or 20 people a tube."));
    ScanClassifier classifier(s.patterns);
    if (!classifier.isValid())
        return makeError(ErrorCode::InvalidInput, classifier.patternError());
    return success();
}

Status StationStore::validateOperator(const NewOperator &op) {
    static const QRegularExpression staffId(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    if (!staffId.match(op.staffId).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         tr("The staff ID must be 1-32 letters, digits, '-' or '_'."));
    if (op.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The operator's name is required."));
    return validatePin(op.pin);
}

Status StationStore::validatePin(const QString &pin) {
    static const QRegularExpression digits(QStringLiteral("^[0-9]{6,12}$"));
    if (!digits.match(pin).hasMatch())
        return makeError(ErrorCode::InvalidInput, tr("The PIN must be 6 to 12 digits."));
    // Each step from one digit to the next, modulo 10: all 0 is one digit repeated, all +1
    // or all -1 a run (901234 wraps round).
    const int first = (pin.at(1).unicode() - pin.at(0).unicode() + 10) % 10;
    bool sameStep = true;
    for (int i = 2; i < pin.size() && sameStep; ++i)
        sameStep = (pin.at(i).unicode() - pin.at(i - 1).unicode() + 10) % 10 == first;
    if (sameStep && (first == 0 || first == 1 || first == 9))
        return makeError(ErrorCode::InvalidInput,
                         tr("The PIN is too easy to guess (one digit repeated, or a run such as "
                            "123456). Choose another."));
    return success();
}

QString StationStore::hashPin(const QString &pin) {
    if (sodium_init() < 0)
        return {};
    char out[crypto_pwhash_STRBYTES];
    const QByteArray bytes = pin.toUtf8();
    if (crypto_pwhash_str(out, bytes.constData(), static_cast<unsigned long long>(bytes.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool StationStore::verifyPin(const QString &hash, const QString &pin) {
    if (sodium_init() < 0)
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray bytes = pin.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), bytes.constData(),
                                    static_cast<unsigned long long>(bytes.size())) == 0;
}

Status StationStore::provision(const StationIdentity &identity, const NewOperator &first,
                               const QString &sitePassphrase, PassphraseCost cost) {
    if (Status v = validateIdentity(identity); !v.ok())
        return v;
    if (Status v = validateOperator(first); !v.ok())
        return v;
    if (Status v = StationKeyring::validatePassphrase(sitePassphrase); !v.ok())
        return v;
    if (isProvisioned()) // refused before the slow part (the station row refuses a second too)
        return alreadyProvisioned();
    const Result<WrappedDataKey> dataKey = StationKeyring::wrapNewDataKey(sitePassphrase, cost);
    if (!dataKey)
        return dataKey.error();
    return provision(identity, first, hashPin(first.pin), dataKey.value());
}

Status StationStore::provision(const StationIdentity &identityIn, const NewOperator &first,
                               const QString &pinHash, const WrappedDataKey &dataKey) {
    if (Status v = validateIdentity(identityIn); !v.ok())
        return v;
    if (Status v = validateOperator(first); !v.ok())
        return v;
    if (isProvisioned())
        return alreadyProvisioned();
    StationIdentity s = identityIn;
    if (s.deviceId.isEmpty())
        s.deviceId = newRecordUuid();
    if (!pinHash.startsWith(QLatin1String("$argon2id$")))
        return makeError(ErrorCode::StorageFailure, tr("The PIN could not be protected."));
    if (dataKey.wrapped.isEmpty() || dataKey.salt.isEmpty() || dataKey.nonce.isEmpty())
        return makeError(ErrorCode::StorageFailure,
                         tr("The personal data key could not be protected."));

    const QDateTime now = m_clock();
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.begun())
        return Database::storageError(tx.beginError(), tr("provisioning the station"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO station (id, site_code, site_name, district, table_number, device_id, "
        "default_pool_size, tube_pattern, box_pattern, tube_check_digit, provisioned_at) "
        "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(s.siteCode), QVariant(s.siteName.trimmed()), QVariant(s.district.trimmed()),
          QVariant(s.tableNumber), QVariant(s.deviceId), QVariant(s.defaultPoolSize),
          QVariant(s.patterns.tube), QVariant(s.patterns.box),
          QVariant(checkdigit::key(s.patterns.tubeCheckDigit)), QVariant(isoUtc(now))})
        q.addBindValue(v);
    if (!q.exec())
        return Database::storageError(q.lastError(), tr("provisioning the station"));
    q.prepare(QStringLiteral("INSERT INTO operators (staff_id, name, pin_hash, role, created_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(first.staffId);
    q.addBindValue(first.name.trimmed());
    q.addBindValue(pinHash);
    q.addBindValue(StaffRoleText::key(StaffRole::Administrator));
    q.addBindValue(isoUtc(now));
    if (!q.exec())
        return Database::storageError(q.lastError(), tr("provisioning the station"));
    const qint64 opId = q.lastInsertId().toLongLong();
    QJsonObject detail{
        {QStringLiteral("site"), s.siteCode},
        {QStringLiteral("table"), s.tableNumber},
        {QStringLiteral("device"), s.deviceId},
        {QStringLiteral("pool_size"), s.defaultPoolSize},
        {QStringLiteral("first_operator"), first.staffId},
        {QStringLiteral("first_operator_role"), StaffRoleText::key(StaffRole::Administrator)}};
    // Personal data is encrypted under a data key that only the passphrase unwraps; the key
    // commits with the station, so no station is ever without one.
    if (QSqlError e = StationKeyring::insertWrapped(db, dataKey); e.isValid())
        return Database::storageError(e, tr("provisioning the station"));
    if (QSqlError e =
            appendAudit(db, opId, QStringLiteral("station.provisioned"), s.siteCode, detail, now);
        e.isValid())
        return Database::storageError(e, tr("provisioning the station"));
    // The first operator joins the site's staff list like anyone added later, so that they
    // sign in at every table (changed_by empty: the site passphrase made them).
    if (QSqlError e = SiteStaffList::queueChange(db, first.staffId, QString(), s.deviceId, now);
        e.isValid())
        return Database::storageError(e, tr("provisioning the station"));
    if (QSqlError e = tx.commit(); e.isValid())
        return Database::storageError(e, tr("provisioning the station"));
    qCInfo(lcStorage) << "station provisioned for site" << s.siteCode << "table" << s.tableNumber;
    return success();
}

Status StationStore::updateIdentity(const StationIdentity &s, const OperatorRef &by) {
    if (Status v = validateIdentity(s); !v.ok())
        return v;
    const QDateTime now = m_clock();
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.begun())
        return Database::storageError(tx.beginError(), tr("saving the station settings"));
    if (Status allowed = Permissions::require(db, by.id, StaffAction::ChangeSettings);
        !allowed.ok())
        return allowed;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE station SET site_code = ?, site_name = ?, district = ?, "
                             "table_number = ?, default_pool_size = ?, tube_pattern = ?, "
                             "box_pattern = ?, tube_check_digit = ? WHERE id = 1"));
    for (const QVariant &v :
         {QVariant(s.siteCode), QVariant(s.siteName.trimmed()), QVariant(s.district.trimmed()),
          QVariant(s.tableNumber), QVariant(s.defaultPoolSize), QVariant(s.patterns.tube),
          QVariant(s.patterns.box), QVariant(checkdigit::key(s.patterns.tubeCheckDigit))})
        q.addBindValue(v);
    if (!q.exec())
        return Database::storageError(q.lastError(), tr("saving the station settings"));
    QJsonObject detail{
        {QStringLiteral("site"), s.siteCode},
        {QStringLiteral("table"), s.tableNumber},
        {QStringLiteral("pool_size"), s.defaultPoolSize},
        {QStringLiteral("tube_pattern"), s.patterns.tube},
        {QStringLiteral("box_pattern"), s.patterns.box},
        {QStringLiteral("tube_check_digit"), checkdigit::key(s.patterns.tubeCheckDigit)}};
    if (QSqlError e =
            appendAudit(db, by.id, QStringLiteral("station.updated"), s.siteCode, detail, now);
        e.isValid())
        return Database::storageError(e, tr("saving the station settings"));
    if (QSqlError e = tx.commit(); e.isValid())
        return Database::storageError(e, tr("saving the station settings"));
    return success();
}

Result<OperatorRef> StationStore::addOperator(const NewOperator &op, const OperatorRef &by) {
    if (Status v = validateOperator(op); !v.ok())
        return v.error();
    const QString pinHash = hashPin(op.pin);
    const QDateTime now = m_clock();
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.begun())
        return Database::storageError(tx.beginError(), tr("adding the operator"));
    if (Status s = Permissions::require(db, by.id, StaffAction::ManageStaff); !s.ok())
        return s.error();
    if (op.role == StaffRole::Administrator) {
        if (Status s = Permissions::require(db, by.id, StaffAction::ManageAdministrators); !s.ok())
            return s.error();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM operators WHERE staff_id = ?"));
    q.addBindValue(op.staffId);
    if (q.exec() && q.next())
        return makeError(ErrorCode::OperatorExists,
                         tr("An operator with staff ID %1 already exists.").arg(op.staffId));
    q.prepare(QStringLiteral("INSERT INTO operators (staff_id, name, pin_hash, role, created_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(op.staffId);
    q.addBindValue(op.name.trimmed());
    q.addBindValue(pinHash);
    q.addBindValue(StaffRoleText::key(op.role));
    q.addBindValue(isoUtc(now));
    if (!q.exec())
        return Database::storageError(q.lastError(), tr("adding the operator"));
    OperatorRef ref{q.lastInsertId().toLongLong(), op.staffId, op.name.trimmed(), op.role};
    if (QSqlError e = appendAudit(db, by.id, QStringLiteral("operator.added"), op.staffId,
                                  {{QStringLiteral("role"), StaffRoleText::key(op.role)}}, now);
        e.isValid())
        return Database::storageError(e, tr("adding the operator"));
    if (QSqlError e = tx.commit(); e.isValid())
        return Database::storageError(e, tr("adding the operator"));
    return ref;
}

Result<OperatorRef> StationStore::signIn(const QString &staffId, const QString &pin) {
    const Result<PinChallenge> challenge = pinChallenge(staffId);
    if (!challenge)
        return challenge.error();
    return completeSignIn(challenge.value(), verifyPin(challenge->pinHash, pin));
}

Result<PinChallenge> StationStore::pinChallenge(const QString &staffId) const {
    const QDateTime now = m_clock();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, pin_hash, locked_until, active, role, "
                             "must_set_pin FROM operators WHERE staff_id = ?"));
    q.addBindValue(staffId);
    if (!q.exec())
        return Database::storageError(q.lastError(), tr("signing in"));
    if (!q.next())
        return makeError(ErrorCode::OperatorUnknown,
                         tr("No operator with staff ID %1 at this station.").arg(staffId));
    if (q.value(4).toInt() == 0)
        return makeError(ErrorCode::OperatorDisabled,
                         tr("%1 is disabled at this station; ask the site lead.").arg(staffId));
    const QDateTime lockedUntil =
        q.value(3).isNull() ? QDateTime() : fromIsoUtc(q.value(3).toString());
    if (lockedUntil.isValid() && now < lockedUntil) {
        const qint64 secs = now.secsTo(lockedUntil) + 1;
        return makeError(
            ErrorCode::OperatorLocked,
            tr("Too many wrong PINs: %1 is locked for %2 more seconds.").arg(staffId).arg(secs));
    }
    return PinChallenge{q.value(0).toLongLong(),
                        staffId,
                        q.value(1).toString(),
                        q.value(2).toString(),
                        StaffRoleText::fromKey(q.value(5).toString()).value_or(StaffRole::Sampler),
                        q.value(6).toInt() != 0};
}

QSqlError StationStore::recordPinOutcome(const QSqlDatabase &db, const PinChallenge &challenge,
                                         bool pinCorrect, const QJsonObject &wrongPinDetail,
                                         const QDateTime &at, DomainError *refusal) const {
    QSqlQuery u(db);
    if (pinCorrect) {
        u.prepare(QStringLiteral(
            "UPDATE operators SET failed_attempts = 0, locked_until = NULL WHERE id = ?"));
        u.addBindValue(challenge.operatorId);
        if (!u.exec())
            return u.lastError();
        return {};
    }
    // Counted in SQL, not from the value read before the (slow) check: two attempts that
    // overlap still count twice.
    u.prepare(
        QStringLiteral("UPDATE operators SET failed_attempts = failed_attempts + 1 WHERE id = ?"));
    u.addBindValue(challenge.operatorId);
    if (!u.exec())
        return u.lastError();
    u.prepare(QStringLiteral("SELECT failed_attempts FROM operators WHERE id = ?"));
    u.addBindValue(challenge.operatorId);
    if (!u.exec())
        return u.lastError();
    const int failed = u.next() ? u.value(0).toInt() : kFreeAttempts;
    if (failed >= kFreeAttempts) {
        const int exponent = qMin(failed - kFreeAttempts, 10);
        u.prepare(QStringLiteral("UPDATE operators SET locked_until = ? WHERE id = ?"));
        u.addBindValue(isoUtc(at.addSecs(qint64(kBaseLockSeconds) << exponent)));
        u.addBindValue(challenge.operatorId);
        if (!u.exec())
            return u.lastError();
    }
    if (QSqlError e = appendAudit(db, challenge.operatorId, QStringLiteral("operator.wrong_pin"),
                                  challenge.staffId, wrongPinDetail, at);
        e.isValid())
        return e;
    if (refusal) {
        const int left = kFreeAttempts - failed;
        *refusal = left > 0
                       ? makeError(ErrorCode::WrongPin,
                                   tr("Wrong PIN. %n attempt(s) left before you are locked out.",
                                      nullptr, left))
                       : makeError(ErrorCode::OperatorLocked,
                                   tr("Wrong PIN. %1 is now locked for a while; ask the site lead.")
                                       .arg(challenge.staffId));
    }
    return {};
}

Result<OperatorRef> StationStore::completeSignIn(const PinChallenge &challenge, bool pinCorrect) {
    const QDateTime now = m_clock();
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.begun())
        return Database::storageError(tx.beginError(), tr("signing in"));
    DomainError refusal;
    if (QSqlError e = recordPinOutcome(db, challenge, pinCorrect, {}, now, &refusal); e.isValid())
        return Database::storageError(e, tr("signing in"));
    if (pinCorrect) {
        if (QSqlError e = appendAudit(
                db, challenge.operatorId, QStringLiteral("operator.signed_in"), challenge.staffId,
                challenge.mustSetOwnPin ? QJsonObject{{QStringLiteral("one_time_pin"), true}}
                                        : QJsonObject{},
                now);
            e.isValid())
            return Database::storageError(e, tr("signing in"));
    }
    if (QSqlError e = tx.commit(); e.isValid())
        return Database::storageError(e, tr("signing in"));
    if (!pinCorrect)
        return refusal;
    return OperatorRef{challenge.operatorId, challenge.staffId, challenge.name, challenge.role,
                       challenge.mustSetOwnPin};
}

QList<OperatorRef> StationStore::operators() const {
    QList<OperatorRef> list;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral(
            "SELECT id, staff_id, name, role, must_set_pin FROM operators WHERE active = 1 "
            "ORDER BY staff_id"))) {
        while (q.next())
            list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         StaffRoleText::fromKey(q.value(3).toString()).value_or(StaffRole::Sampler),
                         q.value(4).toInt() != 0});
    }
    return list;
}

} // namespace station
