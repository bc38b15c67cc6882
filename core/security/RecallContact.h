// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/Clock.h"
#include "core/domain/DomainError.h"
#include "core/storage/StationStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace station {

class Database;
class PersonalDataCodec;

// One recalled person of a pooled tube sampled at this station, as a contact reveal shows
// them: the masked ID number to confirm who answers the phone, and the name and phone
// number, decrypted only after the reveal was recorded.
struct RecalledContact {
    QString sampleUuid;
    int position = 0;
    QString idMasked;
    QString name;  // empty until revealed; show it, never log or store it
    QString phone; // empty when the resident's code carried none
};

// Everything a contact reveal needs after the PIN check, gathered before it (GUI thread, one
// connection); the PIN check itself touches no database and may run on a worker thread.
struct ContactRequest {
    PinChallenge challenge;
    QString tube;
    QString table;                 // the tube's table label, as the recall carries it
    QList<RecalledContact> people; // still to be sampled again, their data still here
    int sampledAgain = 0;          // of the tube's open recalls here: already sampled again
    int erased = 0;                // and those whose personal data retention erased
};

struct RecalledContacts {
    QString tube;
    QList<RecalledContact> people; // by position
    int sampledAgain = 0;
    int erased = 0;
    QDateTime revealedAt;
    // Overwrites the names and phone numbers before the list is let go (a dialog closing).
    void forget();
};

// "After the lab": the people of a positive or invalid pooled tube are contacted and sampled
// again alone. The station that took the swab holds each person's name and phone number
// (encrypted); this is the one path from there to a screen, modelled on IdReveal:
//  - only an operator whose role may ContactRecalledPerson (Permissions: a site lead or an
//    administrator), after re-entering their own PIN; a wrong PIN shows nothing and counts
//    towards the operator's lock-out like a wrong sign-in PIN;
//  - only the people of an open recall of a tube sampled at THIS station, not yet sampled
//    again; a tube of another table is refused with where its contact details are;
//  - one PIN for the whole tube; in one transaction, per person shown, an audit row
//    `id.revealed` and an outbox record `id.revealed`, both with the purpose
//    `contact_recalled` and `shown` ["name", "phone"] (docs/sync-protocol.md), never the
//    name, the phone or the ID number; decrypted only after that transaction committed.
class RecallContact {
    Q_DECLARE_TR_FUNCTIONS(station::RecallContact)

public:
    RecallContact(Database &db, StationStore &store, const PersonalDataCodec &codec,
                  Clock clock = systemClock());

    // Step 1: refuses nobody signed in, a role that may not, an unknown tube, a closed recall,
    // a tube of another table (saying which), a tube whose people were all sampled again or
    // erased, an unknown or locked operator. Nothing is written.
    Result<ContactRequest> prepare(const OperatorRef &by, const QString &tube) const;
    // Step 2, on any thread: Argon2id.
    static bool checkPin(const ContactRequest &request, const QString &pin);
    // Step 3: records the outcome; on a right PIN returns the names and phone numbers.
    Result<RecalledContacts> complete(const ContactRequest &request, bool pinCorrect);

    // The three steps on the calling thread (CLI, tests).
    Result<RecalledContacts> reveal(const OperatorRef &by, const QString &tube, const QString &pin);

    // The purpose key of the audit rows and records ("contact_recalled").
    static QString purposeKey();

private:
    Database &m_db;
    StationStore &m_store;
    const PersonalDataCodec &m_codec;
    Clock m_clock;
};

} // namespace station
