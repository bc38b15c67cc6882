// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/IdReveal.h"

#include "core/Logging.h"
#include "core/staff/Permissions.h"
#include "core/storage/Database.h"
#include "core/storage/Journal.h"
#include "core/storage/PersonalDataCodec.h"
#include "protocol/RecordKinds.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace station {

using protocol::RecordKind;

namespace {

constexpr int kMaxNoteLength = 200;

} // namespace

QString revealPurposeKey(RevealPurpose purpose) {
    switch (purpose) {
    case RevealPurpose::ResidentRequest:
        return QStringLiteral("resident_request");
    case RevealPurpose::ResultMatching:
        return QStringLiteral("result_matching");
    case RevealPurpose::CorrectEntry:
        return QStringLiteral("correct_entry");
    case RevealPurpose::SupervisorCheck:
        return QStringLiteral("supervisor_check");
    case RevealPurpose::ContactRecalled:
        return QStringLiteral("contact_recalled");
    case RevealPurpose::Other:
        break;
    }
    return QStringLiteral("other");
}

QString revealPurposeDisplayName(RevealPurpose purpose) {
    switch (purpose) {
    case RevealPurpose::ResidentRequest:
        return IdReveal::tr("The resident asks to check their ID number");
    case RevealPurpose::ResultMatching:
        return IdReveal::tr("A result cannot be matched to the person");
    case RevealPurpose::CorrectEntry:
        return IdReveal::tr("Checking a typed ID number against the document");
    case RevealPurpose::SupervisorCheck:
        return IdReveal::tr("Check requested by the site lead");
    case RevealPurpose::ContactRecalled:
        return IdReveal::tr("Contacting a recalled person (name and phone number)");
    case RevealPurpose::Other:
        break;
    }
    return IdReveal::tr("Other (say why in the note)");
}

namespace {
RevealPurpose revealPurposeFromKey(const QString &key) {
    for (RevealPurpose p : allRevealPurposes()) {
        if (revealPurposeKey(p) == key)
            return p;
    }
    if (key == revealPurposeKey(RevealPurpose::ContactRecalled))
        return RevealPurpose::ContactRecalled;
    return RevealPurpose::Other;
}
} // namespace

QList<RevealPurpose> allRevealPurposes() {
    return {RevealPurpose::ResidentRequest, RevealPurpose::ResultMatching,
            RevealPurpose::CorrectEntry, RevealPurpose::SupervisorCheck, RevealPurpose::Other};
}

IdReveal::IdReveal(Database &db, StationStore &store, const PersonalDataCodec &codec, Clock clock)
    : m_db(db)
    , m_store(store)
    , m_codec(codec)
    , m_clock(std::move(clock)) {}

Status IdReveal::validateNote(RevealPurpose purpose, const QString &noteIn) {
    const QString note = noteIn.trimmed();
    if (purpose == RevealPurpose::ContactRecalled)
        return makeError(ErrorCode::InvalidInput,
                         tr("A recalled person's contact details are shown from the recall "
                            "list, not with their full ID number."));
    if (purpose == RevealPurpose::Other && note.isEmpty())
        return makeError(ErrorCode::ReasonRequired,
                         tr("Say in the note why the full ID number is needed."));
    if (note.size() > kMaxNoteLength)
        return makeError(ErrorCode::InvalidInput,
                         tr("The note is too long; at most %1 characters.").arg(kMaxNoteLength));
    // The audit log is readable without the site passphrase.
    static const QRegularExpression longNumber(QStringLiteral("[0-9]{6,}"));
    if (longNumber.match(note).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         tr("Do not write ID numbers or phone numbers in the note; it is kept "
                            "in the audit log."));
    return success();
}

Result<RevealRequest> IdReveal::prepare(const OperatorRef &by, const QString &sampleUuid,
                                        RevealPurpose purpose, const QString &note) const {
    if (!by.isValid())
        return makeError(ErrorCode::NoOperator,
                         tr("Sign in first: a full ID number is shown only to a signed-in "
                            "operator."));
    if (Status s = validateNote(purpose, note); !s.ok())
        return s.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT t.code, s.position, s.id_type, s.id_masked, "
                             "length(s.id_number), s.purged_at FROM samples s "
                             "JOIN tubes t ON t.id = s.tube_id WHERE s.uuid = ?"));
    q.addBindValue(sampleUuid);
    if (!q.exec())
        return Database::storageError(q.lastError(), tr("showing the ID number"));
    if (!q.next())
        return makeError(ErrorCode::SampleNotFound, tr("This sample is not at this station."));
    if (!q.value(5).isNull() || q.value(4).toInt() == 0)
        return makeError(ErrorCode::SampleNotFound,
                         tr("The personal data of this sample was erased after upload "
                            "(retention); the full ID number is no longer at this station."));
    RevealRequest r;
    r.sampleUuid = sampleUuid;
    r.tubeCode = q.value(0).toString();
    r.position = q.value(1).toInt();
    r.idType = idTypeFromCode(q.value(2).toString()).value_or(IdType::Other);
    r.idMasked = q.value(3).toString();
    r.purpose = purpose;
    r.note = note.trimmed();
    // Only the operator who is signed in may authorise it, with their own PIN.
    const Result<PinChallenge> challenge = m_store.pinChallenge(by.staffId);
    if (!challenge)
        return challenge.error();
    r.challenge = challenge.value();
    return r;
}

bool IdReveal::checkPin(const RevealRequest &request, const QString &pin) {
    return StationStore::verifyPin(request.challenge.pinHash, pin);
}

Result<RevealedId> IdReveal::complete(const RevealRequest &request, bool pinCorrect) {
    const QString what = tr("showing the ID number");
    const QDateTime now = m_clock();
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.begun())
        return Database::storageError(tx.beginError(), what);
    DomainError refusal;
    const QJsonObject wrongPinDetail{{QStringLiteral("for"), QStringLiteral("id.revealed")},
                                     {QStringLiteral("sample"), request.sampleUuid}};
    if (QSqlError e = m_store.recordPinOutcome(db, request.challenge, pinCorrect, wrongPinDetail,
                                               now, &refusal);
        e.isValid())
        return Database::storageError(e, what);
    if (!pinCorrect) {
        if (QSqlError e = tx.commit(); e.isValid())
            return Database::storageError(e, what);
        qCInfo(lcStorage) << "ID reveal refused: wrong PIN for operator"
                          << request.challenge.operatorId;
        return refusal;
    }
    // Read in this transaction: a role changed or an operator disabled since sign-in counts.
    if (Status allowed =
            Permissions::require(db, request.challenge.operatorId, StaffAction::RevealFullId);
        !allowed.ok())
        return allowed.error();

    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id_number FROM samples WHERE uuid = ? AND purged_at IS NULL"));
    q.addBindValue(request.sampleUuid);
    if (!q.exec())
        return Database::storageError(q.lastError(), what);
    if (!q.next())
        return makeError(ErrorCode::SampleNotFound,
                         tr("The personal data of this sample was erased after upload "
                            "(retention); the full ID number is no longer at this station."));
    const std::optional<QString> number =
        m_codec.open(q.value(0).toByteArray(), request.sampleUuid, QStringLiteral("id_number"));
    if (!number || number->isEmpty())
        return makeError(ErrorCode::DatabaseCorrupt,
                         tr("The stored ID number cannot be decrypted; it is damaged or "
                            "belongs to another data key."));

    // Neither row carries the number: who, which sample, why, when.
    const QString purposeKey = revealPurposeKey(request.purpose);
    QJsonObject detail{{QStringLiteral("purpose"), purposeKey},
                       {QStringLiteral("tube"), request.tubeCode},
                       {QStringLiteral("position"), request.position}};
    if (!request.note.isEmpty())
        detail.insert(QStringLiteral("note"), request.note);
    if (QSqlError e = appendAudit(db, request.challenge.operatorId, QStringLiteral("id.revealed"),
                                  request.sampleUuid, detail, now);
        e.isValid())
        return Database::storageError(e, what);

    // The reveal also goes to the province. The audit chain proves the log was not edited,
    // but it lives on this laptop: a station that is lost, wiped or replaced takes it
    // along. The province is the controller of the data and the one who can notice a
    // table that looks up many numbers. The record names the sample (whose sample.taken
    // record the province already has), the operator and the purpose, never the number.
    const std::optional<StationIdentity> station = m_store.identity();
    if (!station)
        return makeError(ErrorCode::NotProvisioned, tr("This station is not set up."));
    {
        QJsonObject content{{QStringLiteral("site"), station->siteCode},
                            {QStringLiteral("district"), station->district},
                            {QStringLiteral("station"), station->deviceId},
                            {QStringLiteral("table"), station->tableNumber},
                            {QStringLiteral("operator"), request.challenge.staffId},
                            {QStringLiteral("at"), isoUtc(now)},
                            {QStringLiteral("sample_uuid"), request.sampleUuid},
                            {QStringLiteral("tube"), request.tubeCode},
                            {QStringLiteral("purpose"), purposeKey}};
        if (!request.note.isEmpty())
            content.insert(QStringLiteral("note"), request.note);
        if (QSqlError e =
                appendOutbox(db, m_codec, {newRecordUuid(), RecordKind::IdRevealed, content}, now);
            e.isValid())
            return Database::storageError(e, what);
    }
    if (QSqlError e = tx.commit(); e.isValid())
        return Database::storageError(e, what);
    qCInfo(lcStorage) << "full ID number shown to operator" << request.challenge.operatorId
                      << "for sample" << request.sampleUuid << "purpose" << purposeKey;
    return RevealedId{request.sampleUuid, request.idType, *number, request.idMasked, now};
}

Result<QList<RevealLogEntry>> IdReveal::log(const OperatorRef &by, const QDateTime &since) const {
    const QSqlDatabase db = m_db.connection();
    if (Status allowed = Permissions::require(db, by.id, StaffAction::ViewFullIdAudit);
        !allowed.ok())
        return allowed.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT a.at, o.staff_id, o.name, a.subject, a.detail "
                             "FROM audit_log a LEFT JOIN operators o ON o.id = a.operator_id "
                             "WHERE a.action = 'id.revealed' AND a.at >= ? ORDER BY a.id"));
    q.addBindValue(isoUtc(since.toUTC()));
    if (!q.exec())
        return Database::storageError(q.lastError(), tr("reading the audit log"));
    QList<RevealLogEntry> entries;
    while (q.next()) {
        const QJsonObject detail = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        RevealLogEntry e;
        e.at = fromIsoUtc(q.value(0).toString());
        e.staffId = q.value(1).toString();
        e.operatorName = q.value(2).toString();
        e.sampleUuid = q.value(3).toString();
        e.tubeCode = detail.value(QStringLiteral("tube")).toString();
        e.position = detail.value(QStringLiteral("position")).toInt();
        e.purpose = revealPurposeFromKey(detail.value(QStringLiteral("purpose")).toString());
        e.note = detail.value(QStringLiteral("note")).toString();
        entries.append(e);
    }
    return entries;
}

Result<RevealedId> IdReveal::reveal(const OperatorRef &by, const QString &sampleUuid,
                                    RevealPurpose purpose, const QString &note,
                                    const QString &pin) {
    const Result<RevealRequest> request = prepare(by, sampleUuid, purpose, note);
    if (!request)
        return request.error();
    return complete(request.value(), checkPin(request.value(), pin));
}

} // namespace station
