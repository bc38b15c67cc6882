// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/reliability/RecoveryCheck.h"

#include "core/storage/Database.h"
#include "core/storage/IntegrityCheck.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace station::reliability {

namespace {

// key -> state, for every row of a table (a few thousand rows at most).
QHash<QString, QString> states(Database &db, const QString &sql) {
    QHash<QString, QString> out;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (q.exec(sql))
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

} // namespace

RecoveryReport checkRecovery(Database &db, const QStringList &ackLines) {
    RecoveryReport report;
    const IntegrityReport integrity = checkIntegrity(db);
    report.problems << integrity.problems;

    const auto samples = states(db, QStringLiteral("SELECT uuid, state FROM samples"));
    const auto registrations =
        states(db, QStringLiteral("SELECT registration_id, state FROM samples"));
    const auto tubes = states(db, QStringLiteral("SELECT code, state FROM tubes"));
    const QStringList closed = {QStringLiteral("sealed"), QStringLiteral("boxed"),
                                QStringLiteral("handed_over"), QStringLiteral("voided")};

    for (const QString &line : ackLines) {
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        const QString kind = line.left(space);
        const QString key = line.mid(space + 1);
        bool present = false;
        if (kind == QLatin1String("sample"))
            present = samples.contains(key);
        else if (kind == QLatin1String("resident"))
            present = registrations.contains(key);
        else if (kind == QLatin1String("removed"))
            present = samples.value(key) == QLatin1String("removed");
        else if (kind == QLatin1String("tube"))
            present = tubes.contains(key);
        else if (kind == QLatin1String("sealed"))
            present = closed.contains(tubes.value(key));
        else if (kind == QLatin1String("voided"))
            present = tubes.value(key) == QLatin1String("voided");
        ++report.acknowledged;
        if (!present) {
            ++report.lost;
            if (report.lost <= 5)
                report.problems << QStringLiteral("acknowledged but lost: ") + line;
        }
    }
    if (report.lost > 5)
        report.problems
            << QStringLiteral("... %1 acknowledged records lost in all").arg(report.lost);
    return report;
}

} // namespace station::reliability
