// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/TubeCodeSequence.h"

#include <QSqlQuery>
#include <QVariant>

namespace station {

QSqlError takeTubeCodeSequence(const QSqlDatabase &db, int count, qint64 *first) {
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE tube_code_sequence SET last_issued = last_issued + ? WHERE id = 1"));
    q.addBindValue(qMax(1, count));
    if (!q.exec())
        return q.lastError();
    if (q.numRowsAffected() != 1)
        return QSqlError(QString(), QStringLiteral("tube_code_sequence has no row"),
                         QSqlError::StatementError);
    if (!q.exec(QStringLiteral("SELECT last_issued FROM tube_code_sequence WHERE id = 1")))
        return q.lastError();
    if (!q.next())
        return QSqlError(QString(), QStringLiteral("tube_code_sequence has no row"),
                         QSqlError::StatementError);
    *first = q.value(0).toLongLong() - qMax(1, count) + 1;
    return {};
}

qint64 lastIssuedTubeCodeSequence(const QSqlDatabase &db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT last_issued FROM tube_code_sequence WHERE id = 1")) ||
        !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace station
