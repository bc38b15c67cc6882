// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/IntegrityCheck.h"

#include "core/storage/Database.h"
#include "core/storage/Journal.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace station {

namespace {

// The messages of this file, under one translation context.
struct IntegrityCheckText {
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)
};

int scalar(QSqlDatabase db, const QString &sql) {
    QSqlQuery q(db);
    if (q.exec(sql) && q.next())
        return q.value(0).toInt();
    return -1;
}

} // namespace

IntegrityReport checkIntegrity(Database &database) {
    IntegrityReport r;
    QSqlDatabase db = database.connection();
    QSqlQuery q(db);

    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        r.problems << IntegrityCheckText::tr("SQLite integrity check could not run: %1")
                          .arg(q.lastError().databaseText());
    } else {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                r.problems << IntegrityCheckText::tr("SQLite integrity: %1").arg(line);
        }
    }
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check")) && q.next())
        r.problems << IntegrityCheckText::tr("A row in table %1 refers to a missing row.")
                          .arg(q.value(0).toString());

    r.residents = scalar(db, QStringLiteral("SELECT count(DISTINCT person_key) FROM samples"));
    r.samples = scalar(db, QStringLiteral("SELECT count(*) FROM samples WHERE state = 'active'"));
    r.removedSamples =
        scalar(db, QStringLiteral("SELECT count(*) FROM samples WHERE state = 'removed'"));
    r.voidedSamples =
        scalar(db, QStringLiteral("SELECT count(*) FROM samples WHERE state = 'voided'"));
    if (q.exec(QStringLiteral("SELECT state, count(*) FROM tubes GROUP BY state"))) {
        while (q.next())
            r.tubesByState.insert(q.value(0).toString(), q.value(1).toInt());
    }
    if (q.exec(QStringLiteral("SELECT state, count(*) FROM boxes GROUP BY state"))) {
        while (q.next())
            r.boxesByState.insert(q.value(0).toString(), q.value(1).toInt());
    }
    r.outboxPending =
        scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'"));
    r.outboxAcked = scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'acked'"));
    r.outboxProblems = scalar(
        db, QStringLiteral("SELECT count(*) FROM outbox WHERE state IN ('conflict', 'rejected')"));
    r.auditRows = scalar(db, QStringLiteral("SELECT count(*) FROM audit_log"));

    if (q.exec(QStringLiteral(
            "SELECT t.code, t.pool_size, count(s.id) FROM tubes t JOIN samples s "
            "ON s.tube_id = t.id AND s.state = 'active' GROUP BY t.id HAVING count(s.id) > "
            "t.pool_size"))) {
        while (q.next())
            r.problems << IntegrityCheckText::tr(
                              "Tube %1 holds %2 people, more than its pool size %3.")
                              .arg(q.value(0).toString())
                              .arg(q.value(2).toInt())
                              .arg(q.value(1).toInt());
    }
    const int withoutOutbox = scalar(
        db, QStringLiteral("SELECT count(*) FROM samples s WHERE NOT EXISTS (SELECT 1 FROM outbox "
                           "o WHERE o.uuid = s.uuid AND o.kind = 'sample.taken')"));
    if (withoutOutbox != 0)
        r.problems
            << IntegrityCheckText::tr("%1 samples have no outbox record.").arg(withoutOutbox);
    const int withoutAudit = scalar(
        db, QStringLiteral("SELECT count(*) FROM samples s WHERE NOT EXISTS (SELECT 1 FROM "
                           "audit_log a WHERE a.subject = s.uuid AND a.action = 'sample.taken')"));
    if (withoutAudit != 0)
        r.problems << IntegrityCheckText::tr("%1 samples have no audit row.").arg(withoutAudit);
    if (q.exec(QStringLiteral("SELECT b.code, b.sealed_tube_count, b.sealed_person_count, "
                              "(SELECT count(*) FROM tubes t WHERE t.box_id = b.id), "
                              "(SELECT count(*) FROM samples s JOIN tubes t ON t.id = s.tube_id "
                              "  WHERE t.box_id = b.id AND s.state = 'active') "
                              "FROM boxes b WHERE b.state != 'open'"))) {
        while (q.next()) {
            if (q.value(1).toInt() != q.value(3).toInt() ||
                q.value(2).toInt() != q.value(4).toInt())
                r.problems << IntegrityCheckText::tr(
                                  "Box %1 was sealed with %2 tubes and %3 people but holds %4 "
                                  "tubes and %5 people.")
                                  .arg(q.value(0).toString())
                                  .arg(q.value(1).toInt())
                                  .arg(q.value(2).toInt())
                                  .arg(q.value(3).toInt())
                                  .arg(q.value(4).toInt());
        }
    }

    // The audit log is a hash chain: any edited, inserted or deleted row breaks it.
    if (q.exec(QStringLiteral("SELECT id, at, operator_id, action, subject, detail, prev_hash, "
                              "hash FROM audit_log ORDER BY id"))) {
        QString prev = QString(64, QLatin1Char('0'));
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const QString expected =
                auditRowHash(prev, q.value(1).toString(), q.value(2).toLongLong(),
                             q.value(3).toString(), q.value(4).toString(), q.value(5).toString());
            if (q.value(6).toString() != prev || q.value(7).toString() != expected) {
                r.problems << IntegrityCheckText::tr(
                                  "The audit log is broken at row %1: it was changed, inserted "
                                  "or a row before it was removed.")
                                  .arg(id);
                break;
            }
            prev = expected;
        }
    }
    return r;
}

} // namespace station
