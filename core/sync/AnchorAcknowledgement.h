// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/DomainError.h"
#include "core/domain/StationIdentity.h"
#include "protocol/BatchRequest.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace station {

class Database;
class PersonalDataCodec;

// Clearing an audit-anchor mismatch once someone has looked at it (docs/data-protection.md,
// "Acknowledging an anchor mismatch"): an operator says why, and one transaction writes the
// `audit.anchor_acknowledged` audit row (signed) and outbox record (so the province sees it
// too), and re-anchors the log at that row. `check` then names the earlier mismatch as
// acknowledged, and sync no longer reports the anchored head it names.
struct AnchorAcknowledgement {
    qint64 auditRow = 0; // the acknowledgement's own audit row, where the log is re-anchored
    QDateTime at;
    QString staffId; // who acknowledged
    QString operatorName;
    QString reason;
    protocol::AuditHead anchor; // the anchored head the log no longer held
    protocol::AuditHead head;   // the log's head just before the acknowledgement
};

// The audit action and record kind of an acknowledgement.
QString anchorAcknowledgementKind();

// Acknowledges the mismatch between the saved anchor and the log, in the name of `by`, with
// `reason` (required). Refused when there is no mismatch to acknowledge. The codec signs the
// audit row and seals the outbox record.
Result<AnchorAcknowledgement> acknowledgeAnchorMismatch(Database &db,
                                                        const PersonalDataCodec &codec,
                                                        const StationIdentity &station,
                                                        const OperatorRef &by,
                                                        const QString &reason, const QDateTime &at);

// Every acknowledgement in the audit log, oldest first.
QList<AnchorAcknowledgement> anchorAcknowledgements(const QSqlDatabase &db, QSqlError *error);

// Whether `head` is an anchor some acknowledgement cleared.
bool anchorAcknowledged(const QList<AnchorAcknowledgement> &acknowledgements,
                        const protocol::AuditHead &head);

} // namespace station
