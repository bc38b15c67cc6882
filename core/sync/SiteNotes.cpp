// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SiteNotes.h"

#include "core/domain/Clock.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace station {

QList<SiteNote> parseSiteNotes(const QByteArray &body) {
    QList<SiteNote> notes;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return notes;
    for (const QJsonValue &value : document.object().value(QLatin1String("site_notes")).toArray()) {
        const QJsonObject o = value.toObject();
        SiteNote note;
        note.uuid = o.value(QLatin1String("uuid")).toString();
        note.kind = o.value(QLatin1String("kind")).toString();
        if (note.uuid.isEmpty() || note.kind.isEmpty())
            continue;
        note.tube = o.value(QLatin1String("tube")).toString();
        note.otherStation = o.value(QLatin1String("other_station")).toString();
        note.otherTable = o.value(QLatin1String("other_table")).toString();
        note.otherAt = fromIsoUtc(o.value(QLatin1String("other_at")).toString());
        note.reason = o.value(QLatin1String("reason")).toString();
        note.box = o.value(QLatin1String("box")).toString();
        notes.append(note);
    }
    return notes;
}

QSqlError saveSiteNotes(Database &db, const QList<SiteNote> &notes, const QDateTime &now) {
    if (notes.isEmpty())
        return {};
    Transaction tx(db.connection());
    if (!tx.begun())
        return tx.beginError();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO site_notes (uuid, kind, record_kind, tube, other_station, "
        "other_table, other_at, reason, noted_at, box) "
        "VALUES (?, ?, (SELECT kind FROM outbox WHERE uuid = ?), ?, ?, ?, ?, ?, ?, ?)"));
    for (const SiteNote &note : notes) {
        q.addBindValue(note.uuid);
        q.addBindValue(note.kind);
        q.addBindValue(note.uuid);
        q.addBindValue(note.tube);
        q.addBindValue(note.otherStation);
        q.addBindValue(note.otherTable);
        q.addBindValue(note.otherAt.isValid() ? QVariant(isoUtc(note.otherAt))
                                              : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(note.reason);
        q.addBindValue(isoUtc(now));
        q.addBindValue(note.box.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(note.box));
        if (!q.exec())
            return q.lastError();
    }
    return tx.commit();
}

QList<SiteNote> siteNotes(Database &db, QSqlError *error) {
    QList<SiteNote> notes;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT uuid, kind, record_kind, tube, other_station, "
                               "other_table, other_at, reason, noted_at, box FROM site_notes "
                               "ORDER BY noted_at, uuid"))) {
        *error = q.lastError();
        return notes;
    }
    while (q.next()) {
        SiteNote note;
        note.uuid = q.value(0).toString();
        note.kind = q.value(1).toString();
        note.recordKind = q.value(2).toString();
        note.tube = q.value(3).toString();
        note.otherStation = q.value(4).toString();
        note.otherTable = q.value(5).toString();
        if (!q.value(6).isNull())
            note.otherAt = fromIsoUtc(q.value(6).toString());
        note.reason = q.value(7).toString();
        note.notedAt = fromIsoUtc(q.value(8).toString());
        note.box = q.value(9).toString();
        notes.append(note);
    }
    *error = QSqlError();
    return notes;
}

} // namespace station
