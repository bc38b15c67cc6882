// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/Clock.h"
#include "core/domain/DomainError.h"
#include "core/domain/IdDocument.h"
#include "core/storage/StationStore.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace station {

class Database;
class PersonalDataCodec;

// Why an operator looks at a full ID number. Stored as a stable key in the audit row and
// the outbox record; the UI shows the translated name. ContactRecalled is not a reason to see
// a full ID number (IdReveal refuses it): it is the purpose of RecallContact's reveals of a
// recalled person's name and phone number, which share the audit action and record kind
// `id.revealed` (with `shown`: what was seen) so that one log lists who saw whose data.
enum class RevealPurpose {
    ResidentRequest,
    ResultMatching,
    CorrectEntry,
    SupervisorCheck,
    Other,
    ContactRecalled,
};

QString revealPurposeKey(RevealPurpose purpose);
QString revealPurposeDisplayName(RevealPurpose purpose);
// The purposes an operator may pick for a full ID number (not ContactRecalled).
QList<RevealPurpose> allRevealPurposes();

// Everything a reveal needs after the PIN check, gathered before it (GUI thread, one
// connection); the PIN check itself touches no database and may run on a worker thread.
struct RevealRequest {
    PinChallenge challenge;
    QString sampleUuid;
    QString tubeCode;
    int position = 0;
    IdType idType = IdType::ResidentCard;
    QString idMasked;
    RevealPurpose purpose = RevealPurpose::Other;
    QString note;
};

struct RevealedId {
    QString sampleUuid;
    IdType idType = IdType::ResidentCard;
    QString idNumber; // the full number: show it, never log or store it
    QString idMasked;
    QDateTime revealedAt;
};

// One full-ID reveal as the audit log has it (never the number).
struct RevealLogEntry {
    QDateTime at;
    QString staffId; // who saw it
    QString operatorName;
    QString sampleUuid;
    QString tubeCode;
    int position = 0;
    RevealPurpose purpose = RevealPurpose::Other;
    QString note;
};

// "Full display only for a deliberate, audited action": an operator sees one resident's
// full ID number after re-entering their own PIN and giving a purpose. A wrong PIN shows
// nothing and counts towards the operator's lock-out like a wrong sign-in PIN. A right PIN
// writes, in one transaction, the audit row (who, which sample, why, when; never the
// number) and an outbox record for the province; the number is decrypted and returned
// only after that transaction committed.
class IdReveal {
    Q_DECLARE_TR_FUNCTIONS(station::IdReveal)

public:
    IdReveal(Database &db, StationStore &store, const PersonalDataCodec &codec,
             Clock clock = systemClock());

    // Step 1: refuses an invalid purpose or note, an unknown sample, personal data already
    // erased by retention, an unknown or locked operator. Nothing is written.
    Result<RevealRequest> prepare(const OperatorRef &by, const QString &sampleUuid,
                                  RevealPurpose purpose, const QString &note = {}) const;
    // Step 2, on any thread: Argon2id.
    static bool checkPin(const RevealRequest &request, const QString &pin);
    // Step 3: records the outcome; on a right PIN returns the full number.
    Result<RevealedId> complete(const RevealRequest &request, bool pinCorrect);

    // The three steps on the calling thread (CLI, tests).
    Result<RevealedId> reveal(const OperatorRef &by, const QString &sampleUuid,
                              RevealPurpose purpose, const QString &note, const QString &pin);

    // Who saw which full ID numbers from `since` on, oldest first: for an operator whose
    // role may ViewFullIdAudit (Permissions), refused for anyone else.
    Result<QList<RevealLogEntry>> log(const OperatorRef &by, const QDateTime &since) const;
    QDateTime now() const { return m_clock(); }

    // The note is free text in the audit log, which is not encrypted: it must not carry
    // an ID number or a phone number.
    static Status validateNote(RevealPurpose purpose, const QString &note);

private:
    Database &m_db;
    StationStore &m_store;
    const PersonalDataCodec &m_codec;
    Clock m_clock;
};

} // namespace station
