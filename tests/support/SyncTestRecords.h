// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QJsonObject>
#include <QString>

namespace station::test {

// Builds protocol records (docs/sync-protocol.md) the way a station's outbox holds them:
// compact payload JSON carried as the string `content`, with its SHA-256 as `hash`.
struct SyncTestRecord {
    QString uuid;
    QString kind = QStringLiteral("sample.taken");
    qint64 seq = 1;
    QString site;
    QString station;
    QString at = QStringLiteral("2026-11-25T08:41:07.312Z");
    QJsonObject extra; // further payload members

    QByteArray payload() const; // compact JSON text
    QString hash() const;       // lowercase hex SHA-256 of payload()
    QJsonObject toJson() const; // the element of a batch's "records"
};

// A batch body: {"station": ..., "records": [...]}.
QJsonObject syncBatch(const QString &station, const QList<QJsonObject> &records);

} // namespace station::test
