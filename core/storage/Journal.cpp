// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Journal.h"

#include "core/domain/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/PersonalDataCodec.h"
#include "protocol/TimeOrderedUuid.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace station {

QString newRecordUuid() {
    return protocol::newTimeOrderedUuid(QDateTime::currentMSecsSinceEpoch());
}

QSqlError appendOutbox(const QSqlDatabase &db, const PersonalDataCodec &codec,
                       const OutboxRecord &record, const QDateTime &at) {
    const QByteArray json = QJsonDocument(record.content).toJson(QJsonDocument::Compact);
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    const QByteArray payload =
        codec.seal(QString::fromUtf8(json), record.uuid, QStringLiteral("outbox"), siteDate(at));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO outbox (uuid, kind, payload, content_hash, created_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(record.uuid);
    q.addBindValue(record.kind);
    q.addBindValue(payload);
    q.addBindValue(hash);
    q.addBindValue(isoUtc(at));
    if (!q.exec())
        return q.lastError();
    return {};
}

std::optional<QByteArray> outboxPayloadBytes(const PersonalDataCodec &codec,
                                             const QByteArray &storedPayload, const QString &uuid) {
    if (storedPayload.isEmpty())
        return std::nullopt;
    const auto text = codec.open(storedPayload, uuid, QStringLiteral("outbox"));
    if (!text)
        return std::nullopt;
    return text->toUtf8();
}

QString auditRowHash(const QString &prevHash, const QString &at, qint64 operatorId,
                     const QString &action, const QString &subject, const QString &detail) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &part :
         {prevHash, at, QString::number(operatorId), action, subject, detail}) {
        const QByteArray bytes = part.toUtf8();
        // Length-prefixed so that field boundaries cannot be shifted.
        h.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
        h.addData(bytes);
    }
    return QString::fromLatin1(h.result().toHex());
}

QString auditRowMac(const PersonalDataCodec &signer, const QString &prevMac,
                    const QString &rowHash) {
    // The previous row's MAC chains the MACs; the row's hash already covers its fields and
    // the hash chain before it.
    const QByteArray message =
        QByteArrayLiteral("station-audit-v1|") + prevMac.toLatin1() + '|' + rowHash.toLatin1();
    return signer.auditMac(message);
}

namespace {

QSqlError appendAuditSignedBy(const QSqlDatabase &db, const PersonalDataCodec *signer,
                              qint64 operatorId, const QString &action, const QString &subject,
                              const QJsonObject &detail, const QDateTime &at) {
    QSqlQuery q(db);
    QString prev = QString(64, QLatin1Char('0'));
    QString prevMac;
    if (!q.exec(QStringLiteral("SELECT hash, mac FROM audit_log ORDER BY id DESC LIMIT 1")))
        return q.lastError();
    if (q.next()) {
        prev = q.value(0).toString();
        prevMac = q.value(1).toString();
    }
    const QString when = isoUtc(at);
    const QString detailText =
        QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    const QString hash = auditRowHash(prev, when, operatorId, action, subject, detailText);
    const QString mac = signer ? auditRowMac(*signer, prevMac, hash) : QString();
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, operator_id, action, subject, detail, "
                             "prev_hash, hash, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(when);
    q.addBindValue(operatorId > 0 ? QVariant(operatorId) : QVariant());
    q.addBindValue(action);
    q.addBindValue(subject);
    q.addBindValue(detailText);
    q.addBindValue(prev);
    q.addBindValue(hash);
    q.addBindValue(mac.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(mac));
    if (!q.exec())
        return q.lastError();
    return {};
}

} // namespace

QSqlError appendAudit(const QSqlDatabase &db, qint64 operatorId, const QString &action,
                      const QString &subject, const QJsonObject &detail, const QDateTime &at) {
    return appendAuditSignedBy(db, Database::auditSigner(db), operatorId, action, subject, detail,
                               at);
}

QSqlError appendJournal(const QSqlDatabase &db, const PersonalDataCodec &codec, qint64 operatorId,
                        const OutboxRecord &record, const QString &auditSubject,
                        const QJsonObject &auditDetail, const QDateTime &at) {
    if (QSqlError e = appendOutbox(db, codec, record, at); e.isValid())
        return e;
    // The codec that seals the record holds the data key: it signs the audit row even on
    // a connection that was given no signer.
    const PersonalDataCodec *signer = Database::auditSigner(db);
    return appendAuditSignedBy(db, signer ? signer : &codec, operatorId, record.kind, auditSubject,
                               auditDetail, at);
}

} // namespace station
