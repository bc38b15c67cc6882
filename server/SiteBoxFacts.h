// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "protocol/RecordValidation.h"
#include "server/SiteFacts.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace station::server {

// The tube and box facts of a site (boxes across tables): each tube code's tube_state
// (opened, sealed, voided, boxed: in which box, sealed at which table) and each box's
// box_state (opened, sealed with its tubes, handed over), with the notes that contradict
// the record just stored (tube_code_reused, tube_boxed_twice, box_handed_over_twice,
// box_code_reused).
// Derived from the records alone, so that a hub and the province derive the same facts
// whatever order the records arrive in. One per ingest batch (or rebuild), made on its
// first tube or box record; SiteFacts does the rest of the projection and the reads.
class SiteBoxFacts {
public:
    // The kinds of record that make tube or box facts, in the order of their kinds.
    static const QList<protocol::RecordKind> &kinds();
    static bool derivesFrom(protocol::RecordKind kind);

    // `deviceLabel`: the batch's prepared "SELECT table_label FROM devices WHERE
    // device_id = ?", shared with the person facts.
    SiteBoxFacts(const QSqlDatabase &db, BatchStatement &deviceLabel);
    // False with *error when a statement cannot be prepared.
    bool prepare(QSqlError *error);

    // Projects one tube or box record just stored; `fact` holds what every fact of the
    // record shares (station, table, tube, at). Counts the facts in *out and adds the
    // notes; false with *error when a statement fails (the caller rolls back).
    bool project(const QString &site, const protocol::ValidRecord &record,
                 const QJsonObject &content, SiteFact fact, SiteProjection *out, QSqlError *error);

private:
    bool projectBox(const QString &site, const protocol::ValidRecord &record,
                    const QJsonObject &content, SiteFact fact, SiteProjection *out,
                    QSqlError *error);
    bool insert(const QString &site, const SiteFact &fact, const QString &recordUuid,
                QSqlError *error);
    QString tableLabelOf(const QString &station, const QString &fallback);

    BatchStatement &m_deviceLabel;
    BatchStatement m_insert, m_tubeElsewhere, m_boxedBefore, m_boxTubes, m_handedOverBefore,
        m_boxCodeBefore;
    QHash<QString, QString> m_deviceLabels; // station -> its device's label ("" if none)
};

} // namespace station::server
