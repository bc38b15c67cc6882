// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/Clock.h"
#include "core/domain/DomainError.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace station {

class Database;

struct BackupSummary {
    QString path;
    // The backup holds the keys of this day and later days only.
    QDate firstKeptDay;
    int samplesErased = 0; // acknowledged samples whose personal fields the copy leaves out
};

// A backup of the station as one file: a consistent copy of the database (SQLite's VACUUM
// INTO: no -wal, no free pages) in which every day the province has already acknowledged in
// full is destroyed as the retention purge destroys it (its key and its fields), so that a
// backup carries personal data only of days the province does not have yet (and of today).
// A day whose key is destroyed at the station later stays destroyed in every backup made
// after it was acknowledged. The copy's wrapped data key opens with the same site
// passphrase; restoring is putting the file in place of the station's database.
//
// `passphrase` unlocks the copy (its own codec, so the live station's is not touched); the
// live station records a `station.backed_up` audit row. Refuses to overwrite `target`.
class StationBackup {
    Q_DECLARE_TR_FUNCTIONS(station::StationBackup)

public:
    static Result<BackupSummary> write(Database &live, const QString &target,
                                       const QString &passphrase, const Clock &clock,
                                       qint64 operatorId);
};

} // namespace station
