// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staff/StaffService.h"

#include "core/domain/Csv.h"
#include "core/security/StationKeyring.h"
#include "core/staff/Permissions.h"
#include "core/staff/SiteStaffList.h"
#include "core/staff/StaffLogging.h"
#include "core/storage/Database.h"
#include "core/storage/Journal.h"
#include "core/storage/PersonalDataCodec.h"
#include "core/storage/StationStore.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <sodium.h>

namespace station {

namespace {

const QString kPhoneColumn = QStringLiteral("phone");

// The record a stored phone is bound to (PersonalDataCodec's associated data).
QString phoneBinding(const QString &staffId) {
    return QStringLiteral("operator/") + staffId;
}

// The operator.changed `change` values (docs/sync-protocol.md).
namespace change {
const QString added = QStringLiteral("added");
const QString updated = QStringLiteral("updated");
const QString disabled = QStringLiteral("disabled");
const QString enabled = QStringLiteral("enabled");
const QString pinReset = QStringLiteral("pin_reset");
const QString pinSet = QStringLiteral("pin_set");
const QString unlocked = QStringLiteral("unlocked");
const QString roleSet = QStringLiteral("role_set");
} // namespace change

enum class Column { StaffId, Name, Role, Phone };

// Header names a staff list may use, lower case.
std::optional<Column> headerColumn(const QString &text) {
    const QString h = text.simplified().toLower();
    static const QHash<QString, Column> names = {
        {QStringLiteral("staff id"), Column::StaffId},
        {QStringLiteral("staff_id"), Column::StaffId},
        {QStringLiteral("staffid"), Column::StaffId},
        {QStringLiteral("工号"), Column::StaffId},
        {QStringLiteral("员工编号"), Column::StaffId},
        {QStringLiteral("name"), Column::Name},
        {QStringLiteral("姓名"), Column::Name},
        {QStringLiteral("role"), Column::Role},
        {QStringLiteral("角色"), Column::Role},
        {QStringLiteral("phone"), Column::Phone},
        {QStringLiteral("phone number"), Column::Phone},
        {QStringLiteral("电话"), Column::Phone},
        {QStringLiteral("手机"), Column::Phone},
        {QStringLiteral("手机号"), Column::Phone},
    };
    const auto it = names.constFind(h);
    if (it == names.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace

DomainError StaffService::lineError(int line, const QString &why) {
    return makeError(ErrorCode::InvalidInput, tr("Line %1: %2").arg(line).arg(why));
}

StaffService::StaffService(Database &db, const PersonalDataCodec &codec, StationIdentity identity,
                           Clock clock)
    : m_db(db)
    , m_codec(codec)
    , m_identity(std::move(identity))
    , m_clock(std::move(clock)) {}

Status StaffService::validateMember(const NewStaffMember &m, NewStaffMember::Field *field) {
    static const QRegularExpression staffId(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    static const QRegularExpression phone(QStringLiteral("^[0-9+][0-9 +-]{0,19}$"));
    const auto refuse = [field](NewStaffMember::Field which, const QString &why) {
        if (field)
            *field = which;
        return makeError(ErrorCode::InvalidInput, why);
    };
    if (field)
        *field = NewStaffMember::Field::None;
    if (!staffId.match(m.staffId).hasMatch())
        return refuse(NewStaffMember::Field::StaffId,
                      tr("The staff ID must be 1-32 letters, digits, '-' or '_'."));
    if (m.name.trimmed().isEmpty())
        return refuse(NewStaffMember::Field::Name, tr("The operator's name is required."));
    if (m.name.trimmed().size() > 64)
        return refuse(NewStaffMember::Field::Name, tr("The name is longer than 64 characters."));
    if (!m.phone.isEmpty() && !phone.match(m.phone).hasMatch())
        return refuse(NewStaffMember::Field::Phone,
                      tr("The phone number may hold digits, spaces, '+' and '-' (at most 20)."));
    return success();
}

namespace {
DomainError operatorExists(const QString &staffId) {
    return makeError(ErrorCode::OperatorExists,
                     StaffService::tr("An operator with staff ID %1 already exists.").arg(staffId));
}
} // namespace

Status StaffService::checkNew(const NewStaffMember &m, const OperatorRef &by,
                              NewStaffMember::Field *field) const {
    if (Status v = validateMember(m, field); !v.ok())
        return v;
    // In add()'s order, so that the form names the refusal add() would give.
    const QSqlDatabase db = m_db.connection();
    if (Status s = authorise(db, by, nullptr, m.role); !s.ok()) {
        if (field)
            *field = NewStaffMember::Field::Role;
        return s;
    }
    if (load(db, m.staffId)) {
        if (field)
            *field = NewStaffMember::Field::StaffId;
        return operatorExists(m.staffId);
    }
    return success();
}

QString StaffService::newOneTimePin() {
    if (sodium_init() < 0)
        return {};
    for (;;) {
        QString pin;
        for (int i = 0; i < 8; ++i)
            pin.append(QChar(u'0' + int(randombytes_uniform(10))));
        if (StationStore::validatePin(pin).ok())
            return pin;
    }
}

Result<QList<PreparedPin>> StaffService::preparePins(int count) {
    QList<PreparedPin> pins;
    pins.reserve(count);
    for (int i = 0; i < count; ++i) {
        PreparedPin p;
        p.pin = newOneTimePin();
        p.hash = p.pin.isEmpty() ? QString() : StationStore::hashPin(p.pin);
        if (p.hash.isEmpty())
            return makeError(ErrorCode::StorageFailure, tr("The PIN could not be protected."));
        pins.append(p);
    }
    return pins;
}

std::optional<StaffMember> StaffService::load(const QSqlDatabase &db,
                                              const QString &staffId) const {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, staff_id, name, role, phone, active, must_set_pin, "
                             "failed_attempts, locked_until FROM operators WHERE staff_id = ?"));
    q.addBindValue(staffId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    StaffMember m;
    m.id = q.value(0).toLongLong();
    m.staffId = q.value(1).toString();
    m.name = q.value(2).toString();
    m.role = StaffRoleText::fromKey(q.value(3).toString()).value_or(StaffRole::Sampler);
    if (!q.value(4).isNull())
        m.phone = m_codec.open(q.value(4).toByteArray(), phoneBinding(m.staffId), kPhoneColumn)
                      .value_or(QString());
    m.active = q.value(5).toInt() != 0;
    m.mustSetOwnPin = q.value(6).toInt() != 0;
    m.failedAttempts = q.value(7).toInt();
    if (!q.value(8).isNull())
        m.lockedUntil = fromIsoUtc(q.value(8).toString());
    return m;
}

QList<StaffMember> StaffService::list() const {
    QList<StaffMember> members;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT staff_id FROM operators ORDER BY staff_id")))
        return members;
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    for (const QString &id : std::as_const(ids)) {
        if (auto m = load(m_db.connection(), id))
            members.append(*m);
    }
    return members;
}

std::optional<StaffMember> StaffService::member(const QString &staffId) const {
    return load(m_db.connection(), staffId);
}

Result<StaffMember> StaffService::loadForChange(const QSqlDatabase &db,
                                                const QString &staffId) const {
    if (auto m = load(db, staffId))
        return *m;
    return makeError(ErrorCode::OperatorUnknown,
                     tr("No operator with staff ID %1 at this station.").arg(staffId));
}

Status StaffService::authorise(const QSqlDatabase &db, const OperatorRef &by,
                               const StaffMember *target, std::optional<StaffRole> newRole) const {
    if (Status s = Permissions::require(db, by.id, StaffAction::ManageStaff); !s.ok())
        return s;
    const bool touchesAdministrator =
        (target && target->role == StaffRole::Administrator) || newRole == StaffRole::Administrator;
    if (touchesAdministrator)
        return Permissions::require(db, by.id, StaffAction::ManageAdministrators);
    return success();
}

Status StaffService::keepAnAdministrator(const QSqlDatabase &db, const StaffMember &target) const {
    if (target.role != StaffRole::Administrator || !target.active)
        return success();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM operators WHERE role = 'administrator' AND "
                             "active = 1 AND id != ?"));
    q.addBindValue(target.id);
    if (!q.exec() || !q.next())
        return Database::storageError(q.lastError(), tr("checking the administrators"));
    if (q.value(0).toInt() == 0)
        return makeError(ErrorCode::NotPermitted,
                         tr("%1 is the station's only administrator; make someone else "
                            "administrator first.")
                             .arg(target.staffId));
    return success();
}

QSqlError StaffService::journal(const QSqlDatabase &db, const OperatorRef &by,
                                const StaffMember &member, const QString &what, const QDateTime &at,
                                const QJsonObject &extra) const {
    QJsonObject c{{QStringLiteral("site"), m_identity.siteCode},
                  {QStringLiteral("district"), m_identity.district},
                  {QStringLiteral("station"), m_identity.deviceId},
                  {QStringLiteral("table"), m_identity.tableNumber},
                  {QStringLiteral("operator"), by.staffId},
                  {QStringLiteral("at"), isoUtc(at)},
                  {QStringLiteral("staff_id"), member.staffId},
                  {QStringLiteral("name"), member.name},
                  {QStringLiteral("change"), what},
                  {QStringLiteral("role"), StaffRoleText::key(member.role)},
                  {QStringLiteral("active"), member.active}};
    QJsonObject detail{{QStringLiteral("change"), what},
                       {QStringLiteral("role"), StaffRoleText::key(member.role)}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        c.insert(it.key(), it.value());
        detail.insert(it.key(), it.value());
    }
    if (QSqlError e = appendJournal(db, m_codec, by.id,
                                    {newRecordUuid(), protocol::RecordKind::OperatorChanged, c},
                                    member.staffId, detail, at);
        e.isValid())
        return e;
    // The staff list is the site's: the change goes to the other tables too. A lock-out is
    // this table's own business.
    if (what == change::unlocked)
        return {};
    return SiteStaffList::queueChange(db, member.staffId, by.staffId, m_identity.deviceId, at);
}

QByteArray StaffService::sealPhone(const QString &phone, const QString &staffId) const {
    // A phone belongs to no site day: kept under the data key, never shredded by the purge.
    return m_codec.seal(phone, phoneBinding(staffId), kPhoneColumn, QDate());
}

Result<StaffMember> StaffService::writeMember(const QSqlDatabase &db, const NewStaffMember &m,
                                              const QString &pinHash, const QDateTime &at) const {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO operators (staff_id, name, pin_hash, role, phone, "
                             "must_set_pin, created_at) VALUES (?, ?, ?, ?, ?, 1, ?)"));
    q.addBindValue(m.staffId);
    q.addBindValue(m.name.trimmed());
    q.addBindValue(pinHash);
    q.addBindValue(StaffRoleText::key(m.role));
    q.addBindValue(m.phone.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                     : QVariant(sealPhone(m.phone, m.staffId)));
    q.addBindValue(isoUtc(at));
    if (!q.exec())
        return Database::storageError(q.lastError(), tr("adding the operator"));
    StaffMember added;
    added.id = q.lastInsertId().toLongLong();
    added.staffId = m.staffId;
    added.name = m.name.trimmed();
    added.role = m.role;
    added.phone = m.phone;
    added.mustSetOwnPin = true;
    return added;
}

Result<IssuedPin> StaffService::add(const NewStaffMember &m, const OperatorRef &by) {
    if (Status v = validateMember(m); !v.ok())
        return v.error();
    const Result<QList<PreparedPin>> pins = preparePins(1);
    if (!pins)
        return pins.error();
    return add(m, by, pins->first());
}

Result<IssuedPin> StaffService::add(const NewStaffMember &m, const OperatorRef &by,
                                    const PreparedPin &pin) {
    if (Status v = validateMember(m); !v.ok())
        return v.error();
    const QDateTime now = m_clock();
    const QSqlDatabase db = m_db.connection();
    Result<IssuedPin> issued =
        inTransaction(db, tr("adding the operator"), [&]() -> Result<IssuedPin> {
            if (Status s = authorise(db, by, nullptr, m.role); !s.ok())
                return s.error();
            if (load(db, m.staffId))
                return operatorExists(m.staffId);
            const Result<StaffMember> added = writeMember(db, m, pin.hash, now);
            if (!added)
                return added.error();
            if (QSqlError e = journal(db, by, added.value(), change::added, now); e.isValid())
                return Database::storageError(e, tr("adding the operator"));
            return IssuedPin{added.value(), pin.pin};
        });
    if (issued)
        qCInfo(lcStaff) << "operator added as" << StaffRoleText::key(m.role);
    return issued;
}

Status StaffService::disable(const QString &staffId, const OperatorRef &by) {
    const QDateTime now = m_clock();
    const QSqlDatabase db = m_db.connection();
    return inTransaction(db, tr("disabling the operator"), [&]() -> Status {
        Result<StaffMember> target = loadForChange(db, staffId);
        if (!target)
            return target.error();
        if (Status s = authorise(db, by, &target.value(), std::nullopt); !s.ok())
            return s;
        if (target->id == by.id)
            return makeError(ErrorCode::NotPermitted,
                             tr("You cannot disable yourself; ask another site lead."));
        if (!target->active)
            return makeError(ErrorCode::InvalidInput, tr("%1 is disabled already.").arg(staffId));
        if (Status s = keepAnAdministrator(db, target.value()); !s.ok())
            return s;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE operators SET active = 0 WHERE id = ?"));
        q.addBindValue(target->id);
        if (!q.exec())
            return Database::storageError(q.lastError(), tr("disabling the operator"));
        target.value().active = false;
        if (QSqlError e = journal(db, by, target.value(), change::disabled, now); e.isValid())
            return Database::storageError(e, tr("disabling the operator"));
        return success();
    });
}

Status StaffService::enable(const QString &staffId, const OperatorRef &by) {
    const QDateTime now = m_clock();
    const QSqlDatabase db = m_db.connection();
    return inTransaction(db, tr("enabling the operator"), [&]() -> Status {
        Result<StaffMember> target = loadForChange(db, staffId);
        if (!target)
            return target.error();
        if (Status s = authorise(db, by, &target.value(), std::nullopt); !s.ok())
            return s;
        if (target->active)
            return makeError(ErrorCode::InvalidInput, tr("%1 is enabled already.").arg(staffId));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE operators SET active = 1 WHERE id = ?"));
        q.addBindValue(target->id);
        if (!q.exec())
            return Database::storageError(q.lastError(), tr("enabling the operator"));
        target.value().active = true;
        if (QSqlError e = journal(db, by, target.value(), change::enabled, now); e.isValid())
            return Database::storageError(e, tr("enabling the operator"));
        return success();
    });
}

Result<IssuedPin> StaffService::writeNewPin(const QString &staffId, const OperatorRef &by,
                                            const QString &what, bool bySitePassphrase,
                                            const PreparedPin &pin) {
    const QDateTime now = m_clock();
    const QSqlDatabase db = m_db.connection();
    return inTransaction(db, what, [&]() -> Result<IssuedPin> {
        Result<StaffMember> target = loadForChange(db, staffId);
        if (!target)
            return target.error();
        if (!bySitePassphrase) {
            if (Status s = authorise(db, by, &target.value(), std::nullopt); !s.ok())
                return s.error();
            if (target->id == by.id)
                return makeError(ErrorCode::NotPermitted,
                                 tr("Choose your own new PIN instead of resetting it."));
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE operators SET pin_hash = ?, must_set_pin = 1, "
                                 "failed_attempts = 0, locked_until = NULL WHERE id = ?"));
        q.addBindValue(pin.hash);
        q.addBindValue(target->id);
        if (!q.exec())
            return Database::storageError(q.lastError(), what);
        StaffMember &m = target.value();
        m.mustSetOwnPin = true;
        m.failedAttempts = 0;
        m.lockedUntil = QDateTime();
        const QJsonObject extra =
            bySitePassphrase
                ? QJsonObject{{QStringLiteral("authorised_by"), QStringLiteral("site_passphrase")}}
                : QJsonObject{};
        if (QSqlError e = journal(db, by, m, change::pinReset, now, extra); e.isValid())
            return Database::storageError(e, what);
        return IssuedPin{m, pin.pin};
    });
}

Result<IssuedPin> StaffService::resetPin(const QString &staffId, const OperatorRef &by) {
    const Result<QList<PreparedPin>> pins = preparePins(1);
    if (!pins)
        return pins.error();
    return resetPin(staffId, by, pins->first());
}

Result<IssuedPin> StaffService::resetPin(const QString &staffId, const OperatorRef &by,
                                         const PreparedPin &pin) {
    return writeNewPin(staffId, by, tr("resetting the PIN"), false, pin);
}

Result<IssuedPin> StaffService::resetPinWithSitePassphrase(const QString &staffId,
                                                           const QString &sitePassphrase) {
    // The proof: the passphrase unwraps this station's data key.
    if (const auto key = StationKeyring(m_db).unlock(sitePassphrase); !key.ok())
        return key.error();
    const Result<QList<PreparedPin>> pins = preparePins(1);
    if (!pins)
        return pins.error();
    const Result<IssuedPin> issued =
        writeNewPin(staffId, OperatorRef{}, tr("resetting the PIN"), true, pins->first());
    if (issued)
        qCInfo(lcStaff) << "PIN reset with the site passphrase";
    return issued;
}

Status StaffService::unlock(const QString &staffId, const OperatorRef &by) {
    const QDateTime now = m_clock();
    const QSqlDatabase db = m_db.connection();
    return inTransaction(db, tr("unlocking the operator"), [&]() -> Status {
        Result<StaffMember> target = loadForChange(db, staffId);
        if (!target)
            return target.error();
        if (Status s = authorise(db, by, &target.value(), std::nullopt); !s.ok())
            return s;
        if (!target->isLockedAt(now) && target->failedAttempts == 0)
            return makeError(ErrorCode::InvalidInput, tr("%1 is not locked.").arg(staffId));
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "UPDATE operators SET failed_attempts = 0, locked_until = NULL WHERE id = ?"));
        q.addBindValue(target->id);
        if (!q.exec())
            return Database::storageError(q.lastError(), tr("unlocking the operator"));
        StaffMember &m = target.value();
        const QJsonObject extra{{QStringLiteral("failed_attempts"), m.failedAttempts}};
        m.failedAttempts = 0;
        m.lockedUntil = QDateTime();
        if (QSqlError e = journal(db, by, m, change::unlocked, now, extra); e.isValid())
            return Database::storageError(e, tr("unlocking the operator"));
        return success();
    });
}

Status StaffService::setRole(const QString &staffId, StaffRole role, const OperatorRef &by) {
    const QDateTime now = m_clock();
    const QSqlDatabase db = m_db.connection();
    return inTransaction(db, tr("changing the role"), [&]() -> Status {
        Result<StaffMember> target = loadForChange(db, staffId);
        if (!target)
            return target.error();
        if (Status s = authorise(db, by, &target.value(), role); !s.ok())
            return s;
        if (target->id == by.id)
            return makeError(ErrorCode::NotPermitted,
                             tr("You cannot change your own role; ask another site lead."));
        if (target->role == role)
            return makeError(
                ErrorCode::InvalidInput,
                tr("%1 is a %2 already.").arg(staffId, StaffRoleText::displayName(role)));
        if (Status s = keepAnAdministrator(db, target.value()); !s.ok())
            return s;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE operators SET role = ? WHERE id = ?"));
        q.addBindValue(StaffRoleText::key(role));
        q.addBindValue(target->id);
        if (!q.exec())
            return Database::storageError(q.lastError(), tr("changing the role"));
        StaffMember &m = target.value();
        const QJsonObject extra{{QStringLiteral("previous_role"), StaffRoleText::key(m.role)}};
        m.role = role;
        if (QSqlError e = journal(db, by, m, change::roleSet, now, extra); e.isValid())
            return Database::storageError(e, tr("changing the role"));
        return success();
    });
}

Status StaffService::checkNewPin(const QString &currentPin, const QString &newPin) {
    if (Status v = StationStore::validatePin(newPin); !v.ok())
        return v;
    if (newPin == currentPin)
        return makeError(ErrorCode::InvalidInput,
                         tr("Choose a PIN different from the one you signed in with."));
    return success();
}

PreparedPinChange StaffService::preparePinChange(const PinChallenge &challenge,
                                                 const QString &currentPin, const QString &newPin) {
    PreparedPinChange change;
    change.challenge = challenge;
    change.currentPinCorrect = StationStore::verifyPin(challenge.pinHash, currentPin);
    if (change.currentPinCorrect)
        change.newHash = StationStore::hashPin(newPin);
    return change;
}

Result<OperatorRef> StaffService::setOwnPin(const QString &staffId, const QString &currentPin,
                                            const QString &newPin) {
    if (Status v = checkNewPin(currentPin, newPin); !v.ok())
        return v.error();
    const Result<PinChallenge> challenge = StationStore(m_db, m_clock).pinChallenge(staffId);
    if (!challenge)
        return challenge.error();
    return completePinChange(preparePinChange(challenge.value(), currentPin, newPin));
}

Result<OperatorRef> StaffService::completePinChange(const PreparedPinChange &prepared) {
    const PinChallenge &challenge = prepared.challenge;
    const QString &staffId = challenge.staffId;
    const bool correct = prepared.currentPinCorrect;
    const QString &newHash = prepared.newHash;
    if (correct && newHash.isEmpty())
        return makeError(ErrorCode::StorageFailure, tr("The PIN could not be protected."));
    StationStore store(m_db, m_clock);
    const QDateTime now = m_clock();
    const QSqlDatabase db = m_db.connection();
    DomainError refusal;
    const Status written = inTransaction(db, tr("setting the PIN"), [&]() -> Status {
        if (QSqlError e = store.recordPinOutcome(
                db, challenge, correct,
                {{QStringLiteral("purpose"), QStringLiteral("set_own_pin")}}, now, &refusal);
            e.isValid())
            return Database::storageError(e, tr("setting the PIN"));
        if (!correct)
            return success(); // the failure is counted and committed; refused below
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("UPDATE operators SET pin_hash = ?, must_set_pin = 0 WHERE id = ?"));
        q.addBindValue(newHash);
        q.addBindValue(challenge.operatorId);
        if (!q.exec())
            return Database::storageError(q.lastError(), tr("setting the PIN"));
        Result<StaffMember> self = loadForChange(db, staffId);
        if (!self)
            return self.error();
        if (QSqlError e =
                journal(db, self->ref(), self.value(), change::pinSet, now,
                        {{QStringLiteral("after_one_time_pin"), challenge.mustSetOwnPin}});
            e.isValid())
            return Database::storageError(e, tr("setting the PIN"));
        return success();
    });
    if (!written)
        return written.error();
    if (!correct)
        return refusal;
    OperatorRef op{challenge.operatorId, staffId, challenge.name, challenge.role, false};
    return op;
}

Result<StaffImport> StaffService::importCsv(const QByteArray &csv, const OperatorRef &by) {
    const Result<StaffImportPlan> plan = planImport(csv);
    if (!plan)
        return plan.error();
    const Result<QList<PreparedPin>> pins = preparePins(plan->newMembers);
    if (!pins)
        return pins.error();
    return importCsv(plan.value(), by, pins.value());
}

Result<StaffImportPlan> StaffService::planImport(const QByteArray &csv) const {
    const Result<QList<Csv::Record>> parsed = Csv::parse(csv);
    if (!parsed)
        return parsed.error();
    QList<Csv::Record> records = parsed.value();
    // Columns: from a header when the first line is one, else staff id, name, role, phone.
    QHash<Column, int> at{
        {Column::StaffId, 0}, {Column::Name, 1}, {Column::Role, 2}, {Column::Phone, 3}};
    if (!records.isEmpty()) {
        QHash<Column, int> header;
        const QStringList &first = records.first().fields;
        for (int i = 0; i < first.size(); ++i) {
            if (const auto column = headerColumn(first.at(i)))
                header.insert(*column, i);
        }
        if (header.contains(Column::StaffId) && header.contains(Column::Name)) {
            at = header;
            records.removeFirst();
        }
    }
    if (records.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The file lists nobody."));
    StaffImportPlan plan;
    QList<StaffListRow> &rows = plan.rows;
    QSet<QString> seen;
    for (const Csv::Record &r : std::as_const(records)) {
        const auto field = [&](Column c) {
            const int i = at.value(c, -1);
            return i >= 0 ? r.fields.value(i).trimmed() : QString();
        };
        StaffListRow row;
        row.line = r.line;
        row.member.staffId = field(Column::StaffId);
        row.member.name = field(Column::Name);
        row.member.phone = field(Column::Phone);
        const QString roleText = field(Column::Role);
        const std::optional<StaffRole> role = roleText.isEmpty()
                                                  ? std::optional<StaffRole>(StaffRole::Sampler)
                                                  : StaffRoleText::fromName(roleText);
        if (!role)
            return lineError(r.line, tr("unknown role \"%1\" (sampler, site lead or "
                                        "administrator; 采样员, 采样点负责人 or 设备管理员).")
                                         .arg(roleText));
        row.member.role = *role;
        if (Status v = validateMember(row.member); !v.ok())
            return lineError(r.line, v.message());
        if (seen.contains(row.member.staffId))
            return lineError(r.line, tr("staff ID %1 is listed twice.").arg(row.member.staffId));
        seen.insert(row.member.staffId);
        rows.append(row);
    }

    for (const StaffListRow &row : std::as_const(rows)) {
        if (!member(row.member.staffId))
            ++plan.newMembers;
    }
    return plan;
}

Result<StaffImport> StaffService::importCsv(const StaffImportPlan &plan, const OperatorRef &by,
                                            const QList<PreparedPin> &pins) {
    const QList<StaffListRow> &rows = plan.rows;
    const QDateTime now = m_clock();
    const QSqlDatabase db = m_db.connection();
    Result<StaffImport> imported =
        inTransaction(db, tr("importing the staff list"), [&]() -> Result<StaffImport> {
            if (Status s = Permissions::require(db, by.id, StaffAction::ManageStaff); !s.ok())
                return s.error();
            StaffImport done;
            int nextPin = 0;
            for (const StaffListRow &row : std::as_const(rows)) {
                const NewStaffMember &m = row.member;
                const std::optional<StaffMember> known = load(db, m.staffId);
                // Listed as they are already (an exported list imported again): nothing to
                // change, so nothing to authorise either.
                if (known && known->name == m.name.trimmed() && known->role == m.role &&
                    known->phone == m.phone)
                    continue;
                const StaffMember *target = known ? &*known : nullptr;
                if (Status s = authorise(db, by, target, m.role); !s.ok())
                    return lineError(row.line, s.message());
                if (!known) {
                    if (nextPin >= pins.size()) // someone left since planImport()
                        return lineError(row.line, tr("staff ID %1 was removed meanwhile; import "
                                                      "the file again.")
                                                       .arg(m.staffId));
                    const PreparedPin &pin = pins.at(nextPin++);
                    const Result<StaffMember> added = writeMember(db, m, pin.hash, now);
                    if (!added)
                        return added.error();
                    if (QSqlError e = journal(db, by, added.value(), change::added, now);
                        e.isValid())
                        return Database::storageError(e, tr("importing the staff list"));
                    done.added.append({added.value(), pin.pin});
                    continue;
                }
                if (known->role != m.role) {
                    if (known->id == by.id)
                        return lineError(row.line, tr("you cannot change your own role."));
                    if (Status s = keepAnAdministrator(db, *known); !s.ok())
                        return lineError(row.line, s.message());
                }
                QSqlQuery q(db);
                q.prepare(QStringLiteral("UPDATE operators SET name = ?, role = ?, phone = ? "
                                         "WHERE id = ?"));
                q.addBindValue(m.name.trimmed());
                q.addBindValue(StaffRoleText::key(m.role));
                q.addBindValue(m.phone.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                                 : QVariant(sealPhone(m.phone, m.staffId)));
                q.addBindValue(known->id);
                if (!q.exec())
                    return Database::storageError(q.lastError(), tr("importing the staff list"));
                StaffMember changed = *known;
                changed.name = m.name.trimmed();
                changed.role = m.role;
                changed.phone = m.phone;
                if (QSqlError e = journal(
                        db, by, changed, change::updated, now,
                        {{QStringLiteral("previous_role"), StaffRoleText::key(known->role)}});
                    e.isValid())
                    return Database::storageError(e, tr("importing the staff list"));
                done.updated.append(m.staffId);
            }
            return done;
        });
    if (imported)
        qCInfo(lcStaff) << "staff list imported:" << imported->added.size() << "added,"
                        << imported->updated.size() << "updated";
    return imported;
}

Result<QByteArray> StaffService::exportCsv(const OperatorRef &by) const {
    // Phone numbers are personal data: only those who manage the staff take them away.
    if (Status s = Permissions::require(m_db.connection(), by.id, StaffAction::ManageStaff);
        !s.ok())
        return s.error();
    QByteArray out = Csv::byteOrderMark();
    out += Csv::line({QStringLiteral("staff_id"), QStringLiteral("name"), QStringLiteral("role"),
                      QStringLiteral("phone")});
    for (const StaffMember &m : list()) {
        if (m.active)
            out += Csv::line({m.staffId, m.name, StaffRoleText::key(m.role), m.phone});
    }
    return out;
}

} // namespace station
