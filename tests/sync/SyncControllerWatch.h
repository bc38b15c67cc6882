// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/storage/Database.h"
#include "core/sync/SyncController.h"

#include <QObject>
#include <QSqlQuery>
#include <QString>

namespace station::test {

// Follows a controller's status and pass results (the tests that drive the window's relay).
struct SyncControllerWatch {
    SyncStatus last;
    int passesOk = 0;
    int passesFailed = 0;
    explicit SyncControllerWatch(SyncController &c) {
        QObject::connect(&c, &SyncController::statusChanged, &c,
                         [this](const SyncStatus &s) { last = s; });
        QObject::connect(&c, &SyncController::passFinished, &c,
                         [this](bool ok) { (ok ? passesOk : passesFailed)++; });
    }
};

// Outbox rows matching `where` (SQL), or -1 when the query fails.
inline int outboxCount(Database &db, const QString &where) {
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE ") + where);
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace station::test
