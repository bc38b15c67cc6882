// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/AnchorAcknowledgement.h"

#include "core/Logging.h"
#include "core/domain/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/Journal.h"
#include "core/sync/AuditAnchor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace station {

namespace {

struct AnchorAcknowledgementText {
    Q_DECLARE_TR_FUNCTIONS(AnchorAcknowledgement)
};

} // namespace

QString anchorAcknowledgementKind() {
    return protocol::recordKindName(protocol::RecordKind::AuditAnchorAcknowledged);
}

Result<AnchorAcknowledgement>
acknowledgeAnchorMismatch(Database &db, const PersonalDataCodec &codec,
                          const StationIdentity &station, const OperatorRef &by,
                          const QString &reason, const QDateTime &at) {
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return makeError(ErrorCode::ReasonRequired,
                         AnchorAcknowledgementText::tr("Say why the mismatch is acknowledged: the "
                                                       "reason is recorded in the audit log."));
    if (!by.isValid())
        return makeError(ErrorCode::NoOperator,
                         AnchorAcknowledgementText::tr("An operator must acknowledge the "
                                                       "mismatch."));
    const QString what = AnchorAcknowledgementText::tr("acknowledging the audit anchor mismatch");
    const QSqlDatabase connection = db.connection();
    return inTransaction(connection, what, [&]() -> Result<AnchorAcknowledgement> {
        QSqlError error;
        const std::optional<protocol::AuditHead> anchor = savedAuditAnchor(connection, &error);
        if (error.isValid())
            return Database::storageError(error, what);
        const bool holds = anchor && auditLogHolds(connection, *anchor, &error);
        if (error.isValid())
            return Database::storageError(error, what);
        if (!anchor || holds)
            return makeError(ErrorCode::InvalidInput,
                             AnchorAcknowledgementText::tr(
                                 "The audit log still holds the head the province's server "
                                 "confirmed: there is no mismatch to acknowledge."));
        const std::optional<protocol::AuditHead> head = currentAuditHead(connection, &error);
        if (error.isValid())
            return Database::storageError(error, what);

        AnchorAcknowledgement done;
        done.at = at;
        done.staffId = by.staffId;
        done.operatorName = by.name;
        done.reason = why;
        done.anchor = *anchor;
        done.head = head.value_or(protocol::AuditHead{});
        const QJsonObject detail{{QStringLiteral("anchor_seq"), done.anchor.seq},
                                 {QStringLiteral("anchor_mac"), done.anchor.mac},
                                 {QStringLiteral("head_seq"), done.head.seq},
                                 {QStringLiteral("head_mac"), done.head.mac},
                                 {QStringLiteral("reason"), why}};
        QJsonObject content = detail;
        content.insert(QStringLiteral("site"), station.siteCode);
        content.insert(QStringLiteral("district"), station.district);
        content.insert(QStringLiteral("station"), station.deviceId);
        content.insert(QStringLiteral("table"), station.tableNumber);
        content.insert(QStringLiteral("operator"), by.staffId);
        content.insert(QStringLiteral("at"), isoUtc(at));
        error =
            appendJournal(connection, codec, by.id,
                          {newRecordUuid(), protocol::RecordKind::AuditAnchorAcknowledged, content},
                          QStringLiteral("audit_anchor"), detail, at);
        if (error.isValid())
            return Database::storageError(error, what);
        // Re-anchored at the acknowledgement itself: from here on the log must hold it.
        const std::optional<protocol::AuditHead> row = currentAuditHead(connection, &error);
        if (error.isValid() || !row)
            return Database::storageError(error, what);
        if (error = saveAuditAnchor(connection, *row, at); error.isValid())
            return Database::storageError(error, what);
        done.auditRow = row->seq;
        qCWarning(lcSync) << "audit anchor mismatch at row" << done.anchor.seq
                          << "acknowledged by operator" << by.id << "; re-anchored at row"
                          << row->seq;
        return done;
    });
}

QList<AnchorAcknowledgement> anchorAcknowledgements(const QSqlDatabase &db, QSqlError *error) {
    QList<AnchorAcknowledgement> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT a.id, a.at, o.staff_id, o.name, a.detail FROM audit_log a "
                             "LEFT JOIN operators o ON o.id = a.operator_id WHERE a.action = ? "
                             "ORDER BY a.id"));
    q.addBindValue(anchorAcknowledgementKind());
    if (!q.exec()) {
        *error = q.lastError();
        return out;
    }
    while (q.next()) {
        const QJsonObject detail = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        AnchorAcknowledgement a;
        a.auditRow = q.value(0).toLongLong();
        a.at = fromIsoUtc(q.value(1).toString());
        a.staffId = q.value(2).toString();
        a.operatorName = q.value(3).toString();
        a.reason = detail.value(QStringLiteral("reason")).toString();
        a.anchor = {detail.value(QStringLiteral("anchor_seq")).toInteger(),
                    detail.value(QStringLiteral("anchor_mac")).toString()};
        a.head = {detail.value(QStringLiteral("head_seq")).toInteger(),
                  detail.value(QStringLiteral("head_mac")).toString()};
        out.append(a);
    }
    return out;
}

bool anchorAcknowledged(const QList<AnchorAcknowledgement> &acknowledgements,
                        const protocol::AuditHead &head) {
    return std::any_of(acknowledgements.cbegin(), acknowledgements.cend(),
                       [&head](const AnchorAcknowledgement &a) { return a.anchor == head; });
}

} // namespace station
