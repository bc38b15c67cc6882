// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/SettingsAuthority.h"

#include "core/settings/StationSettings.h"
#include "core/storage/Database.h"
#include "core/storage/Journal.h"

#include <QJsonObject>
#include <QSet>

namespace station {

StaffAction SettingsAuthority::actionFor(const QString &key) {
    if (key == QLatin1String("labels/printer") || key == QLatin1String("labels/manifestPrinter"))
        return StaffAction::ChangePrinters;
    if (key == QLatin1String("retention/days"))
        return StaffAction::ChangeRetention;
    return StaffAction::ChangeSettings;
}

QVariantHash SettingsAuthority::snapshot(const StationSettings &settings) {
    return settings.effectiveValues();
}

QStringList SettingsAuthority::changedKeys(const QVariantHash &before, const QVariantHash &after) {
    QSet<QString> keys;
    for (auto it = before.constBegin(); it != before.constEnd(); ++it)
        keys.insert(it.key());
    for (auto it = after.constBegin(); it != after.constEnd(); ++it)
        keys.insert(it.key());
    QStringList changed;
    for (const QString &key : std::as_const(keys)) {
        // The file stores text: compare as the file would read back.
        if (before.value(key).toString() != after.value(key).toString() ||
            before.contains(key) != after.contains(key))
            changed.append(key);
    }
    changed.sort();
    return changed;
}

Status SettingsAuthority::check(const QSqlDatabase &db, qint64 operatorId,
                                const QVariantHash &before, const QVariantHash &after) {
    for (const QString &key : changedKeys(before, after)) {
        if (Status s = Permissions::require(db, operatorId, actionFor(key)); !s.ok())
            return s;
    }
    return success();
}

Status SettingsAuthority::record(const QSqlDatabase &db, qint64 operatorId,
                                 const QVariantHash &before, const QVariantHash &after,
                                 const QDateTime &at) {
    const QStringList changed = changedKeys(before, after);
    if (changed.isEmpty())
        return success();
    QJsonObject detail;
    for (const QString &key : changed)
        detail.insert(key, QJsonObject{{QStringLiteral("from"), before.value(key).toString()},
                                       {QStringLiteral("to"), after.value(key).toString()}});
    return inTransaction(db, tr("recording the settings change"), [&]() -> Status {
        if (QSqlError e = appendAudit(db, operatorId, QStringLiteral("settings.changed"),
                                      QStringLiteral("settings.ini"), detail, at);
            e.isValid())
            return Database::storageError(e, tr("recording the settings change"));
        return success();
    });
}

void SettingsAuthority::restore(StationSettings &settings, const QVariantHash &stored) {
    settings.replaceAllValues(stored);
}

} // namespace station
