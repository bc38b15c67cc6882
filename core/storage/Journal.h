// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace station {

// The two rows every mutation writes inside its own transaction: the outbox record the
// province receives, and the audit row that says who did what.

struct OutboxRecord {
    QString uuid; // client-generated, never reused
    QString kind; // sample.taken, tube.sealed, ...
    QJsonObject content;
};

// Appends an outbox record; content is frozen as compact JSON with its SHA-256.
QSqlError appendOutbox(const QSqlDatabase &db, const OutboxRecord &record, const QDateTime &at);

// Appends a hash-chained audit row. `detail` must not carry personal data.
QSqlError appendAudit(const QSqlDatabase &db, qint64 operatorId, const QString &action,
                      const QString &subject, const QJsonObject &detail, const QDateTime &at);

// Hash of an audit row given the previous row's hash.
QString auditRowHash(const QString &prevHash, const QString &at, qint64 operatorId,
                     const QString &action, const QString &subject, const QString &detail);

QString newRecordUuid();

} // namespace station
