// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AuditReplay.h"

#include "core/storage/IntegrityCheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace station {

namespace {

struct AuditReplayText {
    Q_DECLARE_TR_FUNCTIONS(AuditReplay)
};

struct Placement {
    QString tube;
    int position = 0;
};

// What the audit log says happened, row by row.
struct LoggedHistory {
    QHash<QString, Placement> taken; // sample uuid -> where it was put
    QSet<QString> removed;           // sample uuids
    QSet<QString> tubesOpened;
    QSet<QString> tubesVoided;
    QHash<QString, QString> tubeBox; // tube code -> box code
    QSet<QString> boxesOpened;
};

LoggedHistory readHistory(const QSqlDatabase &db) {
    LoggedHistory h;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT action, subject, detail FROM audit_log ORDER BY id")))
        return h;
    while (q.next()) {
        const QString action = q.value(0).toString();
        const QString subject = q.value(1).toString();
        const QJsonObject detail = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        if (action == QLatin1String("sample.taken"))
            h.taken.insert(subject, {detail.value(QLatin1String("tube")).toString(),
                                     detail.value(QLatin1String("position")).toInt()});
        else if (action == QLatin1String("sample.removed"))
            h.removed.insert(subject);
        else if (action == QLatin1String("tube.opened"))
            h.tubesOpened.insert(subject);
        else if (action == QLatin1String("tube.voided"))
            h.tubesVoided.insert(subject);
        else if (action == QLatin1String("box.opened"))
            h.boxesOpened.insert(subject);
        else if (action == QLatin1String("box.tube_added"))
            h.tubeBox.insert(detail.value(QLatin1String("tube")).toString(), subject);
    }
    return h;
}

void replaySamples(const QSqlDatabase &db, const LoggedHistory &h, IntegrityReport &r) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT s.uuid, t.code, s.position, s.state FROM samples s "
                               "JOIN tubes t ON t.id = s.tube_id ORDER BY s.id")))
        return;
    QSet<QString> present;
    int unexplained = 0;
    while (q.next()) {
        const QString uuid = q.value(0).toString();
        const QString tube = q.value(1).toString();
        const int position = q.value(2).toInt();
        const QString state = q.value(3).toString();
        present.insert(uuid);
        const auto logged = h.taken.constFind(uuid);
        if (logged == h.taken.cend()) {
            ++unexplained;
            continue;
        }
        if (logged->tube != tube || logged->position != position)
            r.add(integrity::kSampleMoved,
                  AuditReplayText::tr("Sample %1 is in tube %2 at position %3, but the audit log "
                                      "put it in tube %4 at position %5.")
                      .arg(uuid, tube)
                      .arg(position)
                      .arg(logged->tube)
                      .arg(logged->position));
        const bool loggedRemoved = h.removed.contains(uuid);
        const bool loggedVoided = h.tubesVoided.contains(logged->tube);
        QString expected = QStringLiteral("active");
        if (loggedRemoved)
            expected = QStringLiteral("removed");
        else if (loggedVoided)
            expected = QStringLiteral("voided");
        if (state != expected)
            r.add(integrity::kSampleStateUnexplained,
                  AuditReplayText::tr("Sample %1 in tube %2 is %3, but the audit log leaves it %4.")
                      .arg(uuid, tube, state, expected));
    }
    if (unexplained > 0)
        r.add(integrity::kSampleUnexplained,
              AuditReplayText::tr("%1 samples have no audit row: they were added or changed "
                                  "outside the application.")
                  .arg(unexplained));
    for (auto it = h.taken.cbegin(); it != h.taken.cend(); ++it) {
        if (!present.contains(it.key()))
            r.add(integrity::kSampleMissing,
                  AuditReplayText::tr("Sample %1 (tube %2, position %3, %4) is in the audit log "
                                      "but missing from the database: it was deleted.")
                      .arg(it.key(), it->tube)
                      .arg(it->position)
                      .arg(h.removed.contains(it.key()) ? AuditReplayText::tr("removed")
                                                        : AuditReplayText::tr("recorded")));
    }
}

void replayTubesAndBoxes(const QSqlDatabase &db, const LoggedHistory &h, IntegrityReport &r) {
    QSqlQuery q(db);
    QSet<QString> tubes;
    if (q.exec(QStringLiteral(
            "SELECT t.code, b.code FROM tubes t LEFT JOIN boxes b ON b.id = t.box_id"))) {
        while (q.next()) {
            const QString tube = q.value(0).toString();
            const QString box = q.value(1).toString();
            tubes.insert(tube);
            if (!h.tubesOpened.contains(tube))
                r.add(integrity::kTubeUnexplained,
                      AuditReplayText::tr("Tube %1 was never opened according to the audit log.")
                          .arg(tube));
            const QString loggedBox = h.tubeBox.value(tube);
            if (box != loggedBox)
                r.add(integrity::kTubeBoxUnexplained,
                      AuditReplayText::tr("Tube %1 is in box \"%2\", but the audit log put it in "
                                          "box \"%3\".")
                          .arg(tube, box, loggedBox));
        }
    }
    for (const QString &tube : h.tubesOpened) {
        if (!tubes.contains(tube))
            r.add(integrity::kTubeMissing,
                  AuditReplayText::tr("Tube %1 is in the audit log but missing from the "
                                      "database: it was deleted.")
                      .arg(tube));
    }
    QSet<QString> boxes;
    if (q.exec(QStringLiteral("SELECT code FROM boxes"))) {
        while (q.next()) {
            const QString box = q.value(0).toString();
            boxes.insert(box);
            if (!h.boxesOpened.contains(box))
                r.add(integrity::kBoxUnexplained,
                      AuditReplayText::tr("Box %1 was never opened according to the audit log.")
                          .arg(box));
        }
    }
    for (const QString &box : h.boxesOpened) {
        if (!boxes.contains(box))
            r.add(integrity::kBoxMissing,
                  AuditReplayText::tr("Box %1 is in the audit log but missing from the database: "
                                      "it was deleted.")
                      .arg(box));
    }
}

} // namespace

void replayAuditLog(const QSqlDatabase &db, IntegrityReport &report) {
    const LoggedHistory history = readHistory(db);
    replaySamples(db, history, report);
    replayTubesAndBoxes(db, history, report);
}

} // namespace station
