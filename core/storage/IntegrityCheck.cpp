// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/IntegrityCheck.h"

#include "core/domain/IdDocument.h"
#include "core/storage/AuditReplay.h"
#include "core/storage/Database.h"
#include "core/storage/Journal.h"
#include "core/storage/PersonalDataCodec.h"
#include "core/sync/AnchorAcknowledgement.h"
#include "protocol/RecordKinds.h"

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

// Stored values the encrypted codec wrote start with its format byte; plain UTF-8 text
// never does.
bool looksEncrypted(const QByteArray &stored) {
    return !stored.isEmpty() && stored.at(0) == '\x01';
}

void checkCounts(QSqlDatabase db, IntegrityReport &r) {
    QSqlQuery q(db);
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
    r.signedAuditRows =
        scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE mac IS NOT NULL"));
}

void checkInvariants(QSqlDatabase db, IntegrityReport &r) {
    QSqlQuery q(db);
    if (q.exec(QStringLiteral(
            "SELECT t.code, t.pool_size, count(s.id) FROM tubes t JOIN samples s "
            "ON s.tube_id = t.id AND s.state = 'active' GROUP BY t.id HAVING count(s.id) > "
            "t.pool_size"))) {
        while (q.next())
            r.add(integrity::kTubeOverCapacity,
                  IntegrityCheckText::tr("Tube %1 holds %2 people, more than its pool size %3.")
                      .arg(q.value(0).toString())
                      .arg(q.value(2).toInt())
                      .arg(q.value(1).toInt()));
    }
    const int withoutOutbox = scalar(
        db, QStringLiteral("SELECT count(*) FROM samples s WHERE NOT EXISTS (SELECT 1 FROM outbox "
                           "o WHERE o.uuid = s.uuid AND o.kind = 'sample.taken')"));
    if (withoutOutbox != 0)
        r.add(integrity::kOutboxMissing,
              IntegrityCheckText::tr("%1 samples have no outbox record.").arg(withoutOutbox));
    // Every record is written with its audit row (action = the record's kind): per kind,
    // as many of one as of the other.
    QMap<QString, int> records;
    QMap<QString, int> rows;
    if (q.exec(QStringLiteral("SELECT kind, count(*) FROM outbox GROUP BY kind"))) {
        while (q.next())
            records.insert(q.value(0).toString(), q.value(1).toInt());
    }
    if (q.exec(QStringLiteral("SELECT action, count(*) FROM audit_log GROUP BY action"))) {
        while (q.next()) {
            if (protocol::recordKindFromName(q.value(0).toString()))
                rows.insert(q.value(0).toString(), q.value(1).toInt());
        }
    }
    QStringList kinds = records.keys() + rows.keys();
    kinds.removeDuplicates();
    for (const QString &kind : std::as_const(kinds)) {
        const int recorded = records.value(kind);
        const int logged = rows.value(kind);
        if (recorded > logged)
            r.add(integrity::kAuditRowsMissing,
                  IntegrityCheckText::tr("There are %1 outbox records of kind %2 but only %3 "
                                         "audit rows: audit rows were removed.")
                      .arg(recorded)
                      .arg(kind)
                      .arg(logged));
        else if (logged > recorded)
            r.add(integrity::kOutboxMissing,
                  IntegrityCheckText::tr("There are %1 audit rows of kind %2 but only %3 outbox "
                                         "records: outbox records were removed.")
                      .arg(logged)
                      .arg(kind)
                      .arg(recorded));
    }
    // A box may also hold tubes sealed at other tables of the site (box_site_tubes, from
    // schema version 11; a database of an older version has none).
    const bool siteTubes =
        scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                  "name = 'box_site_tubes'")) > 0;
    const QString siteTubeCount =
        siteTubes
            ? QStringLiteral(" + (SELECT count(*) FROM box_site_tubes x WHERE x.box_id = b.id)")
            : QString();
    const QString sitePeople = siteTubes ? QStringLiteral(" + (SELECT coalesce(sum(x.people), 0) "
                                                          "FROM box_site_tubes x WHERE x.box_id = "
                                                          "b.id)")
                                         : QString();
    if (q.exec(QStringLiteral("SELECT b.code, b.sealed_tube_count, b.sealed_person_count, "
                              "(SELECT count(*) FROM tubes t WHERE t.box_id = b.id)") +
               siteTubeCount +
               QStringLiteral(", (SELECT count(*) FROM samples s JOIN tubes t ON t.id = s.tube_id "
                              "  WHERE t.box_id = b.id AND s.state = 'active')") +
               sitePeople + QStringLiteral(" FROM boxes b WHERE b.state != 'open'"))) {
        while (q.next()) {
            if (q.value(1).toInt() != q.value(3).toInt() ||
                q.value(2).toInt() != q.value(4).toInt())
                r.add(integrity::kBoxCounts,
                      IntegrityCheckText::tr("Box %1 was sealed with %2 tubes and %3 people but "
                                             "holds %4 tubes and %5 people.")
                          .arg(q.value(0).toString())
                          .arg(q.value(1).toInt())
                          .arg(q.value(2).toInt())
                          .arg(q.value(3).toInt())
                          .arg(q.value(4).toInt()));
        }
    }
}

// The station has (or had) a data key: the keyring row, or anything only a key writes.
bool checkDataKey(QSqlDatabase db, IntegrityReport &r) {
    const bool keyring = scalar(db, QStringLiteral("SELECT count(*) FROM keyring")) > 0;
    if (keyring)
        return true;
    bool encrypted = r.signedAuditRows > 0;
    QSqlQuery q(db);
    if (!encrypted && q.exec(QStringLiteral("SELECT name FROM samples"))) {
        while (!encrypted && q.next())
            encrypted = looksEncrypted(q.value(0).toByteArray());
    }
    if (!encrypted && q.exec(QStringLiteral("SELECT payload FROM outbox"))) {
        while (!encrypted && q.next())
            encrypted = looksEncrypted(q.value(0).toByteArray());
    }
    if (encrypted)
        r.add(integrity::kKeyMissing,
              IntegrityCheckText::tr("The station's data key is missing, but its personal data "
                                     "is encrypted and its audit log was signed: the key row was "
                                     "removed. Restore it from a backup; personal data cannot be "
                                     "read or written without it."));
    return encrypted;
}

// The audit log: the hash chain over every row (rows from before signing existed keep only
// that), SQLite's sequence (a cut tail leaves it ahead of the last row), signatures (every
// row of a keyed station from the first signed one on; verified with the key), and the
// head the province's server confirmed.
void checkAuditLog(QSqlDatabase db, bool keyed, const PersonalDataCodec *deepCodec,
                   IntegrityReport &r) {
    QSqlQuery q(db);
    const int firstSignable =
        scalar(db, QStringLiteral("SELECT first_signed_id FROM audit_signing WHERE id = 1"));
    const bool verifySignatures = deepCodec && !deepCodec->auditMac(QByteArray("probe")).isEmpty();
    QHash<qint64, QString> headOf; // id -> mac (or hash when unsigned), for the anchor
    qint64 lastId = 0;
    if (q.exec(QStringLiteral("SELECT id, at, operator_id, action, subject, detail, prev_hash, "
                              "hash, mac FROM audit_log ORDER BY id"))) {
        QString prev = QString(64, QLatin1Char('0'));
        QString prevMac;
        bool chainBroken = false;
        bool signatureReported = false;
        bool unsignedReported = false;
        bool seenSigned = false;
        bool gapReported = false;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            // Row numbers come from SQLite's sequence, which a rolled-back write also rolls
            // back: a gap is rows removed, even when the rows after it were chained anew.
            if (id != lastId + 1 && !gapReported) {
                r.add(integrity::kAuditTailCut,
                      IntegrityCheckText::tr("Audit rows %1 to %2 were removed.")
                          .arg(lastId + 1)
                          .arg(id - 1));
                gapReported = true;
            }
            lastId = id;
            const QString hash = q.value(7).toString();
            const QString mac = q.value(8).toString();
            headOf.insert(id, mac.isEmpty() ? hash : mac);
            if (!chainBroken) {
                const QString expected = auditRowHash(
                    prev, q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString());
                if (q.value(6).toString() != prev || hash != expected) {
                    r.add(integrity::kAuditChainBroken,
                          IntegrityCheckText::tr("The audit log is broken at row %1: it was "
                                                 "changed, inserted or a row before it was "
                                                 "removed.")
                              .arg(id));
                    chainBroken = true;
                }
            }
            prev = hash;
            // A journal row (a record's kind) is written with the codec, so on a keyed
            // station it is signed; after the first signed row, every row is.
            const bool mustBeSigned =
                keyed && firstSignable > 0 && id >= firstSignable &&
                (seenSigned || protocol::recordKindFromName(q.value(3).toString()).has_value());
            if (mac.isEmpty() && mustBeSigned && !unsignedReported) {
                r.add(integrity::kAuditUnsigned,
                      IntegrityCheckText::tr("Audit row %1 (%2) is not signed with the "
                                             "station's key: it was rewritten without the "
                                             "passphrase.")
                          .arg(id)
                          .arg(q.value(3).toString()));
                unsignedReported = true;
            }
            if (!mac.isEmpty()) {
                seenSigned = true;
                if (verifySignatures && !signatureReported &&
                    auditRowMac(*deepCodec, prevMac, hash) != mac) {
                    r.add(integrity::kAuditSignatureInvalid,
                          IntegrityCheckText::tr("The signature of audit row %1 does not match: "
                                                 "the row or one before it was changed.")
                              .arg(id));
                    signatureReported = true;
                }
            }
            prevMac = mac;
        }
    }
    const int written =
        scalar(db, QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'"));
    if (written > lastId)
        r.add(integrity::kAuditTailCut,
              IntegrityCheckText::tr("The last audit rows were removed: rows up to %1 were "
                                     "written, the log ends at row %2.")
                  .arg(written)
                  .arg(lastId));
    if (q.exec(QStringLiteral("SELECT seq, mac FROM audit_anchor WHERE id = 1")) && q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        const QString mac = q.value(1).toString();
        if (!headOf.contains(seq))
            r.add(integrity::kAuditAnchorMismatch,
                  IntegrityCheckText::tr("The province's server holds this station's audit log "
                                         "up to row %1, which is no longer here: the log was cut "
                                         "after it was synchronised.")
                      .arg(seq));
        else if (headOf.value(seq) != mac)
            r.add(integrity::kAuditAnchorMismatch,
                  IntegrityCheckText::tr("Audit row %1 differs from the one the province's server "
                                         "holds: the log was rewritten after it was "
                                         "synchronised.")
                      .arg(seq));
    }
    // Acknowledged mismatches: the log was anchored anew at the acknowledgement, so the
    // check above passes; the earlier mismatch is still named, with who cleared it and why.
    QSqlError error;
    const QList<AnchorAcknowledgement> acknowledgements = anchorAcknowledgements(db, &error);
    for (const AnchorAcknowledgement &a : acknowledgements)
        r.acknowledged << IntegrityCheckText::tr("Audit anchor mismatch at row %1 acknowledged by "
                                                 "%2 (%3) at %4: %5")
                              .arg(a.anchor.seq)
                              .arg(a.operatorName, a.staffId,
                                   a.at.toLocalTime().toString(Qt::ISODate), a.reason);
}

// Opens every stored personal value with its own row and column: a value moved to another
// row or column, or damaged, does not open; and the person key must be the one of the
// opened ID number.
void openEveryField(QSqlDatabase db, const PersonalDataCodec &codec, IntegrityReport &r) {
    QSqlQuery q(db);
    if (q.exec(QStringLiteral(
            "SELECT id, uuid, name, id_number, phone, address, id_type, "
            "person_key, taken_day FROM samples WHERE purged_at IS NULL ORDER BY id"))) {
        const char *columns[] = {"name", "id_number", "phone", "address"};
        while (q.next()) {
            const QString uuid = q.value(1).toString();
            std::optional<QString> idNumber;
            for (int c = 0; c < 4; ++c) {
                const QVariant stored = q.value(2 + c);
                if (stored.isNull())
                    continue;
                const auto plain =
                    codec.open(stored.toByteArray(), uuid, QString::fromLatin1(columns[c]));
                if (!plain)
                    r.add(integrity::kFieldUnopenable,
                          IntegrityCheckText::tr("Column %1 of sample %2 does not open with its "
                                                 "row and column: it was moved or changed.")
                              .arg(QString::fromLatin1(columns[c]), uuid));
                else if (c == 1)
                    idNumber = plain;
            }
            const auto type = idTypeFromCode(q.value(6).toString());
            if (idNumber && type &&
                !codec.personKeyMatches(*type, *idNumber,
                                        QDate::fromString(q.value(8).toString(), Qt::ISODate),
                                        q.value(7).toString()))
                r.add(integrity::kPersonKeyMismatch,
                      IntegrityCheckText::tr("The person key of sample %1 is not the one of its "
                                             "ID number: it was changed.")
                          .arg(uuid));
        }
    }
    if (q.exec(QStringLiteral("SELECT uuid, payload FROM outbox WHERE length(payload) > 0"))) {
        while (q.next()) {
            if (!outboxPayloadBytes(codec, q.value(1).toByteArray(), q.value(0).toString()))
                r.add(integrity::kFieldUnopenable,
                      IntegrityCheckText::tr("The payload of outbox record %1 does not open with "
                                             "its row: it was moved or changed.")
                          .arg(q.value(0).toString()));
        }
    }
}

} // namespace

IntegrityReport checkIntegrity(Database &database, const PersonalDataCodec *deepCodec) {
    IntegrityReport r;
    r.deep = deepCodec != nullptr;
    QSqlDatabase db = database.connection();
    QSqlQuery q(db);

    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        r.add(integrity::kSqlite, IntegrityCheckText::tr("SQLite integrity check could not run: %1")
                                      .arg(q.lastError().databaseText()));
    } else {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                r.add(integrity::kSqlite, IntegrityCheckText::tr("SQLite integrity: %1").arg(line));
        }
    }
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check")) && q.next())
        r.add(integrity::kForeignKey,
              IntegrityCheckText::tr("A row in table %1 refers to a missing row.")
                  .arg(q.value(0).toString()));

    // An older (or half-created) schema is reported, never upgraded here: checking must not
    // change the file.
    const int version = database.schemaVersion();
    if (version != Database::currentSchemaVersion()) {
        r.add(integrity::kSchema,
              IntegrityCheckText::tr("The database has schema version %1; this version of "
                                     "Sampling Station checks version %2. Nothing was changed.")
                  .arg(version)
                  .arg(Database::currentSchemaVersion()));
        return r;
    }

    checkCounts(db, r);
    checkInvariants(db, r);
    const bool keyed = checkDataKey(db, r);
    checkAuditLog(db, keyed, deepCodec, r);
    replayAuditLog(db, r);
    if (deepCodec)
        openEveryField(db, *deepCodec, r);
    return r;
}

} // namespace station
