// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/Clock.h"
#include "core/domain/DomainError.h"
#include "core/domain/ResidentCode.h"
#include "core/domain/StationIdentity.h"
#include "core/sampling/TubeSnapshot.h"
#include "core/staff/Permissions.h"
#include "core/storage/Journal.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariantHash>

#include <optional>

namespace station {

class Database;
class PersonalDataCodec;

// The operations a sampling table performs. Each mutation is one SQLite transaction
// that writes the business rows, an outbox record and an audit row; it returns only
// after the commit, so an acknowledged scan is on disk. Refusals change nothing.
class SamplingService : public QObject {
    Q_OBJECT
public:
    SamplingService(Database &db, const PersonalDataCodec &codec, StationIdentity identity,
                    Clock clock = systemClock(), QObject *parent = nullptr);

    const StationIdentity &identity() const { return m_identity; }
    void setIdentity(const StationIdentity &identity) { m_identity = identity; }
    void setOperator(const OperatorRef &op) { m_operator = op; }
    const OperatorRef &currentOperator() const { return m_operator; }
    // Whether the signed-in operator may do `action` now (Permissions::require); every
    // mutation checks it again in its transaction. For a view that asks no questions of
    // someone who will be refused.
    Status mayDo(StaffAction action) const;
    // A change of the station's settings file by the signed-in operator (SettingsAuthority):
    // checked before the file is written, audited after.
    Status checkSettingsChange(const QVariantHash &before, const QVariantHash &after) const;
    Status recordSettingsChange(const QVariantHash &before, const QVariantHash &after);
    QDateTime now() const { return m_clock(); }

    // --- tubes -------------------------------------------------------------
    // Opens a new tube. Refused if the code was ever used, or a non-empty tube is open.
    // An open empty tube is voided ("replaced before the first swab") since its code
    // may not be used elsewhere.
    Result<TubeSnapshot> openTube(const QString &code, std::optional<int> poolSize = {});
    // Opens a new tube under a code the station generates (StationTubeCode: table, the
    // next number of the station's sequence, check digit), for sites that print a label
    // for each tube. The number is taken in the transaction that opens the tube, so it is
    // never issued twice. Same refusals as openTube.
    Result<TubeSnapshot> openGeneratedTube(std::optional<int> poolSize = {});
    // Changes the open tube's pool size; only before its first person.
    Result<TubeSnapshot> changePoolSize(int poolSize);
    // Adds a resident to the open tube. Refused (ErrorCode::TubeCodeShared) once the site told
    // this station that another table used the open tube's code too (sharedTubeCode()): the
    // tube is sealed with the people already in it and a new one opened. The same person already
    // sampled today at this station needs `retestConfirmed` (ErrorCode::RetestNeedsConfirmation
    // otherwise); a re-test confirmed for a sample at another table of the site (the table's site
    // rules) is passed the same way and recorded as a confirmed re-test. At the pool size the tube
    // seals itself (SampleAdded::tubeSealed).
    Result<SampleAdded> addResident(const ResidentCode &resident, EntryMethod method,
                                    bool retestConfirmed = false);
    // A person recalled for re-check (待复核) is sampled alone: opens a single-person tube
    // under `tubeCode` (empty: a code the station generates), swabs the person into it and
    // seals it, in one transaction. The open pooled tube, if any, stays open and untouched
    // (same people, same pool). Recorded as a confirmed re-test. The person's open recalls
    // (site_recalls, by `recallPersonKey`, the site person key) are marked sampled again in
    // the same transaction.
    Result<SampleAdded> addResidentAlone(const ResidentCode &resident, EntryMethod method,
                                         const QString &tubeCode,
                                         const QString &recallPersonKey = QString());
    Result<TubeSnapshot> removeSample(qint64 sampleId, const QString &reason);
    Result<TubeSnapshot> undoLastSample(const QString &reason);
    // Seals the open tube before it is full (end of queue or shift).
    Result<TubeSnapshot> sealOpenTubeEarly(const QString &reason);
    // Voids an open or sealed tube; its people must be sampled again.
    Result<VoidedTube> voidTube(const QString &code, const QString &reason);

    std::optional<TubeSnapshot> openTubeSnapshot() const;
    // Whether the site told this station (a tube_code_reused site note) that another table
    // used the code of this station's tube `tubeUuid` too; nullopt when not, or when it cannot
    // be read. Read locally, on the caller's thread.
    std::optional<SharedTubeCode> sharedTubeCode(const QString &tubeUuid) const;
    // The same for the open tube, if one is open.
    std::optional<SharedTubeCode> sharedOpenTubeCode() const;
    // Why no one more goes into a tube whose code another table used too, and what to do (seal
    // it now, mark it, open a new tube; an empty one is replaced): the refusal of a scan into
    // it, at the window and the command line alike.
    static QString sharedTubeCodeRefusal(const SharedTubeCode &shared);
    Result<TubeSnapshot> tube(const QString &code) const;
    // The tube opened last at this station that was not voided (open or sealed): the one
    // whose label the table prints on request.
    std::optional<TubeSnapshot> latestTube() const;

    // --- boxes -------------------------------------------------------------
    Result<BoxSnapshot> openBox(const QString &code);
    // Puts a sealed tube into the open box; open, voided or already boxed tubes are refused.
    Result<BoxSnapshot> addTubeToBox(const QString &tubeCode);
    // Puts a tube sealed at another table of the site into the open box (the table checked
    // the site's facts first: table/ScanRouter). The record names where it was sealed.
    // Refused when the tube is one of this station's or already in a box here.
    Result<BoxSnapshot> addSiteTubeToBox(const SealedTubeElsewhere &tube);
    Result<BoxSnapshot> sealBox();
    // Hands a sealed box to the courier. Refused when the counts do not reconcile or
    // when transit has exceeded 2 hours and no temperature is given.
    Result<BoxSnapshot> handOverBox(const QString &boxCode, const HandOver &handOver);

    // Hands a box that another table packed and sealed to the courier here (`box` as the
    // site's facts describe it; the table reconciled it with them). The record carries
    // box_station; the hand-over is kept in site_box_hand_overs. Refused when it was handed
    // over here already, and like handOverBox for the names and the temperature.
    Result<BoxSnapshot> handOverSiteBox(const BoxSnapshot &box, const HandOver &handOver);
    // Whether the box (by uuid) of another table was handed over at this station.
    bool siteBoxHandedOverHere(const QString &boxUuid) const;
    // `box` of another table (as the site's facts describe it) as handed over at this
    // station: state, time, names and temperature from site_box_hand_overs, for its manifest
    // and the views; nullopt when it was not handed over here.
    std::optional<BoxSnapshot> asHandedOverHere(const BoxSnapshot &box) const;

    std::optional<BoxSnapshot> openBoxSnapshot() const;
    Result<BoxSnapshot> box(const QString &code) const;
    // This station's sealed tubes not in any box of this station, oldest seal first.
    QList<BoxSnapshot::Tube> sealedTubesNotBoxed() const;
    // Sealed boxes that wait for the courier, oldest seal first. Read from the database, so
    // the table finds them again after a restart.
    QList<BoxSnapshot> sealedBoxesAwaitingHandOver() const;
    Reconciliation reconcile() const;

    // --- lists -------------------------------------------------------------
    // Today's samples at this table, newest first. `filter` matches a tube code
    // (substring) or the last digits of an ID number.
    QList<SampleListEntry> todaysSamples(const QString &filter = {}) const;
    // Whether the person was already sampled today at this site (any tube still valid).
    bool sampledToday(const ResidentCode &resident) const;

    // Whether `code` may be used as a tube code here (site pattern, check digit of a
    // station-generated code). A question asking for a tube code checks its answer with it.
    Status checkTubeCode(const QString &code) const;

Q_SIGNALS:
    // Emitted after every committed mutation; views refresh from it.
    void changed();

private:
    Status requireOperator() const;
    // The requested pool size, or the station's default when none is given; refused unless it
    // is 1, 5, 10 or 20.
    Result<int> poolSizeToUse(std::optional<int> requested) const;
    // Nullopt when there is no such tube or when a read failed (`error` says which): a
    // partial member list is never returned.
    std::optional<TubeSnapshot> loadTube(const QString &whereSql, const QVariant &bind,
                                         QSqlError *error = nullptr) const;
    // After a commit: the tube as stored, or `fallback` when it cannot be re-read.
    TubeSnapshot reloadTube(qint64 id, const TubeSnapshot &fallback) const;
    BoxSnapshot reloadBox(qint64 id, const BoxSnapshot &fallback) const;
    std::optional<BoxSnapshot> loadBox(const QString &whereSql, const QVariant &bind) const;
    QJsonObject envelope(const QDateTime &at) const;

    // What the work of one mutation is given inside its transaction (SamplingMutation.h).
    class Mutation;
    // Runs `work(Mutation &)` as one transaction named `what` ("sealing tube T1"); `work`
    // returns a Result and writes the business rows, outbox record and audit row. Emits
    // changed() after the commit; a refusal or failure rolls back and emits nothing. The
    // signed-in operator must be allowed to record samples (Permissions); `work` checks any
    // further action with Mutation::require().
    template <typename Work> auto mutate(const QString &what, Work &&work);
    // The part of opening a tube that runs inside the caller's mutation: refuses a used
    // code or a non-empty open tube, voids an empty open one, inserts the tube and writes
    // its outbox and audit rows. `generated` marks a code the station issued.
    Result<TubeSnapshot> writeOpenedTube(Mutation &m, const QString &code, int pool,
                                         const QDateTime &now, bool generated);
    // The part of adding a resident to `tube` (open) that runs inside the caller's mutation:
    // refuses a person already in it or sampled today without `retestConfirmed`, writes the
    // sample and its outbox and audit rows, and seals the tube when it is full.
    Result<SampleAdded> writeSample(Mutation &m, const TubeSnapshot &tube,
                                    const ResidentCode &resident, EntryMethod method,
                                    bool retestConfirmed, const QDateTime &now);
    Database &m_db;
    const PersonalDataCodec &m_codec;
    StationIdentity m_identity;
    Clock m_clock;
    OperatorRef m_operator;
};

} // namespace station
