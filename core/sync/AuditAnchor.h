// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "protocol/BatchRequest.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace station {

// The station's side of the anchored audit log (docs/sync-protocol.md, section 3): the head
// sent with each batch, the check that the log still holds the head the server answers
// with, and the head the server confirmed, kept for `check`.

// The head of the audit log: the last row and its MAC (its hash when unsigned); nullopt
// when the log is empty.
std::optional<protocol::AuditHead> currentAuditHead(const QSqlDatabase &db, QSqlError *error);

// Whether the log still has row `head.seq` with that MAC.
bool auditLogHolds(const QSqlDatabase &db, const protocol::AuditHead &head, QSqlError *error);

// The head the server last confirmed holding; nullopt before the first confirmation.
std::optional<protocol::AuditHead> savedAuditAnchor(const QSqlDatabase &db, QSqlError *error);

// Keeps `head` as the one the server confirmed holding.
QSqlError saveAuditAnchor(const QSqlDatabase &db, const protocol::AuditHead &head,
                          const QDateTime &at);

} // namespace station
