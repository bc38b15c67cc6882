// SPDX-License-Identifier: GPL-3.0-or-later
// SamplingService's one transaction skeleton, shared by the files that implement its
// mutations; not part of the service's interface.
#pragma once
#include "core/sampling/SamplingService.h"
#include "core/staff/Permissions.h"
#include "core/storage/Database.h"
#include "core/storage/Journal.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace station {

// The connection inside one mutation's open transaction, and the translations of its
// failures into errors that name the operation (`what`).
class SamplingService::Mutation {
public:
    Mutation(const SamplingService &service, QString what)
        : db(service.m_db.connection())
        , m_service(service)
        , m_what(std::move(what)) {}

    // A statement failed: disk full, busy, damaged (Database::storageError).
    DomainError failed(const QSqlError &error) const;
    // A statement that the schema's guards may refuse (triggers, unique indexes): the
    // domain error the guard means, otherwise as failed() (sqlFailure).
    DomainError refused(const QSqlError &error) const;
    // The operation's outbox record and its audit row by the signed-in operator
    // (appendJournal); a failure is mapped as failed().
    Status journal(const OutboxRecord &record, const QString &auditSubject,
                   const QJsonObject &auditDetail, const QDateTime &at) const;

    // Whether the signed-in operator may do `action` (Permissions::require).
    Status require(StaffAction action) const;

    const QSqlDatabase db;

private:
    const SamplingService &m_service;
    const QString m_what;
};

template <typename Work> auto SamplingService::mutate(const QString &what, Work &&work) {
    Mutation m(*this, what);
    auto result = inTransaction(m.db, what, [&]() -> decltype(work(m)) {
        // Every mutation is sampling work; read in the transaction, so that a role changed or
        // an operator disabled since sign-in counts.
        if (Status allowed = m.require(StaffAction::RecordSample); !allowed.ok())
            return allowed.error();
        return work(m);
    });
    if (result.ok())
        Q_EMIT changed();
    return result;
}

} // namespace station
