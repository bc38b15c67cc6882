// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/Pooling.h"
#include "core/domain/ResidentCode.h"
#include "core/domain/StationIdentity.h"
#include "core/sampling/LabelPrintLog.h"
#include "core/sampling/TubeSnapshot.h"
#include "table/BoxHandOver.h"
#include "table/ScanOutcome.h"
#include "table/TableQuestion.h"

#include <QObject>

#include <optional>
#include <utility>

namespace station {

class SamplingService;
class ScanRouter;
class SiteFactsStore;
class TablePrinting;

// The state and rules of one sampling table for a shift: who is signed in, the open tube
// and the box on the table, what a scan means now (ScanRouter), corrections and the reasons
// they need, tube labels for new tubes, reprints, and the hand-over of a box. The window
// and sampling-station-cli (`scan`, `simulate`) both drive this one object, so a scan
// means the same at the screen and on the command line.
//
// Views show its state (stateChanged(), the queries below) and its outcomes (outcome(),
// every message the banner shows); when it needs an answer (a reason, a re-test) it asks
// its TableAsker and takes no scan until the answer is in. Lives on the thread that owns
// the SamplingService (the GUI thread in the window); every call returns after the commit.
class TableWorkflow : public QObject {
    Q_OBJECT
public:
    explicit TableWorkflow(SamplingService &service, QObject *parent = nullptr);
    ~TableWorkflow() override;

    SamplingService &service() const { return m_service; }
    ScanRouter &router() const { return *m_router; }
    // Who answers questions; without one every question counts as cancelled.
    void setAsker(TableAsker *asker) { m_asker = asker; }
    // Where labels and manifests go; nullptr = no printing (requests say so).
    void setPrinting(TablePrinting *printing);
    TablePrinting *printing() const { return m_printing; }
    // Which resident codes are believed (ScanRouter::setResidentCodeTrust): the province's
    // key and the site's choice for unsigned codes, both from StationSettings.
    void setResidentCodeTrust(const QByteArray &provinceKey, bool acceptUnsigned);
    // The site's facts (core/sync/SiteFactsStore), for the site-wide rules: a person sampled
    // today at another table gets the re-test question naming that table; a tube code used
    // at another table is refused; tubes sealed at other tables may be packed here, and
    // boxes other tables sealed may be handed over here; a recalled person (待复核) is
    // sampled alone in a new single-person tube (asked for as a TubeCode question, or
    // generated when the table prints a label for each tube) while the pooled tube stays
    // open. nullptr: this table alone.
    void setSiteFacts(const SiteFactsStore *facts);

    // --- who works at the table ---------------------------------------------------
    // `op` has proven their PIN (the sign-in screen, or checkOperatorPin()).
    void signIn(const OperatorRef &op);
    // Nobody is signed in any more: scans are refused until the next sign-in.
    void lock();
    bool isSignedIn() const;
    const OperatorRef &currentOperator() const;

    // While a view shows a window of its own over the table (settings, today's list, a
    // hand-over), scans are refused instead of acting behind it.
    class Pause {
    public:
        explicit Pause(TableWorkflow &workflow);
        ~Pause();
        Pause(const Pause &) = delete;
        Pause &operator=(const Pause &) = delete;

    private:
        TableWorkflow &m_workflow;
    };
    bool isPaused() const { return m_pauses > 0 || m_asking > 0; }

    // --- scans ---------------------------------------------------------------------
    // One scanned text from any scanner, or a code typed into the scan field (Manual). A
    // resident code whose Chinese characters were lost on the way (a scanner that types like
    // a keyboard cannot send them) is refused with how to set the scanner up. While a question
    // is open the scan answers it when it is what the question asks for (a tube code), else it
    // is refused loudly; it is never dropped.
    ScanOutcome scan(const QString &text, EntryMethod method);
    // A keyboard scanner's code that did not arrive whole (part of it came as typing, e.g. the
    // station was busy): refused, nothing recorded, "scan again".
    ScanOutcome refuseIncompleteScan();
    // A resident whose details were typed in (the manual form).
    ScanOutcome addResident(const ResidentCode &resident, EntryMethod method);
    // A scanner's notice that took no scan (two codes in view); shown while signed in.
    void showScannerNotice(const QString &message);
    // A scanner's refusal of what it read (damaged or cut-off transfer, wrong encoding):
    // nothing was taken; shown as a refusal while signed in.
    void refuseScannerInput(const QString &message);

    // --- the open tube ---------------------------------------------------------------
    std::optional<TubeSnapshot> openTube() const;
    // The pool size for the open, still empty tube, and for tubes the station opens.
    ScanOutcome choosePoolSize(int poolSize);
    ScanOutcome undoLast();
    // Takes a person out of the open tube (asks why).
    ScanOutcome removeSample(qint64 sampleId);
    ScanOutcome sealEarly();
    // The reasons offered (TableQuestion::choices) when a person is taken out of the open
    // tube (undo, remove), when a tube is sealed before it is full and when one is voided.
    // The command line offers the same (tube seal|void --reason).
    static QStringList takeOutReasons();
    // The last of them is for a tube whose code another table used too; sealEarly() then
    // offers sharedCodeSealReason() first instead, naming the table.
    static QStringList sealEarlyReasons();
    static QString sharedCodeSealReason(const SharedTubeCode &shared);
    // The open tube, when the site told this station that another table used its code too
    // (SamplingService::sharedTubeCode): no one more goes into it.
    std::optional<SharedTubeCode> sharedOpenTubeCode() const;
    // After the station heard from the site (a sync pass, the site's facts): when the open
    // tube's code turns out to be used at another table too, says so once (a refusal
    // outcome, ScanOutcome::tubeCodeShared), while someone is signed in. What it said, if
    // anything (a window in front of the table says it too).
    std::optional<ScanOutcome> noticeSiteNotes();
    static QStringList voidReasons();
    // Voids the open tube, or a sealed one whose code it asks for; the people to sample
    // again come with resampleRequired().
    ScanOutcome voidTube();

    // --- boxes -----------------------------------------------------------------------
    // The box the table shows: the one being packed, else the one shown last while it
    // waits for the courier, else the oldest sealed box of this table waiting, else the
    // oldest another table sealed (boxesWaiting()). Remembers which.
    std::optional<BoxSnapshot> boxOnScreen();
    // Sealed boxes waiting for the courier: this table's, oldest first (not those another
    // table handed over already), then those other tables of the site sealed and nobody
    // handed over yet (marked with their table: BoxSnapshot::packedAtTable).
    QList<BoxSnapshot> boxesWaiting() const;
    // The sealed box that hand-over and the manifest act on; an error saying what to do
    // when there is none.
    Result<BoxSnapshot> boxToHandOver() const;
    // What the courier may take here, for the window's picker: the box boxToHandOver() names
    // first, then the rest of boxesWaiting(). Empty when none waits.
    QList<BoxSnapshot> boxesToHandOver() const;
    // The box with this code as the table knows it: this station's (shown as handed over,
    // with the table, when another table handed it over), else one another table sealed.
    Result<BoxSnapshot> box(const QString &boxCode) const;
    // Records the hand-over of a box of this table, or of a box another table sealed (in one
    // action here: its counts and tubes must agree with what that table sealed and what the
    // site's facts say of its tubes now); refused (with why) otherwise.
    Result<BoxSnapshot> handOver(const QString &boxCode, const HandOver &handOver);
    // What handOverBoxes() did: the boxes handed over, and each one refused with why.
    struct BoxesHandedOver {
        QList<BoxSnapshot> handedOver;
        QList<std::pair<QString, QString>> refused; // box code, why
        // Nothing was tried: what is missing for all of them (names, the temperature).
        QString refusedAll;
        bool complete() const { return refusedAll.isEmpty() && refused.isEmpty(); }
    };
    // Several waiting boxes to one courier in one action (the window's picker, `box hand-over
    // CODE...`): first checked together (at least one box, both names, and the temperature
    // when any of them is 2 hours old), then each through handOver(): its own rules, its own
    // transaction and outcome; a box that is refused leaves the others handed over.
    BoxesHandedOver handOverBoxes(const QStringList &boxCodes, const HandOver &handOver);

    // --- tubes of this table after sealing -----------------------------------------------
    // Where a tube of this table went when another table packed it (the site's facts):
    // "box B at Table 5"; empty when it did not (or the facts do not say).
    // Only facts about this table's tube count: another table's tube with the same code (a
    // tube_code_reused note) is another tube.
    QString boxedElsewhere(const QString &tubeCode) const;
    QString boxedElsewhere(const QString &tubeCode, const QString &tubeUuid) const;
    // The service's reconciliation, with this table's sealed tubes that other tables packed
    // counted as boxed there instead of waiting for a box here.
    Reconciliation reconcile() const;

    // --- labels ----------------------------------------------------------------------
    // The open tube's label, or the last tube's when none is open.
    ScanOutcome printTubeLabel();
    ScanOutcome printBoxLabel();
    ScanOutcome printManifest();
    // Prints `document` of `code`: a document printed before needs a reason (asked); one
    // whose print failed is sent again as that print. `handOver` fills a manifest's hand-over
    // block with what is typed at hand-over.
    ScanOutcome print(PrintedDocument document, const QString &code,
                      const std::optional<HandOver> &handOver = {});
    ScanOutcome retryPrinting();

    // "Print a label for each new tube": while on, whenever nobody's tube is open the
    // table opens one under a code the station generates and prints its label. Scanning a
    // pre-printed tube still replaces it while it is empty.
    void setPrintLabelForEachTube(bool enabled);
    bool printsLabelForEachTube() const { return m_labelEachTube; }

Q_SIGNALS:
    // Everything the banner shows: the answer to a scan or an action, and what the table
    // did by itself (a tube opened for the next label, a print).
    void outcome(const station::ScanOutcome &outcome);
    // Who is signed in, or whether scans are taken, changed.
    void signInChanged();
    // A tube was voided: these people must be called back and sampled again.
    void resampleRequired(const QString &tubeCode, const QList<station::TubeMember> &people);
    // The prints waiting after a printer problem changed (a failure, a retry, a success).
    void printProblemsChanged();
    // The table opened a tube by itself under a code the station generated ("print a label
    // for each new tube"); its label was sent when a printer is set up.
    void generatedTubeOpened(const QString &tubeCode);

private:
    friend class Pause;
    std::optional<QString> ask(const TableQuestion &question);
    std::optional<QString> askReason(const QString &title, const QString &text,
                                     const QStringList &choices = {}, int picked = -1);
    // Emits the outcome and lets the table do what follows by itself (the next tube).
    ScanOutcome finish(const ScanOutcome &outcome);
    std::optional<ScanOutcome> refusalWhenSignedOut() const;
    // A tube-code question's check of its answer (TableQuestion::problemWith): the service's.
    std::function<QString(const QString &)> tubeCodeProblem() const;
    void updateRouter();
    // Prints quietly: nothing said when there is no printer or it was printed before.
    // Whether the document is sent (or on its way, or printed before); false without a
    // printer, which is not said here (the caller says it).
    bool printAutomatically(PrintedDocument document, const QString &code);
    // A sealed box's outcome with what became of its label and manifest (boxPapers).
    ScanOutcome withSealPrinting(ScanOutcome result) const;
    // handOver() without its outcome: handOverBoxes() says one for all.
    Result<BoxSnapshot> handOverOne(const QString &boxCode, const HandOver &handOver);
    static ScanOutcome handedOverOutcome(const BoxSnapshot &done, const HandOver &handOver);
    void onBoxSealed(const QString &boxCode);
    void openGeneratedTubeIfDue();
    void labelSingleTubeIfGenerated(const ScanOutcome &result);

    SamplingService &m_service;
    ScanRouter *m_router;
    // Which boxes the courier may take here, and the rule of their hand-over.
    BoxHandOver m_boxes;
    const SiteFactsStore *m_siteFacts = nullptr;
    TableAsker *m_asker = nullptr;
    TablePrinting *m_printing = nullptr;
    int m_pauses = 0;
    int m_asking = 0;
    // The kind of the question on screen, while one is.
    std::optional<TableQuestion::Kind> m_openQuestion;
    // The tube whose shared code noticeSiteNotes() said last (its uuid).
    QString m_sharedTubeAnnounced;
    bool m_labelEachTube = false;
    bool m_generating = false;
    // The pool size last chosen by the operator; generated tubes open with it (0: default).
    int m_chosenPoolSize = 0;
    // The box shown: the open one, or the last one sealed here until handed over.
    QString m_boxCode;
    // What became of the papers of the box sealed last, for its outcome.
    QString m_sealPapersBox;
    ScanOutcome::BoxPapers m_sealPapers = ScanOutcome::BoxPapers::Unknown;
};

// Checks a staff member's PIN the way the sign-in screen does (wrong PINs count towards
// the lock-out and are audited); the operator to sign in, or why not. Runs Argon2id: call
// it off the GUI thread.
class StationStore;
Result<OperatorRef> checkOperatorPin(StationStore &store, const QString &staffId,
                                     const QString &pin);

} // namespace station
