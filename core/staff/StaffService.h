// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/Clock.h"
#include "core/domain/DomainError.h"
#include "core/domain/StationIdentity.h"
#include "core/staff/StaffRole.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace station {

class Database;
class PersonalDataCodec;

// A member of staff as the site lead's list shows them.
struct StaffMember {
    qint64 id = 0;
    QString staffId;
    QString name;
    StaffRole role = StaffRole::Sampler;
    QString phone; // empty when none was given
    bool active = true;
    bool mustSetOwnPin = false; // holds a one-time PIN not yet replaced
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid when never locked

    bool isLockedAt(const QDateTime &now) const {
        return lockedUntil.isValid() && now < lockedUntil;
    }
    OperatorRef ref() const { return {id, staffId, name, role, mustSetOwnPin}; }
};

struct NewStaffMember {
    QString staffId; // 1-32 letters, digits, '-' or '_'
    QString name;
    StaffRole role = StaffRole::Sampler;
    QString phone; // optional: digits, spaces, '+', '-', up to 20
};

// A PIN the site lead hands over: shown once, never stored in clear. Its holder must choose
// their own at the next sign-in.
struct IssuedPin {
    StaffMember member;
    QString oneTimePin;
};

// What an import did: the people added (each with a one-time PIN to hand over) and the
// staff ids whose name, role or phone changed.
struct StaffImport {
    QList<IssuedPin> added;
    QStringList updated;
};

// The staff of a station: who may sign in, with which role (Permissions). Only an operator
// whose role may ManageStaff changes anyone, and only one who may ManageAdministrators
// touches an administrator or makes one (so a lead can neither make an administrator nor
// take one's PIN). Nobody disables, demotes or resets themselves here, and the station
// always keeps an active administrator.
//
// Each change is one SQLite transaction that writes the operator row, the audit row (who did
// it) and an operator.changed record for the province (never a PIN or a phone number).
// Methods that hash or check a PIN run Argon2id (about 0.1-0.5 s each) on the calling
// thread: a window calls them off the GUI thread.
//
// First sign-in with a one-time PIN, for a view: StationStore's sign-in returns the
// OperatorRef with mustSetOwnPin; the view asks for a new PIN (twice) and calls setOwnPin()
// with the one-time PIN just typed; until then Permissions::require() refuses everything the
// operator tries (PinChangeRequired).
class StaffService {
    Q_DECLARE_TR_FUNCTIONS(station::StaffService)

public:
    StaffService(Database &db, const PersonalDataCodec &codec, StationIdentity identity,
                 Clock clock = systemClock());

    // Everyone, disabled included, by staff id.
    QList<StaffMember> list() const;
    std::optional<StaffMember> member(const QString &staffId) const;

    // Adds a member of staff with a one-time PIN.
    Result<IssuedPin> add(const NewStaffMember &member, const OperatorRef &by);
    // A disabled operator cannot sign in; their records keep naming them.
    Status disable(const QString &staffId, const OperatorRef &by);
    Status enable(const QString &staffId, const OperatorRef &by);
    // A new one-time PIN (forgotten PIN); also clears a lock-out.
    Result<IssuedPin> resetPin(const QString &staffId, const OperatorRef &by);
    // The same at night with no lead: whoever holds the site passphrase is the station's
    // administrator. Checks the passphrase against the station's key (Argon2id); the audit
    // row names no operator and says the passphrase authorised it.
    Result<IssuedPin> resetPinWithSitePassphrase(const QString &staffId,
                                                 const QString &sitePassphrase);
    // Clears a lock-out after too many wrong PINs; refused when not locked.
    Status unlock(const QString &staffId, const OperatorRef &by);
    Status setRole(const QString &staffId, StaffRole role, const OperatorRef &by);
    // The operator replaces their PIN (the one-time PIN at first sign-in, or their own):
    // checks `currentPin` as sign-in does (a wrong one counts towards the lock-out), then
    // stores `newPin` (validatePin(), and not the same). Returns the operator, now free to work.
    Result<OperatorRef> setOwnPin(const QString &staffId, const QString &currentPin,
                                  const QString &newPin);

    // A staff list (CSV: staff id, name, role, phone; Csv::parse) added in one transaction:
    // new staff ids are added with one-time PINs, known ones get the file's name, role and
    // phone. The first line may be a header (English or Chinese column names, any order);
    // without one the columns are in that order. A bad row is refused with its line number
    // and nothing of the file is imported.
    Result<StaffImport> importCsv(const QByteArray &csv, const OperatorRef &by);
    // The active staff in the same format (UTF-8 with a byte-order mark, for spreadsheets).
    Result<QByteArray> exportCsv(const OperatorRef &by) const;

    static Status validateMember(const NewStaffMember &member);
    // Eight random digits that pass StationStore::validatePin().
    static QString newOneTimePin();

private:
    struct Row; // one validated row of an import
    std::optional<StaffMember> load(const QSqlDatabase &db, const QString &staffId) const;
    Result<StaffMember> loadForChange(const QSqlDatabase &db, const QString &staffId) const;
    // Whether `by` may change `target` (nullptr: a new member) to `newRole`.
    Status authorise(const QSqlDatabase &db, const OperatorRef &by, const StaffMember *target,
                     std::optional<StaffRole> newRole) const;
    // Refuses when `target` is the last active administrator and would stop being one.
    Status keepAnAdministrator(const QSqlDatabase &db, const StaffMember &target) const;
    // The operator.changed record and its audit row, in the caller's transaction.
    QSqlError journal(const QSqlDatabase &db, const OperatorRef &by, const StaffMember &member,
                      const QString &change, const QDateTime &at,
                      const QJsonObject &extra = {}) const;
    QByteArray sealPhone(const QString &phone, const QString &staffId) const;
    Result<IssuedPin> writeNewPin(const QString &staffId, const OperatorRef &by,
                                  const QString &what, bool bySitePassphrase);
    Result<StaffMember> writeMember(const QSqlDatabase &db, const NewStaffMember &member,
                                    const QString &pinHash, const QDateTime &at) const;

    Database &m_db;
    const PersonalDataCodec &m_codec;
    StationIdentity m_identity;
    Clock m_clock;
};

} // namespace station
