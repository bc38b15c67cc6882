// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/RecallContact.h"

#include "core/Logging.h"
#include "core/TableLabel.h"
#include "core/dashboard/RecallList.h"
#include "core/security/IdReveal.h"
#include "core/staff/Permissions.h"
#include "core/storage/Database.h"
#include "core/storage/Journal.h"
#include "core/storage/PersonalDataCodec.h"
#include "protocol/RecordKinds.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <utility>

namespace station {

using protocol::RecordKind;

void RecalledContacts::forget() {
    for (RecalledContact &p : people) {
        p.name.fill(QLatin1Char(' '));
        p.phone.fill(QLatin1Char(' '));
    }
    people.clear();
}

RecallContact::RecallContact(Database &db, StationStore &store, const PersonalDataCodec &codec,
                             Clock clock)
    : m_db(db)
    , m_store(store)
    , m_codec(codec)
    , m_clock(std::move(clock)) {}

QString RecallContact::purposeKey() {
    return revealPurposeKey(RevealPurpose::ContactRecalled);
}

Result<ContactRequest> RecallContact::prepare(const OperatorRef &by, const QString &tubeIn) const {
    if (!by.isValid())
        return makeError(ErrorCode::NoOperator,
                         tr("Sign in first: a recalled person's contact details are shown only "
                            "to a signed-in site lead."));
    const QString tube = tubeIn.trimmed();
    if (tube.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("Name the recalled tube whose people are to be contacted."));
    // Refused before the PIN is asked for: a sampler is not made to type it for nothing.
    if (Status allowed =
            Permissions::require(m_db.connection(), by.id, StaffAction::ContactRecalledPerson);
        !allowed.ok())
        return allowed.error();

    const QString what = tr("showing the contact details");
    QSqlError error;
    const QList<dashboard::RecallEntry> recalls = dashboard::recallList(m_db, &error);
    if (error.isValid())
        return Database::storageError(error, what);
    QList<dashboard::RecallEntry> ofTube;
    for (const dashboard::RecallEntry &e : recalls) {
        if (e.tube == tube && e.open)
            ofTube.append(e);
    }
    if (ofTube.isEmpty()) {
        const bool closed =
            std::any_of(recalls.cbegin(), recalls.cend(),
                        [&](const dashboard::RecallEntry &e) { return e.tube == tube; });
        if (closed)
            return makeError(ErrorCode::InvalidInput,
                             tr("The recall of tube %1 is closed: its people were sampled again "
                                "and the province has their samples.")
                                 .arg(tube));
        return makeError(ErrorCode::TubeNotFound,
                         tr("No recall of tube %1 is known at this station. Recalls come with "
                            "the site's facts: fetch the newest and look again.")
                             .arg(tube));
    }

    ContactRequest r;
    r.tube = tube;
    r.table = ofTube.first().table;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT position, id_masked, length(name), purged_at FROM samples "
                             "WHERE uuid = ?"));
    bool anyHere = false;
    for (const dashboard::RecallEntry &e : std::as_const(ofTube)) {
        if (!e.here())
            continue;
        anyHere = true;
        if (e.sampledAgain()) {
            ++r.sampledAgain;
            continue;
        }
        q.addBindValue(e.sampleUuid);
        if (!q.exec())
            return Database::storageError(q.lastError(), what);
        if (!q.next() || !q.value(3).isNull() || q.value(2).toInt() == 0) {
            ++r.erased;
            continue;
        }
        r.people.append({e.sampleUuid, q.value(0).toInt(), q.value(1).toString(), {}, {}});
    }
    // A person whose recall is closed here was sampled again too: counted, so that the list
    // can say why their position is not on it.
    for (const dashboard::RecallEntry &e : recalls) {
        if (e.tube == tube && !e.open && e.here())
            ++r.sampledAgain;
    }
    q.finish();
    if (!anyHere)
        return makeError(ErrorCode::SampleNotFound,
                         tr("Tube %1 was sampled at %2: the contact details of its people are "
                            "kept there. Open the recall list at %2.")
                             .arg(tube, shownTableLabel(r.table)));
    if (r.people.isEmpty()) {
        if (r.erased > 0)
            return makeError(ErrorCode::SampleNotFound,
                             tr("The personal data of tube %1's people was erased after upload "
                                "(retention): their contact details are no longer at this "
                                "station.")
                                 .arg(tube));
        return makeError(ErrorCode::InvalidInput,
                         tr("Everyone recalled from tube %1 was sampled again: nobody is left "
                            "to contact.")
                             .arg(tube));
    }
    std::sort(
        r.people.begin(), r.people.end(),
        [](const RecalledContact &a, const RecalledContact &b) { return a.position < b.position; });
    // Only the operator who is signed in may authorise it, with their own PIN.
    const Result<PinChallenge> challenge = m_store.pinChallenge(by.staffId);
    if (!challenge)
        return challenge.error();
    r.challenge = challenge.value();
    return r;
}

bool RecallContact::checkPin(const ContactRequest &request, const QString &pin) {
    return StationStore::verifyPin(request.challenge.pinHash, pin);
}

Result<RecalledContacts> RecallContact::complete(const ContactRequest &request, bool pinCorrect) {
    const QString what = tr("showing the contact details");
    const QDateTime now = m_clock();
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.begun())
        return Database::storageError(tx.beginError(), what);
    DomainError refusal;
    const QJsonObject wrongPinDetail{{QStringLiteral("for"), QStringLiteral("id.revealed")},
                                     {QStringLiteral("purpose"), purposeKey()},
                                     {QStringLiteral("tube"), request.tube}};
    if (QSqlError e = m_store.recordPinOutcome(db, request.challenge, pinCorrect, wrongPinDetail,
                                               now, &refusal);
        e.isValid())
        return Database::storageError(e, what);
    if (!pinCorrect) {
        if (QSqlError e = tx.commit(); e.isValid())
            return Database::storageError(e, what);
        qCInfo(lcStorage) << "contact reveal refused: wrong PIN for operator"
                          << request.challenge.operatorId;
        return refusal;
    }
    // Read in this transaction: a role changed or an operator disabled since sign-in counts.
    if (Status allowed = Permissions::require(db, request.challenge.operatorId,
                                              StaffAction::ContactRecalledPerson);
        !allowed.ok())
        return allowed.error();
    const std::optional<StationIdentity> station = m_store.identity();
    if (!station)
        return makeError(ErrorCode::NotProvisioned, tr("This station is not set up."));

    RecalledContacts shown;
    shown.tube = request.tube;
    shown.sampledAgain = request.sampledAgain;
    shown.erased = request.erased;
    shown.revealedAt = now;
    QSqlQuery q(db);
    // Still recalled and still here when the PIN was right.
    q.prepare(QStringLiteral("SELECT s.name, s.phone FROM samples s JOIN site_recalls r "
                             "ON r.sample_uuid = s.uuid WHERE s.uuid = ? AND s.purged_at IS NULL "
                             "AND r.state = 'open'"));
    for (const RecalledContact &person : request.people) {
        q.addBindValue(person.sampleUuid);
        if (!q.exec())
            return Database::storageError(q.lastError(), what);
        if (!q.next())
            continue; // closed or erased since prepare(): nothing to show, nothing recorded
        const std::optional<QString> name =
            m_codec.open(q.value(0).toByteArray(), person.sampleUuid, QStringLiteral("name"));
        std::optional<QString> phone = QString();
        if (!q.value(1).isNull() && !q.value(1).toByteArray().isEmpty())
            phone =
                m_codec.open(q.value(1).toByteArray(), person.sampleUuid, QStringLiteral("phone"));
        q.finish();
        if (!name || !phone)
            return makeError(ErrorCode::DatabaseCorrupt,
                             tr("A stored name or phone number cannot be decrypted; it is "
                                "damaged or belongs to another data key."));
        RecalledContact c = person;
        c.name = *name;
        c.phone = *phone;

        // One audit row and one record per person shown: each says whose data was seen (the
        // sample), by whom and why; none carries the name, the phone or the ID number.
        QJsonArray fields{QStringLiteral("name")};
        if (!c.phone.isEmpty())
            fields.append(QStringLiteral("phone"));
        const QJsonObject detail{{QStringLiteral("purpose"), purposeKey()},
                                 {QStringLiteral("shown"), fields},
                                 {QStringLiteral("tube"), request.tube},
                                 {QStringLiteral("position"), c.position}};
        if (QSqlError e = appendAudit(db, request.challenge.operatorId,
                                      QStringLiteral("id.revealed"), c.sampleUuid, detail, now);
            e.isValid())
            return Database::storageError(e, what);
        const QJsonObject content{{QStringLiteral("site"), station->siteCode},
                                  {QStringLiteral("district"), station->district},
                                  {QStringLiteral("station"), station->deviceId},
                                  {QStringLiteral("table"), station->tableNumber},
                                  {QStringLiteral("operator"), request.challenge.staffId},
                                  {QStringLiteral("at"), isoUtc(now)},
                                  {QStringLiteral("sample_uuid"), c.sampleUuid},
                                  {QStringLiteral("tube"), request.tube},
                                  {QStringLiteral("purpose"), purposeKey()},
                                  {QStringLiteral("shown"), fields}};
        if (QSqlError e =
                appendOutbox(db, m_codec, {newRecordUuid(), RecordKind::IdRevealed, content}, now);
            e.isValid())
            return Database::storageError(e, what);
        shown.people.append(c);
    }
    if (shown.people.isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            tr("Tube %1's recall changed meanwhile: nobody is left to contact.").arg(request.tube));
    if (QSqlError e = tx.commit(); e.isValid()) {
        shown.forget();
        return Database::storageError(e, what);
    }
    qCInfo(lcStorage) << "contact details of" << shown.people.size()
                      << "recalled people shown to operator" << request.challenge.operatorId;
    return shown;
}

Result<RecalledContacts> RecallContact::reveal(const OperatorRef &by, const QString &tube,
                                               const QString &pin) {
    const Result<ContactRequest> request = prepare(by, tube);
    if (!request)
        return request.error();
    return complete(request.value(), checkPin(request.value(), pin));
}

} // namespace station
