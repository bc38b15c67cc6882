// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/sync/SyncTestSupport.h"

#include "core/storage/Journal.h"
#include "core/sync/Enrollment.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestData.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QSqlQuery>
#include <QTimer>

namespace station::test {

QString enrollStation(const ServerProcess &server, const StationIdentity &identity,
                      QString *error) {
    SyncSettings settings;
    settings.serverUrl = server.baseUrl();
    settings.pinnedCaPath = server.certificatePath();
    Enrollment enrollment(settings);
    QEventLoop loop;
    QString token;
    QObject::connect(&enrollment, &Enrollment::succeeded, &loop, [&](const QString &t) {
        token = t;
        loop.quit();
    });
    QObject::connect(&enrollment, &Enrollment::failed, &loop, [&](const QString &message) {
        *error = message;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    enrollment.enroll(identity.siteCode, server.enrollmentCode(identity.siteCode),
                      identity.deviceId, QStringLiteral("Table 7"));
    loop.exec();
    return token;
}

bool appendSampleRecords(Database &db, const StationIdentity &identity, int count, int firstIndex) {
    Transaction tx(db.connection());
    if (!tx.begun())
        return false;
    const QDateTime start(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC);
    for (int i = firstIndex; i < firstIndex + count; ++i) {
        const QDateTime at = start.addSecs(i * 3);
        OutboxRecord record;
        record.uuid = newRecordUuid();
        record.kind = QStringLiteral("sample.taken");
        record.content = QJsonObject{
            {QStringLiteral("site"), identity.siteCode},
            {QStringLiteral("station"), identity.deviceId},
            {QStringLiteral("at"), isoUtc(at)},
            {QStringLiteral("tube"), QStringLiteral("GZ%1").arg(i / 10, 8, 10, QLatin1Char('0'))},
            {QStringLiteral("position"), i % 10 + 1}};
        if (appendOutbox(db.connection(), record, at).isValid())
            return false;
    }
    return !tx.commit().isValid();
}

QHash<QString, QString> stationHashes(Database &db, const QString &where) {
    QHash<QString, QString> hashes;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT uuid, content_hash FROM outbox") +
           (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    while (q.next())
        hashes.insert(q.value(0).toString(), q.value(1).toString());
    return hashes;
}

ServerRecords compareServerRecords(const QString &sqlitePath,
                                   const QHash<QString, QString> &expected) {
    ServerRecords r;
    const QString name = QStringLiteral("server-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(sqlitePath);
        db.open();
        QHash<QString, QString> remaining = expected;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT uuid, content_hash, content FROM records"));
        while (q.next()) {
            ++r.stored;
            const QString uuid = q.value(0).toString();
            if (!remaining.contains(uuid)) {
                ++r.unexpected;
                continue;
            }
            const QString recomputed = QString::fromLatin1(
                QCryptographicHash::hash(q.value(2).toString().toUtf8(), QCryptographicHash::Sha256)
                    .toHex());
            if (q.value(1).toString() != remaining.value(uuid) ||
                recomputed != remaining.value(uuid))
                ++r.wrongHash;
            remaining.remove(uuid);
        }
        r.missing = int(remaining.size());
        if (q.exec(QStringLiteral("SELECT coalesce(sum(duplicates), 0) FROM station_counters")) &&
            q.next())
            r.duplicatesSeen = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(name);
    return r;
}

QString cliPath() {
    return buildDir() + QStringLiteral("/cli/sampling-station-cli");
}

} // namespace station::test
