// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/Pooling.h"
#include "core/domain/ResidentCode.h"
#include "core/sampling/TubeSnapshot.h"
#include "table/ScanOutcome.h"

#include <QObject>

#include <functional>
#include <optional>

namespace station {

class SamplingService;
class SiteFactsStore;
struct SiteRecall;
struct SiteSighting;
struct SiteTubeWhereabouts;

// The single path from any input (HID wedge, serial scanner, camera, the scan field, the
// manual form) into the domain: classify the text, parse resident codes against today's
// date, call SamplingService, and say what happened in one ScanOutcome.
class ScanRouter : public QObject {
    Q_OBJECT
public:
    // Asked when the person was already sampled today at this table; `earlier` is the
    // station's account of that sample (when, which tube, the masked ID number: the nurse
    // checks it is the same person). True records a confirmed re-test.
    using RetestConfirmer =
        std::function<bool(const ResidentCode &resident, const QString &earlier)>;

    explicit ScanRouter(SamplingService &service, QObject *parent = nullptr);

    void setRetestConfirmer(RetestConfirmer confirmer) { m_confirmRetest = std::move(confirmer); }
    // Asked when another table of the site sampled the person today (the site's facts);
    // true records a confirmed re-test.
    using SiteRetestConfirmer =
        std::function<bool(const ResidentCode &resident, const SiteSighting &elsewhere)>;
    void setSiteRetestConfirmer(SiteRetestConfirmer confirmer) {
        m_confirmSiteRetest = std::move(confirmer);
    }
    // Asked when a recalled person (待复核) is scanned: the code of the NEW tube they are
    // sampled alone in (an empty code: one the station generates); nullopt: not sampled now.
    // `pooled` is the open pooled tube, which stays open and untouched.
    using SingleTubeAsker =
        std::function<std::optional<QString>(const ResidentCode &resident, const SiteRecall &recall,
                                             const std::optional<TubeSnapshot> &pooled)>;
    void setSingleTubeAsker(SingleTubeAsker asker) { m_askSingleTube = std::move(asker); }
    // Asked when a recalled person already sampled alone for the recall, at this table or at
    // another table of the site after it was raised (the province's `closed` fact not in
    // yet), is scanned again: true records a confirmed re-test in the pooled tube, as for
    // anyone sampled today; never another single tube.
    using RecallRetestConfirmer =
        std::function<bool(const ResidentCode &resident, const SiteRecall &recall)>;
    void setRecallRetestConfirmer(RecallRetestConfirmer confirmer) {
        m_confirmRecallRetest = std::move(confirmer);
    }
    // The site's facts as this station knows them (nullptr: no site rules). A person
    // sampled today at another table needs a confirmed re-test; a tube code used at another
    // table is refused; a tube sealed at another table may be packed into the open box.
    // Read locally: a scan never waits for the network.
    void setSiteFacts(const SiteFactsStore *facts) { m_siteFacts = facts; }
    // While not accepting (signed out, locked, a dialog is open) scans are refused.
    void setAccepting(bool accepting) { m_accepting = accepting; }
    bool isAccepting() const { return m_accepting; }
    // While paused (a dialog is open over the table screen) scans are refused.
    void setPaused(bool paused) { m_paused = paused; }
    bool isPaused() const { return m_paused; }
    // Which resident codes are believed: `provinceKey` is the province's 32-byte Ed25519 key
    // (empty = none known); a code with a signature that does not verify is always refused;
    // one without a signature is taken only with `acceptUnsigned`. Without a key and without
    // acceptUnsigned, no resident code can be trusted, so every one is refused.
    void setResidentCodeTrust(const QByteArray &provinceKey, bool acceptUnsigned) {
        m_provinceKey = provinceKey;
        m_acceptUnsigned = acceptUnsigned;
    }

    // Routes one scanned text. `method` is Scanner or Camera.
    ScanOutcome route(const QString &text, EntryMethod method);
    // Adds a resident whose details came from elsewhere (the manual form).
    ScanOutcome addResident(const ResidentCode &resident, EntryMethod method);
    // Packing mode: a box is open, so tube scans go into it and a second scan of its code
    // seals it. Read from the service, so it survives a restart.
    bool isPacking() const;

Q_SIGNALS:
    void outcome(const station::ScanOutcome &outcome);
    // A box was sealed by scanning its code again: its label and manifest are printed.
    void boxSealed(const QString &boxCode);

private:
    ScanOutcome routeUnguarded(const QString &text, EntryMethod method);
    ScanOutcome addResidentUnguarded(const ResidentCode &resident, EntryMethod method);
    ScanOutcome openTube(const QString &code);
    ScanOutcome scanBox(const QString &code);
    // A box code another table of the site used (the site's facts): why it cannot be opened
    // here; nothing when the facts know no such use.
    std::optional<ScanOutcome> refusalOfBoxCodeUsedElsewhere(const QString &code) const;
    // A tube into the open box: one of this table's, or one sealed at another table of the
    // site (the site's facts say where, and refuse one still open there, already in a box,
    // voided, or not known).
    ScanOutcome packTube(const QString &code);
    ScanOutcome packTubeOfOtherTable(const QString &code,
                                     const std::optional<SiteTubeWhereabouts> &site);
    ScanOutcome finish(const ScanOutcome &outcome);
    // A person with an open recall: sampled alone in a new single-person tube, never into
    // the pooled tube.
    ScanOutcome sampleRecalled(const ResidentCode &resident, EntryMethod method,
                               const SiteRecall &recall);
    // A person with an open recall who was already sampled alone for it, here or at another
    // table: nothing when the re-test is confirmed, otherwise why it is not recorded (naming
    // where, when and the tube).
    std::optional<ScanOutcome> refusalOfRecallRetest(const ResidentCode &resident,
                                                     const SiteRecall &recall);
    std::optional<ScanOutcome> refusalWhileUnavailable() const;
    // A scan into the open tube refused because another table used its code too.
    static ScanOutcome sharedTubeRefusal(const SharedTubeCode &shared);

    SamplingService &m_service;
    RetestConfirmer m_confirmRetest;
    SiteRetestConfirmer m_confirmSiteRetest;
    SingleTubeAsker m_askSingleTube;
    RecallRetestConfirmer m_confirmRecallRetest;
    const SiteFactsStore *m_siteFacts = nullptr;
    QByteArray m_provinceKey;
    bool m_acceptUnsigned = true;
    bool m_accepting = true;
    bool m_paused = false;
    bool m_busy = false; // a question is on screen; no second scan may slip in meanwhile
};

} // namespace station
