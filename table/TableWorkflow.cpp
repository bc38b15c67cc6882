// SPDX-License-Identifier: GPL-3.0-or-later
#include "table/TableWorkflow.h"
#include "core/TableLabel.h"

#include "core/domain/ResidentCodeTextLoss.h"
#include "core/domain/ScanClassifier.h"
#include "core/domain/Sentences.h"
#include "core/sampling/SamplingService.h"
#include "core/storage/StationStore.h"
#include "core/sync/SiteFactsStore.h"
#include "table/Logging.h"
#include "table/ScanCheck.h"
#include "table/ScanRouter.h"
#include "table/TablePrinting.h"

namespace station {

TableWorkflow::TableWorkflow(SamplingService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_router(new ScanRouter(service, this))
    , m_boxes(service) {
    m_router->setRetestConfirmer([this](const ResidentCode &resident, const QString &earlier) {
        TableQuestion q;
        q.kind = TableQuestion::Kind::ConfirmRetest;
        q.title = tr("Already sampled today");
        // When and in which tube (a tester saw only "already sampled today at this site").
        q.text = earlier;
        q.subject = resident.name;
        return ask(q).has_value();
    });
    m_router->setSiteRetestConfirmer([this](const ResidentCode &resident,
                                            const SiteSighting &elsewhere) {
        TableQuestion q;
        q.kind = TableQuestion::Kind::ConfirmRetest;
        q.title = tr("Already sampled today");
        q.text =
            tr("%1 was already sampled today at %2 at %3 (tube %4). Sample again as a "
               "re-test?")
                .arg(resident.name, shownTableLabel(elsewhere.table),
                     elsewhere.at.toLocalTime().toString(QStringLiteral("HH:mm")), elsewhere.tube);
        q.subject = resident.name;
        return ask(q).has_value();
    });
    m_router->setRecallRetestConfirmer([this](const ResidentCode &resident,
                                              const SiteRecall &recall) {
        TableQuestion q;
        q.kind = TableQuestion::Kind::ConfirmRetest;
        q.title = tr("Already sampled today");
        const QString at = recall.sampledAgainAt.toLocalTime().toString(QStringLiteral("HH:mm"));
        q.text = recall.sampledAgainElsewhere()
                     ? tr("%1 was already sampled again ALONE for the re-check (待复核) at %2 at "
                          "%3 into tube %4. Do not take another single tube. Sample again as a "
                          "re-test in the pooled tube?")
                           .arg(resident.name, shownTableLabel(recall.sampledAgainTable), at,
                                recall.sampledAgainTube)
                     : tr("%1 was already sampled again ALONE for the re-check (待复核) at %2 "
                          "into tube %3. Do not take another single tube. Sample again as a "
                          "re-test in the pooled tube?")
                           .arg(resident.name, at, recall.sampledAgainTube);
        q.subject = resident.name;
        return ask(q).has_value();
    });
    m_router->setSingleTubeAsker(
        [this](const ResidentCode &resident, const SiteRecall &recall,
               const std::optional<TubeSnapshot> &pooled) -> std::optional<QString> {
            // Printing a label for each tube: the single tube gets a code and label of its own.
            if (m_labelEachTube)
                return QString();
            const QString result =
                recall.outcome == QLatin1String("invalid") ? tr("invalid") : tr("positive");
            TableQuestion q;
            q.kind = TableQuestion::Kind::TubeCode;
            q.title = tr("PENDING RE-CHECK (待复核)");
            const QString who =
                tr("%1 was in tube %2 (%3), which was %4: %1 must be sampled ALONE.")
                    .arg(resident.name, recall.tube, shownTableLabel(recall.table), result);
            q.text = pooled ? tr("%1 Do NOT put this swab in the pooled tube %2 (%3 / %4 people): "
                                 "it stays open for the next people. Take a NEW tube and scan its "
                                 "code:")
                                  .arg(who, pooled->code)
                                  .arg(pooled->count())
                                  .arg(pooled->poolSize)
                            : tr("%1 Take a NEW tube and scan its code:").arg(who);
            q.subject = resident.name;
            q.problemWith = tubeCodeProblem();
            // The banner turns red as the question opens (a tester saw the last green "added"
            // stay behind it until the question was answered).
            q.outcomeWhileOpen = ScanOutcome::recallAlert(
                tr("PENDING RE-CHECK (待复核): %1 was in tube %2 (%3), which was %4. Not "
                   "recorded yet: %1 must be sampled ALONE in a new tube; scan its code.")
                    .arg(resident.name, recall.tube, shownTableLabel(recall.table), result),
                false);
            const std::optional<QString> code = ask(q);
            if (!code || code->trimmed().isEmpty())
                return std::nullopt;
            return code->trimmed();
        });
    connect(m_router, &ScanRouter::outcome, this,
            [this](const ScanOutcome &o) { Q_EMIT outcome(withSealPrinting(o)); });
    connect(m_router, &ScanRouter::boxSealed, this, &TableWorkflow::onBoxSealed);
    updateRouter();
}

TableWorkflow::~TableWorkflow() {
    if (m_printing)
        m_printing->setBoxLookup({});
}

void TableWorkflow::setPrinting(TablePrinting *printing) {
    if (m_printing) {
        disconnect(m_printing, nullptr, this, nullptr);
        m_printing->setBoxLookup({});
    }
    m_printing = printing;
    if (m_printing) {
        connect(m_printing, &TablePrinting::problemsChanged, this,
                &TableWorkflow::printProblemsChanged);
        // The printer's answer comes later than the request: said when it comes.
        connect(m_printing, &TablePrinting::printed, this, [this](int, const QString &message) {
            Q_EMIT outcome(ScanOutcome::printDone(message));
        });
        connect(m_printing, &TablePrinting::recordFailed, this,
                [this](const QString &message) { Q_EMIT outcome(ScanOutcome::refusal(message)); });
        connect(m_printing, &QObject::destroyed, this, [this] { m_printing = nullptr; });
        m_printing->setBoxLookup([this](const QString &code) { return box(code); });
    }
    Q_EMIT printProblemsChanged();
}

void TableWorkflow::setResidentCodeTrust(const QByteArray &provinceKey, bool acceptUnsigned) {
    m_router->setResidentCodeTrust(provinceKey, acceptUnsigned);
}

void TableWorkflow::setSiteFacts(const SiteFactsStore *facts) {
    m_siteFacts = facts;
    m_router->setSiteFacts(facts);
    m_boxes.setSiteFacts(facts);
}

// --- who works at the table ---------------------------------------------------------

void TableWorkflow::signIn(const OperatorRef &op) {
    m_service.setOperator(op);
    updateRouter();
    qCInfo(lcTable) << "operator signed in";
    Q_EMIT signInChanged();
    // Each operator is told that the open tube's code was also used elsewhere (the window
    // asks noticeSiteNotes() after the sign-in; the command line says it at the next scan).
    m_sharedTubeAnnounced.clear();
    openGeneratedTubeIfDue();
}

void TableWorkflow::lock() {
    m_service.setOperator(OperatorRef{});
    updateRouter();
    Q_EMIT signInChanged();
}

bool TableWorkflow::isSignedIn() const {
    return m_service.currentOperator().isValid();
}

const OperatorRef &TableWorkflow::currentOperator() const {
    return m_service.currentOperator();
}

TableWorkflow::Pause::Pause(TableWorkflow &workflow)
    : m_workflow(workflow) {
    ++m_workflow.m_pauses;
    m_workflow.updateRouter();
}

TableWorkflow::Pause::~Pause() {
    --m_workflow.m_pauses;
    m_workflow.updateRouter();
    // A tube the table opens by itself waits until nothing is on screen over the table.
    m_workflow.openGeneratedTubeIfDue();
}

void TableWorkflow::updateRouter() {
    m_router->setAccepting(isSignedIn());
    m_router->setPaused(isPaused());
}

std::optional<QString> TableWorkflow::ask(const TableQuestion &question) {
    if (!m_asker)
        return std::nullopt;
    ++m_asking;
    updateRouter();
    const std::optional<TableQuestion::Kind> outer = m_openQuestion;
    m_openQuestion = question.kind;
    std::optional<QString> answer = m_asker->ask(question);
    m_openQuestion = outer;
    --m_asking;
    updateRouter();
    return answer;
}

std::optional<QString> TableWorkflow::askReason(const QString &title, const QString &text,
                                                const QStringList &choices, int picked) {
    TableQuestion q;
    q.kind = TableQuestion::Kind::Reason;
    q.title = title;
    q.text = text;
    q.choices = choices;
    q.picked = picked;
    std::optional<QString> reason = ask(q);
    if (reason)
        *reason = reason->trimmed();
    return reason;
}

ScanOutcome TableWorkflow::finish(const ScanOutcome &result) {
    Q_EMIT outcome(result);
    openGeneratedTubeIfDue();
    return result;
}

std::optional<ScanOutcome> TableWorkflow::refusalWhenSignedOut() const {
    if (isSignedIn())
        return std::nullopt;
    return ScanOutcome::refusal(tr("Sign in first: nothing is recorded while the station is "
                                   "locked."));
}

std::function<QString(const QString &)> TableWorkflow::tubeCodeProblem() const {
    return [this](const QString &answer) { return m_service.checkTubeCode(answer).message(); };
}

// --- scans -----------------------------------------------------------------------------

ScanOutcome TableWorkflow::scan(const QString &text, EntryMethod method) {
    if (method != EntryMethod::Camera && residentCodeLostNonAsciiText(text)) {
        qCInfo(lcTable) << "resident code without its non-ASCII characters refused";
        return finish(ScanOutcome::refusal(lostChineseTextRefusal()));
    }
    if (m_openQuestion == TableQuestion::Kind::TubeCode && m_asker) {
        const ScanClassification read =
            ScanClassifier(m_service.identity().patterns).classify(text);
        if (read.kind == ScanKind::Tube && m_asker->answerWithScan(read.text)) {
            // The question's own outcome follows once it is answered.
            ScanOutcome taken =
                ScanOutcome::notice(tr("Tube code %1 read for the question.").arg(read.text));
            taken.fromScan = true;
            return taken;
        }
    }
    // The router says what happened (its outcome() is ours).
    const ScanOutcome result = withSealPrinting(m_router->route(text, method));
    labelSingleTubeIfGenerated(result);
    openGeneratedTubeIfDue();
    return result;
}

ScanOutcome TableWorkflow::refuseIncompleteScan() {
    if (const auto refused = refusalWhenSignedOut())
        return finish(*refused);
    qCInfo(lcTable) << "incomplete keyboard scan refused";
    ScanOutcome refused = ScanOutcome::refusal(
        tr("Scan again: the code did not arrive whole (the station was busy), so nothing was "
           "recorded."));
    refused.fromScan = true; // a scan was refused, not an action: the tube panel says so
    return finish(refused);
}

ScanOutcome TableWorkflow::addResident(const ResidentCode &resident, EntryMethod method) {
    const ScanOutcome result = m_router->addResident(resident, method);
    labelSingleTubeIfGenerated(result);
    openGeneratedTubeIfDue();
    return result;
}

void TableWorkflow::showScannerNotice(const QString &message) {
    if (isSignedIn())
        Q_EMIT outcome(ScanOutcome::attention(message));
}

void TableWorkflow::refuseScannerInput(const QString &message) {
    if (isSignedIn())
        Q_EMIT outcome(ScanOutcome::refusal(message));
}

// --- the open tube -------------------------------------------------------------------

std::optional<TubeSnapshot> TableWorkflow::openTube() const {
    return m_service.openTubeSnapshot();
}

ScanOutcome TableWorkflow::choosePoolSize(int poolSize) {
    if (const auto refused = refusalWhenSignedOut())
        return finish(*refused);
    const Result<TubeSnapshot> changed = m_service.changePoolSize(poolSize);
    if (!changed)
        return finish(ScanOutcome::refusal(changed.message()));
    m_chosenPoolSize = changed->poolSize;
    return finish(ScanOutcome::success(
                      tr("Tube %1 now takes %2 people.").arg(changed->code).arg(changed->poolSize))
                      .aboutTube(changed->code, changed->count()));
}

// The usual reasons, offered to pick with a key (gloved hands type badly); recorded as
// their text in the operator's language, as a typed reason is.
QStringList TableWorkflow::takeOutReasons() {
    return {tr("The wrong person was scanned"), tr("The person was scanned twice"),
            tr("The person left before the swab"), tr("The swab could not be taken")};
}

QStringList TableWorkflow::sealEarlyReasons() {
    return {tr("The shift is ending"), tr("Nobody else is waiting"),
            tr("The courier is leaving now"), tr("The table is closing for a break"),
            tr("Its code was also used at another table")};
}

QString TableWorkflow::sharedCodeSealReason(const SharedTubeCode &shared) {
    return shared.otherTable.isEmpty()
               ? tr("Its code was also used at another table")
               : tr("Its code was also used at %1").arg(shownTableLabel(shared.otherTable));
}

std::optional<SharedTubeCode> TableWorkflow::sharedOpenTubeCode() const {
    return m_service.sharedOpenTubeCode();
}

std::optional<ScanOutcome> TableWorkflow::noticeSiteNotes() {
    if (!isSignedIn())
        return std::nullopt; // said at the next sign-in
    const std::optional<SharedTubeCode> shared = m_service.sharedOpenTubeCode();
    if (!shared || shared->tubeUuid == m_sharedTubeAnnounced)
        return std::nullopt;
    m_sharedTubeAnnounced = shared->tubeUuid;
    qCInfo(lcTable) << "the open tube's code was also used at another table";
    ScanOutcome said = ScanOutcome::refusal(SamplingService::sharedTubeCodeRefusal(*shared));
    said.tubeCodeShared = true;
    said.aboutTube(shared->tube, shared->people);
    Q_EMIT outcome(said);
    return said;
}

QStringList TableWorkflow::voidReasons() {
    return {tr("The tube was dropped or spilled"), tr("The tube is contaminated"),
            tr("The tube is leaking or cracked"), tr("The label is wrong or unreadable"),
            tr("The swabs went into the wrong tube")};
}

ScanOutcome TableWorkflow::undoLast() {
    if (const auto refused = refusalWhenSignedOut())
        return finish(*refused);
    const std::optional<TubeSnapshot> tube = m_service.openTubeSnapshot();
    if (!tube || tube->count() == 0)
        return finish(ScanOutcome::refusal(tr("There is nobody to undo: the open tube is empty.")));
    const TubeMember last = tube->members.constLast();
    const auto reason = askReason(tr("Undo last person"),
                                  tr("Why is %1 (position %2) taken out of tube %3?")
                                      .arg(last.name)
                                      .arg(last.position)
                                      .arg(tube->code),
                                  takeOutReasons());
    if (!reason)
        return finish(ScanOutcome::notice(tr("Nothing was undone.")));
    const Result<TubeSnapshot> undone = m_service.undoLastSample(*reason);
    if (!undone)
        return finish(ScanOutcome::refusal(undone.message()));
    ScanOutcome done = ScanOutcome::attention(
        tr("%1 was taken out of tube %2. Sample this person again if needed.")
            .arg(last.name, tube->code));
    done.recorded = true;
    return finish(done.aboutTube(undone->code, undone->count()));
}

ScanOutcome TableWorkflow::removeSample(qint64 sampleId) {
    if (const auto refused = refusalWhenSignedOut())
        return finish(*refused);
    const std::optional<TubeSnapshot> tube = m_service.openTubeSnapshot();
    std::optional<TubeMember> member;
    if (tube) {
        for (const TubeMember &m : tube->members) {
            if (m.sampleId == sampleId)
                member = m;
        }
    }
    if (!member)
        return finish(ScanOutcome::refusal(
            tr("Select a person in the open tube first (Up/Down), then press Del.")));
    const auto reason = askReason(tr("Remove person"),
                                  tr("Why is %1 (position %2) removed from tube %3?")
                                      .arg(member->name)
                                      .arg(member->position)
                                      .arg(tube->code),
                                  takeOutReasons());
    if (!reason)
        return finish(ScanOutcome::notice(tr("Nobody was removed.")));
    const Result<TubeSnapshot> removed = m_service.removeSample(member->sampleId, *reason);
    if (!removed)
        return finish(ScanOutcome::refusal(removed.message()));
    ScanOutcome done =
        ScanOutcome::attention(tr("%1 was removed from tube %2.").arg(member->name, removed->code));
    done.recorded = true;
    return finish(done.aboutTube(removed->code, removed->count()));
}

ScanOutcome TableWorkflow::sealEarly() {
    if (const auto refused = refusalWhenSignedOut())
        return finish(*refused);
    const std::optional<TubeSnapshot> tube = m_service.openTubeSnapshot();
    if (!tube)
        return finish(ScanOutcome::refusal(tr("There is no open tube to seal.")));
    // Another table used its code too: that reason comes first, naming the table.
    const std::optional<SharedTubeCode> shared = m_service.sharedTubeCode(tube->uuid);
    QStringList choices = sealEarlyReasons();
    if (shared) {
        choices.removeAll(tr("Its code was also used at another table"));
        choices.prepend(sharedCodeSealReason(*shared));
    }
    const QString question =
        shared ? tr("Tube %1 has %2 of %3 people, and its code was also used at %4: nobody "
                    "more goes into it. Why is it sealed now?")
                     .arg(tube->code)
                     .arg(tube->count())
                     .arg(tube->poolSize)
                     .arg(shared->otherTable.isEmpty() ? tr("another table")
                                                       : shownTableLabel(shared->otherTable))
               : tr("Tube %1 has %2 of %3 people. Why is it sealed now?")
                     .arg(tube->code)
                     .arg(tube->count())
                     .arg(tube->poolSize);
    // The shared code is why it is sealed: picked already, Enter seals it.
    const auto reason = askReason(tr("Seal tube early"), question, choices, shared ? 0 : -1);
    if (!reason)
        return finish(ScanOutcome::notice(tr("Tube %1 stays open.").arg(tube->code)));
    const Result<TubeSnapshot> sealed = m_service.sealOpenTubeEarly(*reason);
    if (!sealed)
        return finish(ScanOutcome::refusal(sealed.message()));
    if (shared) {
        // Not done yet: the tube must be marked and kept apart for the site lead.
        ScanOutcome done = ScanOutcome::success(
            tr("Tube %1 sealed with %n people. Mark it for the site lead (its code was also "
               "used at %2) and keep it apart; then scan a new tube.",
               nullptr, sealed->count())
                .arg(sealed->code, shared->otherTable.isEmpty()
                                       ? tr("another table")
                                       : shownTableLabel(shared->otherTable)),
            true);
        done.tubeCodeShared = true;
        return finish(done.aboutTube(sealed->code, sealed->count()));
    }
    ScanOutcome done = ScanOutcome::success(
        tr("Tube %1 sealed with %n people. Scan the next tube.", nullptr, sealed->count())
            .arg(sealed->code));
    done.tubeSealed = true;
    return finish(done.aboutTube(sealed->code, sealed->count()));
}

ScanOutcome TableWorkflow::voidTube() {
    if (const auto refused = refusalWhenSignedOut())
        return finish(*refused);
    QString code;
    if (const std::optional<TubeSnapshot> open = m_service.openTubeSnapshot()) {
        code = open->code;
    } else {
        TableQuestion q;
        q.kind = TableQuestion::Kind::TubeCode;
        q.title = tr("Void tube");
        q.text = tr("Code of the sealed tube to void:");
        q.problemWith = tubeCodeProblem();
        code = ask(q).value_or(QString()).trimmed();
        if (code.isEmpty())
            return finish(ScanOutcome::notice(tr("No tube was voided.")));
    }
    // Refused before the reason is asked of someone who may not void it (core checks again).
    const Result<TubeSnapshot> tube = m_service.tube(code);
    if (tube && tube->count() > 0) {
        if (const Status allowed = m_service.mayDo(StaffAction::VoidTubeWithSamples); !allowed)
            return finish(ScanOutcome::refusal(allowed.message()));
    }
    // An empty tube has no one to sample again: neither the question nor the outcome says so.
    const bool empty = tube && tube->count() == 0;
    const auto reason =
        askReason(tr("Void tube"),
                  (empty ? tr("Why is tube %1 voided? It holds no one.")
                         : tr("Why is tube %1 voided? Its people must be sampled again."))
                      .arg(code),
                  voidReasons());
    if (!reason)
        return finish(ScanOutcome::notice(tr("No tube was voided.")));
    const Result<VoidedTube> voided = m_service.voidTube(code, *reason);
    if (!voided)
        return finish(ScanOutcome::refusal(voided.message()));
    const QList<TubeMember> &people = voided->toResample;
    // What is true now, and the next step: no tube is open any more (a voided tube has no
    // count to show), so the next one is scanned or, with a label for each tube, opens itself.
    const QString nextStep = m_labelEachTube
                                 ? tr("The next tube opens by itself and its label is printed.")
                                 : tr("Scan a new tube code to open the next tube.");
    const QString voidedNow =
        people.isEmpty()
            ? tr("Tube %1 voided; it was empty, so no one needs sampling again.").arg(code)
            : tr("Tube %1 voided. %n people must be sampled again.", nullptr, people.size())
                  .arg(code);
    ScanOutcome done = ScanOutcome::attention(joinSentences(voidedNow, nextStep));
    done.recorded = true;
    done.aboutTube(code, 0);
    Q_EMIT outcome(done);
    // The list is shown (and answered) before the next tube opens by itself.
    if (!people.isEmpty()) {
        Pause showingList(*this);
        Q_EMIT resampleRequired(code, people);
    }
    openGeneratedTubeIfDue();
    return done;
}

// --- boxes -------------------------------------------------------------------------------

std::optional<BoxSnapshot> TableWorkflow::boxOnScreen() {
    // Sealed boxes come from the database, so they are on the table again after a restart.
    // A box another table sealed is shown only when this table has none: the courier may
    // take it here.
    std::optional<BoxSnapshot> box = m_service.openBoxSnapshot();
    if (!box) {
        const QList<BoxSnapshot> waiting = boxesWaiting();
        for (const BoxSnapshot &b : waiting) {
            if (b.code == m_boxCode && !b.isFromOtherTable())
                box = b;
        }
        if (!box && !waiting.isEmpty())
            box = waiting.first();
    }
    m_boxCode = box ? box->code : QString();
    return box;
}

QList<BoxSnapshot> TableWorkflow::boxesWaiting() const {
    return m_boxes.waiting();
}

Result<BoxSnapshot> TableWorkflow::box(const QString &boxCode) const {
    return m_boxes.box(boxCode);
}

Result<BoxSnapshot> TableWorkflow::boxToHandOver() const {
    if (!m_boxCode.isEmpty()) {
        const Result<BoxSnapshot> shown = box(m_boxCode);
        if (shown && shown->state == BoxState::Sealed)
            return shown;
    }
    const QList<BoxSnapshot> waiting = boxesWaiting();
    if (!waiting.isEmpty())
        return waiting.first();
    if (const std::optional<BoxSnapshot> open = m_service.openBoxSnapshot())
        return makeError(ErrorCode::BoxAlreadyOpen,
                         tr("Box %1 is still being packed: scan its code again to seal it, then "
                            "hand it over.")
                             .arg(open->code));
    return makeError(ErrorCode::BoxNotSealed,
                     tr("No sealed box waits for hand-over at this table. Scan a box code, pack "
                        "the tubes and scan the box code again to seal it."));
}

QList<BoxSnapshot> TableWorkflow::boxesToHandOver() const {
    QList<BoxSnapshot> boxes = boxesWaiting();
    const Result<BoxSnapshot> first = boxToHandOver();
    if (!first)
        return boxes;
    boxes.removeIf([&first](const BoxSnapshot &b) { return b.code == first->code; });
    boxes.prepend(first.value());
    return boxes;
}

TableWorkflow::BoxesHandedOver TableWorkflow::handOverBoxes(const QStringList &boxCodes,
                                                            const HandOver &handOver) {
    BoxesHandedOver result;
    if (const auto refused = refusalWhenSignedOut()) {
        result.refusedAll = refused->message;
        return result;
    }
    QStringList codes = boxCodes;
    result.refusedAll = m_boxes.refusalOfAll(&codes, handOver);
    if (!result.refusedAll.isEmpty())
        return result;
    for (const QString &code : codes) {
        const Result<BoxSnapshot> done = handOverOne(code, handOver);
        if (done)
            result.handedOver << done.value();
        else
            result.refused.append(std::make_pair(code, done.message()));
    }
    // One outcome for the courier's load: the banner names every box, not only the last.
    if (result.handedOver.size() == 1) {
        finish(handedOverOutcome(result.handedOver.constFirst(), handOver));
    } else if (result.handedOver.size() > 1) {
        QStringList boxes;
        int tubes = 0;
        int people = 0;
        for (const BoxSnapshot &b : std::as_const(result.handedOver)) {
            boxes << (b.isFromOtherTable()
                          ? tr("%1 (%2)").arg(b.code, shownTableLabel(b.packedAtTable))
                          : b.code);
            tubes += b.tubeCount();
            people += b.personCount();
        }
        finish(ScanOutcome::success(tr("%n box(es) handed over to %1: %2, with %3 and %4 in all.",
                                       nullptr, int(result.handedOver.size()))
                                        .arg(handOver.carriedBy.trimmed(), boxes.join(tr(", ")),
                                             tr("%n tube(s)", nullptr, tubes),
                                             tr("%n person(s)", nullptr, people))));
    }
    return result;
}

Result<BoxSnapshot> TableWorkflow::handOver(const QString &boxCode, const HandOver &handOver) {
    const Result<BoxSnapshot> done = handOverOne(boxCode, handOver);
    if (done)
        finish(handedOverOutcome(done.value(), handOver));
    return done;
}

Result<BoxSnapshot> TableWorkflow::handOverOne(const QString &boxCode, const HandOver &handOver) {
    if (const auto refused = refusalWhenSignedOut())
        return makeError(ErrorCode::NoOperator, refused->message);
    const Result<BoxSnapshot> done = m_boxes.handOver(boxCode, handOver);
    if (!done)
        return done;
    if (m_boxCode == boxCode)
        m_boxCode.clear();
    return done;
}

ScanOutcome TableWorkflow::handedOverOutcome(const BoxSnapshot &done, const HandOver &handOver) {
    return ScanOutcome::success(
        done.isFromOtherTable()
            ? tr("Box %1 of %2 handed over to %3 with %n tube(s) (%4).", nullptr, done.tubeCount())
                  .arg(done.code, shownTableLabel(done.packedAtTable), handOver.carriedBy.trimmed(),
                       tr("%n person(s)", nullptr, done.personCount()))
            : tr("Box %1 handed over to %2 with %n tube(s) (%3).", nullptr, done.tubeCount())
                  .arg(done.code, handOver.carriedBy.trimmed(),
                       tr("%n person(s)", nullptr, done.personCount())));
}

QString TableWorkflow::boxedElsewhere(const QString &tubeCode) const {
    if (!m_siteFacts)
        return {};
    const Result<TubeSnapshot> local = m_service.tube(tubeCode);
    return local ? boxedElsewhere(tubeCode, local->uuid) : QString();
}

QString TableWorkflow::boxedElsewhere(const QString &tubeCode, const QString &tubeUuid) const {
    if (!m_siteFacts)
        return {};
    // Only the facts about this tube: a box fact for another tube with the same code
    // (tube_code_reused) says nothing of where this one is.
    const std::optional<SiteTubeWhereabouts> where =
        m_siteFacts->ownTubeWhereabouts(tubeCode, tubeUuid);
    if (!where || where->state != QLatin1String("boxed") ||
        where->station == m_service.identity().deviceId)
        return {};
    return tr("box %1 at %2").arg(where->box, shownTableLabel(where->table));
}

Reconciliation TableWorkflow::reconcile() const {
    Reconciliation r = m_service.reconcile();
    if (!m_siteFacts)
        return r;
    for (const BoxSnapshot::Tube &t : m_service.sealedTubesNotBoxed()) {
        if (boxedElsewhere(t.code, t.uuid).isEmpty())
            continue;
        r.peopleInUnboxedSealedTubes -= t.people;
        r.unboxedSealedTubes -= 1;
        r.peopleBoxedElsewhere += t.people;
        r.tubesBoxedElsewhere += 1;
    }
    return r;
}

// --- labels -------------------------------------------------------------------------------

ScanOutcome TableWorkflow::print(PrintedDocument document, const QString &code,
                                 const std::optional<HandOver> &handOver) {
    const QString what = TablePrinting::describe(document, code);
    if (!m_printing || !m_printing->hasPrinter())
        return finish(ScanOutcome::refusal(
            tr("No printer is set up, so %1 was not printed. Set the printer in Settings (F10).")
                .arg(what)));
    // The same document waiting after a printer problem goes out as that print, not a copy.
    if (m_printing->retryIfFailed(document, code))
        return finish(ScanOutcome::notice(
            tr("Printing %1 again on %2.").arg(what, m_printing->printerDescription())));
    QString reason;
    if (m_printing->wasPrinted(document, code)) {
        TableQuestion q;
        q.kind = TableQuestion::Kind::ReprintReason;
        q.title = tr("Print again");
        q.text = tr("%1 was printed before. Why is it printed again?").arg(what);
        q.subject = what;
        const std::optional<QString> answer = ask(q);
        if (!answer || answer->trimmed().isEmpty())
            return finish(ScanOutcome::notice(tr("Not printed again: %1.").arg(what)));
        reason = answer->trimmed();
    }
    const Result<int> sent = m_printing->print(document, code, reason, handOver);
    if (!sent)
        return finish(ScanOutcome::refusal(sent.message()));
    return finish(
        ScanOutcome::notice(tr("Printing %1 on %2.").arg(what, m_printing->printerDescription())));
}

bool TableWorkflow::printAutomatically(PrintedDocument document, const QString &code) {
    // A site without a printer seals boxes all day: not a refusal of its own.
    if (!m_printing || !m_printing->hasPrinter())
        return false;
    if (m_printing->retryIfFailed(document, code) || m_printing->wasPrinted(document, code))
        return true;
    const Result<int> sent = m_printing->print(document, code);
    if (!sent)
        Q_EMIT outcome(ScanOutcome::refusal(sent.message()));
    return bool(sent);
}

ScanOutcome TableWorkflow::printTubeLabel() {
    std::optional<TubeSnapshot> tube = m_service.openTubeSnapshot();
    if (!tube)
        tube = m_service.latestTube();
    if (!tube)
        return finish(ScanOutcome::refusal(
            tr("There is no tube to print a label for. Scan or open a tube first.")));
    return print(PrintedDocument::TubeLabel, tube->code);
}

ScanOutcome TableWorkflow::printBoxLabel() {
    const std::optional<BoxSnapshot> box = boxOnScreen();
    if (!box)
        return finish(ScanOutcome::refusal(
            tr("No box is on screen. Scan a box code to open a box, then print its label.")));
    return print(PrintedDocument::BoxLabel, box->code);
}

ScanOutcome TableWorkflow::printManifest() {
    const Result<BoxSnapshot> box = boxToHandOver();
    if (!box) {
        const std::optional<BoxSnapshot> open = m_service.openBoxSnapshot();
        return finish(ScanOutcome::refusal(
            open ? tr("Box %1 is still being packed: scan its code again to seal it; its "
                      "manifest prints then.")
                       .arg(open->code)
                 : tr("No sealed box waits at this table, so there is no manifest to print.")));
    }
    return print(PrintedDocument::BoxManifest, box->code);
}

ScanOutcome TableWorkflow::retryPrinting() {
    if (!m_printing || m_printing->failedCount() == 0)
        return finish(ScanOutcome::notice(tr("No print waits to be retried.")));
    const int waiting = m_printing->failedCount();
    m_printing->retryFailed();
    return finish(
        ScanOutcome::notice(tr("Printing again: %n print(s) sent to %1.", nullptr, waiting)
                                .arg(m_printing->printerDescription())));
}

void TableWorkflow::onBoxSealed(const QString &boxCode) {
    // The label goes on the box and the manifest travels with it.
    m_boxCode = boxCode;
    const bool label = printAutomatically(PrintedDocument::BoxLabel, boxCode);
    const bool manifest = printAutomatically(PrintedDocument::BoxManifest, boxCode);
    // The seal's outcome (which follows) says what became of them.
    m_sealPapers = !m_printing || !m_printing->hasPrinter() ? ScanOutcome::BoxPapers::NoPrinter
                   : label && manifest                      ? ScanOutcome::BoxPapers::Sent
                                                            : ScanOutcome::BoxPapers::NotSent;
    m_sealPapersBox = boxCode;
}

ScanOutcome TableWorkflow::withSealPrinting(ScanOutcome result) const {
    if (!result.sealedBox.isEmpty() && result.sealedBox == m_sealPapersBox)
        result.boxPapers = m_sealPapers;
    return result;
}

void TableWorkflow::labelSingleTubeIfGenerated(const ScanOutcome &result) {
    // A recalled person's single tube under a code the station generated needs its label.
    if (result.recall && result.recorded && m_labelEachTube && !result.tube.isEmpty())
        printAutomatically(PrintedDocument::TubeLabel, result.tube);
}

void TableWorkflow::setPrintLabelForEachTube(bool enabled) {
    m_labelEachTube = enabled;
    openGeneratedTubeIfDue();
}

void TableWorkflow::openGeneratedTubeIfDue() {
    // Nobody signed in, a question or window on screen, or a tube already open: the next
    // action tries again.
    if (!m_labelEachTube || m_generating || !isSignedIn() || isPaused() ||
        m_service.openTubeSnapshot())
        return;
    m_generating = true;
    const Result<TubeSnapshot> opened = m_service.openGeneratedTube(
        m_chosenPoolSize > 0 ? std::optional<int>(m_chosenPoolSize) : std::nullopt);
    m_generating = false;
    if (!opened) {
        Q_EMIT outcome(ScanOutcome::refusal(
            tr("No tube was opened and no label printed: %1").arg(opened.message())));
        return;
    }
    Q_EMIT generatedTubeOpened(opened->code);
    const bool printerReady = m_printing && m_printing->hasPrinter();
    if (printerReady) {
        const Result<int> sent = m_printing->print(PrintedDocument::TubeLabel, opened->code);
        if (!sent) {
            ScanOutcome failed =
                ScanOutcome::refusal(tr("Tube %1 is open, but its label could not be printed: %2")
                                         .arg(opened->code, sent.message()));
            Q_EMIT outcome(failed.aboutTube(opened->code, 0));
            return;
        }
    }
    ScanOutcome next = ScanOutcome::attention(
        printerReady ? tr("Tube %1 is open for %2 people. Its label is being printed: stick it "
                          "on the new tube, then scan the residents.")
                           .arg(opened->code)
                           .arg(opened->poolSize)
                     : tr("Tube %1 is open for %2 people, but no printer is set up, so its label "
                          "was not printed. Set the printer in Settings (F10), or write the code "
                          "on the tube.")
                           .arg(opened->code)
                           .arg(opened->poolSize));
    next.recorded = true;
    Q_EMIT outcome(next.aboutTube(opened->code, 0));
}

// --- signing in from the command line ---------------------------------------------------

Result<OperatorRef> checkOperatorPin(StationStore &store, const QString &staffId,
                                     const QString &pin) {
    const Result<PinChallenge> challenge = store.pinChallenge(staffId);
    if (!challenge)
        return challenge.error();
    return store.completeSignIn(challenge.value(),
                                StationStore::verifyPin(challenge->pinHash, pin));
}

} // namespace station
