// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "protocol/BatchAnswer.h"
#include "server/LabResultFile.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace station::server {

class Database;

// A person in a matched tube, as the site knows them (never their ID number).
struct MatchedPerson {
    QString sampleUuid;
    QString personKey; // the site person key; empty when the sample named nobody
    QString station;
};

// A result matched to its tube, as the matched-result hook sees it.
struct MatchedResult {
    QString resultUuid;
    QString site;
    QString tube;
    QString tubeUuid;
    QString lab;
    QString outcome; // positive | invalid (the hook is called for these only)
    QString testedAt;
    QList<MatchedPerson> people; // active samples of the tube
};

// Called inside the transaction that matches a result as positive or invalid, once per
// result (a re-sent result, a duplicate, does not call it again). False with *error rolls
// the transaction back. The lead wires it to Recalls::raiseForTube.
using MatchedResultHook = std::function<bool(const MatchedResult &, QString *error)>;
// The same for many results at once (BulkResults: a file's positive pools), in their order:
// what MatchedResultHook does for each, in fewer statements.
using MatchedResultsHook = std::function<bool(const QList<MatchedResult> &, QString *error)>;

// Why a result found no tube to match: no tube has its code, the tube has not been handed
// over to the courier yet, the tube was voided, or every tube of that code was opened after
// the lab tested (the code was used again, or the tested time is wrong).
namespace UnmatchedReason {
inline const QString UnknownTube = QStringLiteral("unknown_tube");
inline const QString NotHandedOver = QStringLiteral("not_handed_over");
inline const QString TubeVoided = QStringLiteral("tube_voided");
inline const QString TestedBeforeSampled = QStringLiteral("tested_before_sampled");
} // namespace UnmatchedReason

struct ResultAnswer {
    QString uuid; // empty for an input that was no result
    protocol::RecordStatus status = protocol::RecordStatus::Rejected;
    QString reason;
    QString code;            // rejected: the reason as a word (LabResultRefusal)
    QString matchState;      // matched | unmatched (accepted and duplicate)
    QString unmatchedReason; // when unmatched
    int line = 0;            // the input's line in an imported file
};

struct ResultsBatch {
    bool stored = false; // false: rolled back, nothing stored
    QString error;
    QList<ResultAnswer> results;
    int counts[4] = {0, 0, 0, 0}; // by protocol::RecordStatus
    int matched = 0;              // of those accepted now
};

struct UnmatchedResult {
    QString uuid;
    QString lab;
    QString tube;
    QString outcome;
    QString testedAt;
    QString receivedAt;
    QString reason;
    // When a person resolved it (admin resolve-result); empty while it waits.
    QString resolvedAt;
    QString resolvedBy;
    QString resolutionReason;
};

// What Results::resolve did with an unmatched result.
struct ResultResolution {
    enum class Outcome {
        Resolved,        // marked now
        NotAUuid,        // the text is no uuid
        UnknownResult,   // no result has this uuid
        Matched,         // the result matched a tube: nothing to resolve
        AlreadyResolved, // resolved before (resolvedAt, resolvedBy, reason say when, who, why)
        PersonalData,    // the reason or name holds an ID or mobile number: refused
        Failed,          // the database failed (error)
    };
    Outcome outcome = Outcome::Failed;
    QString uuid; // as stored (lower case, no braces)
    QString resolvedAt;
    QString resolvedBy;
    QString reason;
    QString error;
};

// What Results::rematchAll did besides matching: the lower-case tube codes stored before the
// parser upper-cased them, upper-cased now; and those left as they were because the same result
// is stored under the upper-case code already (a lab that sent it again after the fix): pairs
// of uuids, the lower-case result's first, for a person to resolve.
struct RematchReport {
    qint64 upperCased = 0;
    QList<std::pair<QString, QString>> upperCaseTwins;
};

// The labs' results (docs/sync-protocol.md, "Results"): stored once by their natural key
// (lab, tube, tested_at), matched result -> tube -> people against the projection that
// TubeProjection keeps, the unmatched listed with their reason and matched again when the
// records they wait for arrive.
class Results {
    Q_DECLARE_TR_FUNCTIONS(Results)
public:
    explicit Results(Database &database);

    // Every path that matches (store, rematch, BulkResults) calls it through matchedHook(),
    // which also notes the result's site for takeAnnouncedSites().
    void setMatchedHook(MatchedResultHook hook);
    const MatchedResultHook &matchedHook() const { return m_hook; }
    // Optional: the hook for many results at once; without it, announceAll() calls
    // matchedHook() for each.
    void setMatchedResultsHook(MatchedResultsHook hook);
    // The hook for each of `results` (all matched positive or invalid), in order. False with
    // *error when it fails.
    bool announceAll(const QList<MatchedResult> &results, QString *error) const;
    bool hasMatchedHook() const { return m_hook || m_resultsHook; }
    // The sites of the results matched positive or invalid (the hook called) since the last
    // call: whose stations to wake (HttpApi::notifyFactsAdded) after a batch. A site whose
    // batch was rolled back may be among them; waking its stations does no harm.
    QSet<QString> takeAnnouncedSites() { return std::exchange(m_announcedSites, {}); }

    // Refuses (code not_a_tube_code) each input whose tube code no tube at the province has
    // and that has not the shape of a tube code (looksLikeTubeCode): a misread code such as
    // GZ00000X0202 would otherwise wait as unknown_tube for a tube that never comes. A site
    // whose own tube pattern allows other shapes has its codes taken once its tubes are known.
    // False with *error when the tubes cannot be read.
    bool refuseStrangeTubeCodes(QList<LabResultInput> &inputs, QString *error);

    // Stores the results in one transaction; each input gets its answer, in order.
    // `receivedBy`: the lab device, or "import" for a file.
    ResultsBatch store(const QList<LabResultInput> &inputs, const QString &receivedBy);

    // The unmatched results of these tube codes matched again, on `db` inside the
    // caller's transaction (RecordStore::ingest). False with *error when a statement or
    // the hook fails.
    bool rematch(QSqlDatabase &db, const QSet<QString> &tubes, QString *error);
    // Every unmatched result matched again, in one transaction: how many matched now.
    // A result's tube code stored in lower case (before the parser upper-cased codes) is
    // upper-cased first, with the uuid and content hash a lab's result sent now would get.
    std::optional<qint64> rematchAll(QString *error, RematchReport *report = nullptr);

    // The unmatched results waiting for a tube, or (`resolved`) those a person resolved.
    std::optional<QList<UnmatchedResult>> unmatched(int limit, QString *error,
                                                    bool resolved = false);

    // Marks the unmatched result `uuid` resolved by `by` for `reason` (free text kept in the
    // clear: refused when it or `by` holds an ID number or a mobile number). A resolved result
    // leaves the unmatched list and is never matched again. Resolving one twice is refused:
    // the first resolution (who, when, why) stays as it was.
    ResultResolution resolve(const QString &uuid, const QString &reason, const QString &by);

    // The result's uuid: a UUID v5 of its natural key.
    static QString resultUuid(const LabResult &result);
    // SHA-256 of what a result says; the same key with another hash is a conflict.
    static QString contentHash(const LabResult &result);

private:
    struct Match {
        QString state; // matched | unmatched
        QString reason;
        QString site;
        QString tubeUuid;
    };
    struct Statements;
    std::optional<Match> match(Statements &st, const QString &tube, const QString &testedAt,
                               QString *error);
    // The hook for a result matched now (positive or invalid); true when it need not be
    // called.
    bool announce(Statements &st, const QString &uuid, const LabResult &result, const Match &match,
                  QString *error);
    // rematchAll's first step: lower-case tube codes of waiting results upper-cased.
    bool upperCaseWaitingTubes(QSqlDatabase &db, RematchReport *report, QString *error);
    bool rematchWhere(QSqlDatabase &db, const QString &condition, const QList<QVariant> &values,
                      qint64 *matched, QString *error);

    Database &m_database;
    MatchedResultHook m_hook;
    MatchedResultsHook m_resultsHook;
    QSet<QString> m_announcedSites;
};

} // namespace station::server
