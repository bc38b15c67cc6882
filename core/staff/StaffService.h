// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/Clock.h"
#include "core/domain/DomainError.h"
#include "core/domain/StationIdentity.h"
#include "core/staff/StaffRole.h"
#include "core/storage/StationStore.h"

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

    // Which of the fields a refusal is about (for a form to put the cursor there).
    enum class Field { None, StaffId, Name, Role, Phone };
};

// A PIN the site lead hands over: shown once, never stored in clear. Its holder must choose
// their own at the next sign-in.
struct IssuedPin {
    StaffMember member;
    QString oneTimePin;
};

// A one-time PIN and its Argon2id hash, made by StaffService::preparePins() on any thread.
struct PreparedPin {
    QString pin;
    QString hash;
};

// One row of a staff list, with its line in the file.
struct StaffListRow {
    int line = 0;
    NewStaffMember member;
};

// A staff list read and checked, not yet imported: its rows, and how many of them are new
// here (each needs a one-time PIN).
struct StaffImportPlan {
    QList<StaffListRow> rows;
    int newMembers = 0;
};

// A change of one's own PIN after the Argon2id work (StaffService::preparePinChange()).
struct PreparedPinChange {
    PinChallenge challenge;
    bool currentPinCorrect = false;
    QString newHash; // empty unless the current PIN was correct
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
// thread. A window does that work apart, off its GUI thread, and writes on its own thread
// (the database connection is per thread): preparePins() then add(), resetPin() or
// importCsv() with the prepared PINs; preparePinChange() then completePinChange().
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

    // One-time PINs with their hashes: Argon2id, no database, any thread.
    static Result<QList<PreparedPin>> preparePins(int count);

    // Adds a member of staff with a one-time PIN.
    Result<IssuedPin> add(const NewStaffMember &member, const OperatorRef &by);
    Result<IssuedPin> add(const NewStaffMember &member, const OperatorRef &by,
                          const PreparedPin &pin);
    // A disabled operator cannot sign in; their records keep naming them.
    Status disable(const QString &staffId, const OperatorRef &by);
    Status enable(const QString &staffId, const OperatorRef &by);
    // A new one-time PIN (forgotten PIN); also clears a lock-out.
    Result<IssuedPin> resetPin(const QString &staffId, const OperatorRef &by);
    Result<IssuedPin> resetPin(const QString &staffId, const OperatorRef &by,
                               const PreparedPin &pin);
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
    // setOwnPin() in steps: the checks (validatePin(), not the same PIN), the Argon2id work on
    // any thread (the challenge comes from StationStore::pinChallenge()), then the write.
    static Status checkNewPin(const QString &currentPin, const QString &newPin);
    static PreparedPinChange preparePinChange(const PinChallenge &challenge,
                                              const QString &currentPin, const QString &newPin);
    Result<OperatorRef> completePinChange(const PreparedPinChange &change);

    // A staff list (CSV: staff id, name, role, phone; Csv::parse) added in one transaction:
    // new staff ids are added with one-time PINs, known ones get the file's name, role and
    // phone. The first line may be a header (English or Chinese column names, any order);
    // without one the columns are in that order. A bad row is refused with its line number
    // and nothing of the file is imported.
    Result<StaffImport> importCsv(const QByteArray &csv, const OperatorRef &by);
    // importCsv() in steps: read and check the file (nothing written), then import it with
    // one prepared PIN per new member (refused if someone was added meanwhile).
    Result<StaffImportPlan> planImport(const QByteArray &csv) const;
    Result<StaffImport> importCsv(const StaffImportPlan &plan, const OperatorRef &by,
                                  const QList<PreparedPin> &pins);
    // The active staff in the same format (UTF-8 with a byte-order mark, for spreadsheets).
    Result<QByteArray> exportCsv(const OperatorRef &by) const;

    static Status validateMember(const NewStaffMember &member,
                                 NewStaffMember::Field *field = nullptr);
    // Whether add() would take `member` from `by` now (its fields, a staff ID not in use, a
    // role `by` may give), before the PIN is prepared: a form stays open on a refusal
    // instead of losing what was typed. add() checks again.
    Status checkNew(const NewStaffMember &member, const OperatorRef &by,
                    NewStaffMember::Field *field = nullptr) const;
    // Eight random digits that pass StationStore::validatePin().
    static QString newOneTimePin();

private:
    static DomainError lineError(int line, const QString &why);
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
                                  const QString &what, bool bySitePassphrase,
                                  const PreparedPin &pin);
    Result<StaffMember> writeMember(const QSqlDatabase &db, const NewStaffMember &member,
                                    const QString &pinHash, const QDateTime &at) const;

    Database &m_db;
    const PersonalDataCodec &m_codec;
    StationIdentity m_identity;
    Clock m_clock;
};

} // namespace station
