// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/Clock.h"
#include "core/domain/DomainError.h"
#include "core/domain/StationIdentity.h"
#include "core/security/StationKeyring.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace station {

class Database;

// What checking an operator's PIN needs from the database, read before the slow Argon2id
// verification so that the verification can run on a worker thread without a connection.
struct PinChallenge {
    qint64 operatorId = 0;
    QString staffId;
    QString name;
    QString pinHash;
    StaffRole role = StaffRole::Sampler;
    bool mustSetOwnPin = false; // the PIN is a one-time PIN the site lead gave
};

struct NewOperator {
    QString staffId;
    QString name;
    QString pin; // 6-12 digits, not trivial (validatePin())
    StaffRole role = StaffRole::Sampler;
};

// Provisioning (site, table, patterns) and the operators who may sign in.
class StationStore {
    Q_DECLARE_TR_FUNCTIONS(station::StationStore)

public:
    explicit StationStore(Database &db, Clock clock = systemClock());

    bool isProvisioned() const;
    std::optional<StationIdentity> identity() const;

    // Validates, then writes the station, its first operator and its data key (wrapped under
    // the site passphrase) in one transaction: after a crash or a failed write the station is
    // either wholly provisioned or not at all, and provisioning can run again. A station is
    // provisioned once; a second call is refused. Runs Argon2id twice on the calling thread.
    // The first operator is the station's administrator (who may do all a site lead may
    // too), whatever `firstOperator.role` says: someone must be able to add the staff.
    Status provision(const StationIdentity &identity, const NewOperator &firstOperator,
                     const QString &sitePassphrase,
                     PassphraseCost cost = PassphraseCost::station());
    // The same with the slow parts done already, possibly on a worker thread: the PIN hashed
    // with hashPin() and the data key from StationKeyring::wrapNewDataKey().
    Status provision(const StationIdentity &identity, const NewOperator &firstOperator,
                     const QString &pinHash, const WrappedDataKey &dataKey);
    Status updateIdentity(const StationIdentity &identity, const OperatorRef &by);

    // Adds an operator with the PIN given (no one-time PIN, no outbox record): for tests and
    // benchmarks that need a second operator. The staff's own path is StaffService::add().
    // `by` must be allowed to manage staff (and administrators, for one).
    Result<OperatorRef> addOperator(const NewOperator &op, const OperatorRef &by);
    // Checks the PIN. After 5 wrong PINs the operator is locked for a delay that doubles
    // with each further failure. Runs Argon2id on the calling thread; the UI uses the
    // three steps below instead.
    Result<OperatorRef> signIn(const QString &staffId, const QString &pin);

    // Sign-in in three steps, so that the verification (about 0.1-0.5 s of Argon2id) can
    // run off the GUI thread: pinChallenge() refuses unknown and locked operators,
    // verifyPin(challenge.pinHash, pin) runs anywhere, completeSignIn() records the outcome.
    // A disabled operator is refused (OperatorDisabled). An operator who signed in with a
    // one-time PIN comes back with OperatorRef::mustSetOwnPin: the view then asks for a new
    // PIN at once and calls StaffService::setOwnPin(); until then core refuses all they try
    // (PinChangeRequired).
    Result<PinChallenge> pinChallenge(const QString &staffId) const;
    Result<OperatorRef> completeSignIn(const PinChallenge &challenge, bool pinCorrect);

    // For callers that check a PIN inside their own transaction (a re-entered PIN that
    // authorises an action): resets the failure count or counts one more failure and
    // locks the operator at the limit; writes the audit row of a wrong PIN with `detail`.
    // On a wrong PIN, `refusal` receives the message to show.
    QSqlError recordPinOutcome(const QSqlDatabase &db, const PinChallenge &challenge,
                               bool pinCorrect, const QJsonObject &wrongPinDetail,
                               const QDateTime &at, DomainError *refusal) const;
    QList<OperatorRef> operators() const;
    QDateTime now() const { return m_clock(); }

    static Status validateIdentity(const StationIdentity &identity);
    static Status validateOperator(const NewOperator &op);
    // 6-12 digits, and not one anyone would try first: all the same digit, or a run up or
    // down (123456, 654321, 901234).
    static Status validatePin(const QString &pin);
    static QString hashPin(const QString &pin);
    static bool verifyPin(const QString &hash, const QString &pin);

private:
    static DomainError alreadyProvisioned();

    Database &m_db;
    Clock m_clock;
};

} // namespace station
