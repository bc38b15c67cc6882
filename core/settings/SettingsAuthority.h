// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/DomainError.h"
#include "core/domain/StationIdentity.h"
#include "core/staff/Permissions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QVariantHash>

namespace station {

class StationSettings;

// Who may change which setting of the station's file (StationSettings), and the audit of a
// change. Printers need ChangePrinters, the retention period ChangeRetention, everything
// else ChangeSettings (Permissions): a sampler changes nothing, a site lead the table's
// settings, an administrator also printers and retention.
//
// A view takes a snapshot() before and after applying its fields, asks check() before it
// writes the file (a refusal names the first setting refused, and the view puts the stored
// values, StationSettings::allValues(), back) and record() after: one audit row "settings.changed"
// with each changed key and its old and new value. Settings hold no personal data.
class SettingsAuthority {
    Q_DECLARE_TR_FUNCTIONS(station::SettingsAuthority)

public:
    static StaffAction actionFor(const QString &key);
    static QVariantHash snapshot(const StationSettings &settings);
    // Keys whose value differs between the two snapshots.
    static QStringList changedKeys(const QVariantHash &before, const QVariantHash &after);

    static Status check(const QSqlDatabase &db, qint64 operatorId, const QVariantHash &before,
                        const QVariantHash &after);
    static Status record(const QSqlDatabase &db, qint64 operatorId, const QVariantHash &before,
                         const QVariantHash &after, const QDateTime &at);
    // Puts every stored key of `stored` (StationSettings::allValues()) back, and removes
    // keys it did not have.
    static void restore(StationSettings &settings, const QVariantHash &stored);
};

} // namespace station
