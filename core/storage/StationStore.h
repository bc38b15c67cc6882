// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/Clock.h"
#include "core/domain/DomainError.h"
#include "core/domain/StationIdentity.h"

#include <optional>

namespace station {

class Database;

struct NewOperator {
    QString staffId;
    QString name;
    QString pin; // 4-12 digits
};

// Provisioning (site, table, patterns) and the operators who may sign in.
class StationStore {
public:
    explicit StationStore(Database &db, Clock clock = systemClock());

    bool isProvisioned() const;
    std::optional<StationIdentity> identity() const;

    // Validates and writes the station and its first operator in one transaction.
    // A station is provisioned once; a second call is refused.
    Status provision(const StationIdentity &identity, const NewOperator &firstOperator);
    Status updateIdentity(const StationIdentity &identity, const OperatorRef &by);

    Result<OperatorRef> addOperator(const NewOperator &op, const OperatorRef &by);
    // Checks the PIN. After 5 wrong PINs the operator is locked for a delay that doubles
    // with each further failure.
    Result<OperatorRef> signIn(const QString &staffId, const QString &pin);
    QList<OperatorRef> operators() const;

    static Status validateIdentity(const StationIdentity &identity);
    static Status validateOperator(const NewOperator &op);
    static QString hashPin(const QString &pin);
    static bool verifyPin(const QString &hash, const QString &pin);

private:
    Database &m_db;
    Clock m_clock;
};

} // namespace station
