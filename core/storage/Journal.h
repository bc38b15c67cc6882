// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "protocol/RecordKinds.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <optional>

namespace station {

// The two rows every mutation writes inside its own transaction: the outbox record the
// province receives, and the audit row that says who did what.

struct OutboxRecord {
    OutboxRecord() = default;
    // The station's records name their kind by the protocol's enum, so that a typo cannot
    // make a kind the server does not know.
    OutboxRecord(QString recordUuid, protocol::RecordKind recordKind, QJsonObject recordContent)
        : uuid(std::move(recordUuid))
        , kind(protocol::recordKindName(recordKind))
        , content(std::move(recordContent)) {}
    // A kind by its name, as stored (tests write names the protocol does not know).
    OutboxRecord(QString recordUuid, QString kindName, QJsonObject recordContent)
        : uuid(std::move(recordUuid))
        , kind(std::move(kindName))
        , content(std::move(recordContent)) {}

    QString uuid; // client-generated, never reused
    QString kind; // sample.taken, tube.sealed, ... (protocol/RecordKinds.h)
    QJsonObject content;
};

class PersonalDataCodec;

// Appends an outbox record: content is frozen as compact JSON, hashed (SHA-256 of those
// bytes, the hash the server checks) and stored through the codec, since it carries
// personal data.
QSqlError appendOutbox(const QSqlDatabase &db, const PersonalDataCodec &codec,
                       const OutboxRecord &record, const QDateTime &at);

// The exact JSON bytes of a stored outbox payload, as hashed at creation; nullopt when
// the payload cannot be opened (wrong key, damaged) or was purged after acknowledgement.
std::optional<QByteArray> outboxPayloadBytes(const PersonalDataCodec &codec,
                                             const QByteArray &storedPayload, const QString &uuid);

// Appends a hash-chained audit row, signed (column mac) when the connection has an audit
// signer (Database::setAuditSigner). `detail` must not carry personal data.
QSqlError appendAudit(const QSqlDatabase &db, qint64 operatorId, const QString &action,
                      const QString &subject, const QJsonObject &detail, const QDateTime &at);

// The outbox record and its audit row (action = the record's kind) that every mutation of
// local data writes, in the caller's transaction, so no call site can write one without
// the other. `auditDetail` must not carry personal data.
QSqlError appendJournal(const QSqlDatabase &db, const PersonalDataCodec &codec, qint64 operatorId,
                        const OutboxRecord &record, const QString &auditSubject,
                        const QJsonObject &auditDetail, const QDateTime &at);

// Hash of an audit row given the previous row's hash.
QString auditRowHash(const QString &prevHash, const QString &at, qint64 operatorId,
                     const QString &action, const QString &subject, const QString &detail);

// MAC of an audit row given the previous row's MAC (empty for the first signed row) and the
// row's hash; empty when `signer` holds no key.
QString auditRowMac(const PersonalDataCodec &signer, const QString &prevMac,
                    const QString &rowHash);

// A record's uuid: time-ordered (version 7, protocol/TimeOrderedUuid.h), so that the
// province's indexes of record and sample uuids grow at their end. Servers take any
// canonical uuid (stations before session 33 sent random version 4 ones).
QString newRecordUuid();

} // namespace station
