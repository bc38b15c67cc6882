// SPDX-License-Identifier: GPL-3.0-or-later
#include "table/ScanRouter.h"
#include "core/TableLabel.h"

#include "core/domain/Clock.h"
#include "core/domain/IdDocument.h"
#include "core/sampling/SamplingService.h"
#include "core/sync/SiteFactsStore.h"
#include "table/Logging.h"
#include "table/ScanCheck.h"

namespace station {

ScanRouter::ScanRouter(SamplingService &service, QObject *parent)
    : QObject(parent)
    , m_service(service) {
    qRegisterMetaType<station::ScanOutcome>();
}

ScanOutcome ScanRouter::finish(const ScanOutcome &result) {
    Q_EMIT outcome(result);
    return result;
}

std::optional<ScanOutcome> ScanRouter::refusalWhileUnavailable() const {
    if (!m_accepting)
        return ScanOutcome::refusal(
            tr("Sign in first: scans are not taken while the station is locked."));
    if (m_busy || m_paused) {
        // Never lost silently: said on the banner (and heard) and kept there.
        qCInfo(lcTable) << "scan refused: a question or window is open";
        return ScanOutcome::refusal(tr("A scan arrived while a question or window was open and "
                                       "was NOT taken. Finish it, then scan again."));
    }
    return std::nullopt;
}

ScanOutcome ScanRouter::route(const QString &text, EntryMethod method) {
    if (auto refused = refusalWhileUnavailable()) {
        refused->fromScan = true;
        return finish(*refused);
    }
    m_busy = true;
    ScanOutcome result = routeUnguarded(text, method);
    m_busy = false;
    result.fromScan = true;
    return finish(result);
}

ScanOutcome ScanRouter::addResident(const ResidentCode &resident, EntryMethod method) {
    if (auto refused = refusalWhileUnavailable()) {
        refused->fromScan = true;
        return finish(*refused);
    }
    m_busy = true;
    ScanOutcome result = addResidentUnguarded(resident, method);
    m_busy = false;
    result.fromScan = true;
    return finish(result);
}

ScanOutcome ScanRouter::routeUnguarded(const QString &text, EntryMethod method) {
    const ScanCheck check =
        checkScan(text, method, {m_service.identity().patterns, m_provinceKey, m_acceptUnsigned},
                  m_service.now().toLocalTime().date());
    if (!check.isValid()) {
        if (check.kind == ScanKind::ResidentCode)
            qCInfo(lcTable) << "resident code refused, error"
                            << static_cast<int>(check.residentError);
        return ScanOutcome::refusal(check.problem);
    }
    switch (check.kind) {
    case ScanKind::Tube:
        return isPacking() ? packTube(check.code) : openTube(check.code);
    case ScanKind::Box:
        return scanBox(check.code);
    case ScanKind::ResidentCode:
        return addResidentUnguarded(*check.resident, method);
    case ScanKind::Unknown:
        break;
    }
    return ScanOutcome::refusal(tr("This code is not a tube, box or resident code."));
}

ScanOutcome ScanRouter::openTube(const QString &code) {
    const std::optional<TubeSnapshot> open = m_service.openTubeSnapshot();
    // The open tube's code was also used at another table: neither "fill it" nor "scan the
    // residents"; it is sealed now (an empty one is replaced by the new tube, as any).
    if (open && (open->code == code || open->count() > 0)) {
        if (const std::optional<SharedTubeCode> shared = m_service.sharedTubeCode(open->uuid))
            return sharedTubeRefusal(*shared);
    }
    if (m_siteFacts) {
        if (const std::optional<SiteSighting> used = m_siteFacts->tubeUsedElsewhere(code)) {
            qCInfo(lcTable) << "tube code used at another table refused";
            return ScanOutcome::refusal(
                tr("Tube code %1 was already used at %2 (%3). Do not use this tube: put it "
                   "aside for the site lead, take a new tube and scan its code.")
                    .arg(code, shownTableLabel(used->table),
                         used->at.toLocalTime().toString(QStringLiteral("HH:mm"))));
        }
    }
    // The open tube scanned again (its label twice, a second pass of the scanner): harmless,
    // so not a red refusal with the alarm; amber, saying where the table is.
    if (open && open->code == code)
        return ScanOutcome::attention(tr("Tube %1 is already open (%2 / %3). Scan the residents.")
                                          .arg(code)
                                          .arg(open->count())
                                          .arg(open->poolSize))
            .aboutTube(open->code, open->count());
    const Result<TubeSnapshot> opened = m_service.openTube(code);
    if (!opened)
        return ScanOutcome::refusal(opened.message());
    return ScanOutcome::success(tr("Tube %1 is open for %2 people. Scan the residents.")
                                    .arg(opened->code)
                                    .arg(opened->poolSize))
        .aboutTube(opened->code, opened->count());
}

bool ScanRouter::isPacking() const {
    return m_service.openBoxSnapshot().has_value();
}

ScanOutcome ScanRouter::scanBox(const QString &code) {
    const std::optional<BoxSnapshot> open = m_service.openBoxSnapshot();
    if (!open) {
        if (std::optional<ScanOutcome> refused = refusalOfBoxCodeUsedElsewhere(code))
            return *refused;
        const Result<BoxSnapshot> opened = m_service.openBox(code);
        if (!opened)
            return ScanOutcome::refusal(opened.message());
        return ScanOutcome::success(
            tr("Box %1 is open. Scan the sealed tubes to pack, then scan the box code again "
               "to seal it.")
                .arg(opened->code));
    }
    if (open->code != code)
        return ScanOutcome::refusal(
            tr("Box %1 is still open. Scan %1 again to seal it before opening box %2.")
                .arg(open->code, code));
    const Result<BoxSnapshot> sealed = m_service.sealBox();
    if (!sealed)
        return ScanOutcome::refusal(sealed.message());
    Q_EMIT boxSealed(sealed->code);
    ScanOutcome done = ScanOutcome::attention(
        tr("Box %1 sealed with %n tube(s) (%2).", nullptr, sealed->tubeCount())
            .arg(sealed->code, tr("%n person(s)", nullptr, sealed->personCount())));
    done.recorded = true;
    done.sealedBox = sealed->code;
    return done;
}

// A box code is used once at the site: a box is packed at one table (it takes tubes of any
// table there). One another table opened is refused here, with where and when, whatever the
// state of that box; offline the facts may not know it yet: the site hub then notes the
// clash (box_code_reused) for both tables.
std::optional<ScanOutcome> ScanRouter::refusalOfBoxCodeUsedElsewhere(const QString &code) const {
    if (!m_siteFacts)
        return std::nullopt;
    const std::optional<BoxCodeElsewhere> used = m_siteFacts->boxCodeUsedElsewhere(code);
    if (!used)
        return std::nullopt;
    qCInfo(lcTable) << "box code used at another table refused";
    const auto hhmm = [](const QDateTime &at) {
        return at.toLocalTime().toString(QStringLiteral("HH:mm"));
    };
    const QString table = shownTableLabel(used->table);
    const QString sealed = used->sealedAt.isValid() ? hhmm(used->sealedAt) : QStringLiteral("–");
    if (used->handedOverAt.isValid() && used->handedOverTable == used->table)
        return ScanOutcome::refusal(
            tr("Box %1 was sealed at %2 (%3) and handed over to the courier there (%4): it "
               "cannot be packed again. Use a new box.")
                .arg(code, table, sealed, hhmm(used->handedOverAt)));
    if (used->handedOverAt.isValid())
        return ScanOutcome::refusal(
            tr("Box %1 was sealed at %2 (%3) and handed over to the courier at %4 (%5): it "
               "cannot be packed again. Use a new box.")
                .arg(code, table, sealed, shownTableLabel(used->handedOverTable),
                     hhmm(used->handedOverAt)));
    if (used->sealedAt.isValid())
        return ScanOutcome::refusal(
            tr("Box %1 was sealed at %2 (%3): it cannot be packed again. Use a new box.")
                .arg(code, table, hhmm(used->sealedAt)));
    return ScanOutcome::refusal(
        tr("Box %1 is being packed at %2 (opened %3). Use a new box here; tubes of this table "
           "may also go into box %1 at %2.")
            .arg(code, table, used->openedAt.isValid() ? hhmm(used->openedAt) : QString()));
}

ScanOutcome ScanRouter::packTube(const QString &code) {
    const QString own = m_service.identity().deviceId;
    const Result<TubeSnapshot> local = m_service.tube(code);
    if (!local && local.code() != ErrorCode::TubeNotFound)
        return ScanOutcome::refusal(local.message());
    if (!local)
        return packTubeOfOtherTable(code, m_siteFacts ? m_siteFacts->tubeWhereabouts(code)
                                                      : std::nullopt);
    // A tube of this table that another table already packed (the facts say so; the local
    // row still says sealed): packing it here too would send it twice. Only the facts about
    // this tube count: another table's tube with the same code (tube_code_reused) is another
    // tube, packed there, which does not stop this one.
    const std::optional<SiteTubeWhereabouts> site =
        m_siteFacts ? m_siteFacts->ownTubeWhereabouts(code, local->uuid) : std::nullopt;
    if (site && site->state == QLatin1String("boxed") && site->station != own &&
        local->state == TubeState::Sealed) {
        qCInfo(lcTable) << "tube packed at another table refused";
        return ScanOutcome::refusal(
            tr("Tube %1 was already packed into box %2 at %3 (%4). Do not pack it again: find "
               "the tube and tell the site lead.")
                .arg(code, site->box, shownTableLabel(site->table),
                     site->at.toLocalTime().toString(QStringLiteral("HH:mm"))));
    }
    const Result<BoxSnapshot> packed = m_service.addTubeToBox(code);
    if (!packed)
        return ScanOutcome::refusal(packed.message());
    return ScanOutcome::success(
        tr("Tube %1 packed into box %2 (%n tube(s), %3).", nullptr, packed->tubeCount())
            .arg(code, packed->code, tr("%n person(s)", nullptr, packed->personCount())));
}

ScanOutcome ScanRouter::packTubeOfOtherTable(const QString &code,
                                             const std::optional<SiteTubeWhereabouts> &site) {
    if (!m_siteFacts)
        return ScanOutcome::refusal(
            tr("Tube %1 is not known at this station. A tube of another table can be packed "
               "here only when this station has the site's facts (joined to the site hub or "
               "enrolled with the province): pack it at its own table.")
                .arg(code));
    if (!site)
        return ScanOutcome::refusal(
            tr("Tube %1 is not known at this station, and the site's facts name no table that "
               "sealed it. The hub may be unreachable, or the tube was sealed only a moment "
               "ago: check the sync status (F7) and scan it again once the station is in "
               "touch, or pack it at its own table.")
                .arg(code));
    const QString at = site->at.toLocalTime().toString(QStringLiteral("HH:mm"));
    if (site->state == QLatin1String("opened"))
        return ScanOutcome::refusal(
            tr("Tube %1 is still open at %2. It must be sealed there before it goes into a box.")
                .arg(code, shownTableLabel(site->table)));
    if (site->state == QLatin1String("voided"))
        return ScanOutcome::refusal(
            tr("Tube %1 was voided at %2 (%3) and must not be sent to the lab. Put it aside for "
               "the site lead.")
                .arg(code, shownTableLabel(site->table), at));
    if (site->state == QLatin1String("boxed")) {
        const std::optional<BoxSnapshot> open = m_service.openBoxSnapshot();
        if (open && site->boxUuid == open->uuid)
            return ScanOutcome::refusal(tr("Tube %1 is already in box %2.").arg(code, site->box));
        return ScanOutcome::refusal(
            tr("Tube %1 is already in box %2, packed at %3 (%4). Do not pack it twice: find the "
               "tube and tell the site lead.")
                .arg(code, site->box, shownTableLabel(site->table), at));
    }
    if (site->state != QLatin1String("sealed") || site->tubeUuid.isEmpty() || site->people < 0)
        return ScanOutcome::refusal(
            tr("The site's facts about tube %1 are incomplete, so it cannot be packed here. "
               "Pack it at its own table (%2), or ask the site lead to update the hub.")
                .arg(code, shownTableLabel(site->table)));
    SealedTubeElsewhere tube;
    tube.code = code;
    tube.uuid = site->tubeUuid;
    tube.people = site->people;
    tube.station = site->sealedStation.isEmpty() ? site->station : site->sealedStation;
    tube.table = site->sealedTable.isEmpty() ? site->table : site->sealedTable;
    tube.firstSwabAt = site->openedAt.isValid() ? site->openedAt : site->sealedAt;
    tube.sealedAt = site->sealedAt.isValid() ? site->sealedAt : site->at;
    const Result<BoxSnapshot> packed = m_service.addSiteTubeToBox(tube);
    if (!packed)
        return ScanOutcome::refusal(packed.message());
    qCInfo(lcTable) << "tube of another table packed";
    return ScanOutcome::success(
        tr("Tube %1 of %2 packed into box %3 (%n tube(s), %4).", nullptr, packed->tubeCount())
            .arg(code, shownTableLabel(tube.table), packed->code,
                 tr("%n person(s)", nullptr, packed->personCount())));
}

ScanOutcome ScanRouter::addResidentUnguarded(const ResidentCode &resident, EntryMethod method) {
    if (const std::optional<BoxSnapshot> box = m_service.openBoxSnapshot())
        return ScanOutcome::refusal(
            tr("Finish packing box %1 first (scan the box code again to seal it).").arg(box->code));
    // A person of a positive or invalid pooled tube goes into a tube of their own, whatever
    // else the table is doing with the pool.
    // Once sampled alone for the recall, here or at another table of the site, until the
    // province's `closed` fact comes, a further scan is the usual "already sampled today"
    // question, never another single tube.
    bool retestConfirmed = false;
    if (m_siteFacts) {
        if (const std::optional<SiteRecall> recall =
                m_siteFacts->openRecall(idTypeCode(resident.idType), resident.idNumber)) {
            if (!recall->sampledAgainAt.isValid())
                return sampleRecalled(resident, method, *recall);
            if (std::optional<ScanOutcome> refused = refusalOfRecallRetest(resident, *recall))
                return *refused;
            retestConfirmed = true;
        }
    }
    // The open tube's code was also used at another table: nobody more goes in, so no
    // question is asked first (the service refuses it again in its transaction).
    if (const std::optional<SharedTubeCode> shared = m_service.sharedOpenTubeCode())
        return sharedTubeRefusal(*shared);
    // Another table of the site sampled this person today: the same re-test question,
    // naming that table (only with a tube open, where the sample could go).
    bool retestElsewhere = retestConfirmed;
    if (!retestConfirmed && m_siteFacts && m_service.openTubeSnapshot()) {
        const QDateTime now = m_service.now();
        const QDateTime dayStart = QDateTime(siteDate(now), QTime(0, 0), Qt::LocalTime);
        if (const std::optional<SiteSighting> seen = m_siteFacts->personSampledElsewhere(
                idTypeCode(resident.idType), resident.idNumber, dayStart)) {
            if (!m_confirmSiteRetest || !m_confirmSiteRetest(resident, *seen))
                return ScanOutcome::attention(
                    tr("Not recorded: %1 was already sampled today at %2 at %3 and the "
                       "re-test was not confirmed.")
                        .arg(resident.name, shownTableLabel(seen->table),
                             seen->at.toLocalTime().toString(QStringLiteral("HH:mm"))));
            retestElsewhere = true;
        }
    }
    Result<SampleAdded> added = m_service.addResident(resident, method, retestElsewhere);
    if (added.code() == ErrorCode::RetestNeedsConfirmation) {
        if (!m_confirmRetest || !m_confirmRetest(resident, added.message()))
            return ScanOutcome::attention(
                tr("Not recorded: %1 was already sampled today and the re-test was not "
                   "confirmed.")
                    .arg(resident.name));
        added = m_service.addResident(resident, method, true);
    }
    if (added.code() == ErrorCode::TubeCodeShared) {
        if (const std::optional<SharedTubeCode> shared = m_service.sharedOpenTubeCode())
            return sharedTubeRefusal(*shared);
    }
    if (!added)
        return ScanOutcome::refusal(added.message());
    const SampleAdded &a = added.value();
    if (a.tubeSealed)
        return ScanOutcome::success(tr("%1 added. Tube %2 is full (%3 / %3) and sealed. Scan "
                                       "the next tube.")
                                        .arg(resident.name, a.tube.code)
                                        .arg(a.tube.poolSize),
                                    true)
            .aboutTube(a.tube.code, a.tube.count());
    return ScanOutcome::success(tr("%1 added to tube %2 (%3 / %4).")
                                    .arg(resident.name, a.tube.code)
                                    .arg(a.tube.count())
                                    .arg(a.tube.poolSize))
        .aboutTube(a.tube.code, a.tube.count());
}

ScanOutcome ScanRouter::sharedTubeRefusal(const SharedTubeCode &shared) {
    qCInfo(lcTable) << "scan into a tube whose code another table used refused";
    ScanOutcome refused = ScanOutcome::refusal(SamplingService::sharedTubeCodeRefusal(shared));
    refused.tubeCodeShared = true;
    return refused.aboutTube(shared.tube, shared.people);
}

std::optional<ScanOutcome> ScanRouter::refusalOfRecallRetest(const ResidentCode &resident,
                                                             const SiteRecall &recall) {
    const QString at = recall.sampledAgainAt.toLocalTime().toString(QStringLiteral("HH:mm"));
    // Sampled alone at another table (its facts; the province's closed fact not in yet): the
    // same, naming that table.
    const bool elsewhere = recall.sampledAgainElsewhere();
    qCInfo(lcTable) << "recalled person scanned again after being sampled alone"
                    << (elsewhere ? "at another table" : "here");
    const QString already =
        elsewhere
            ? tr("%1 was already sampled again ALONE for the re-check (待复核) at %2 at %3 into "
                 "tube %4.")
                  .arg(resident.name, shownTableLabel(recall.sampledAgainTable), at,
                       recall.sampledAgainTube)
            : tr("%1 was already sampled again ALONE for the re-check (待复核) at %2 into tube %3.")
                  .arg(resident.name, at, recall.sampledAgainTube);
    if (!m_service.openTubeSnapshot())
        return ScanOutcome::attention(
            tr("%1 Not recorded: do not take another single tube. To sample them again as a "
               "re-test, scan a tube first.")
                .arg(already));
    if (!m_confirmRecallRetest || !m_confirmRecallRetest(resident, recall))
        return ScanOutcome::attention(
            tr("%1 Not recorded: the re-test was not confirmed.").arg(already));
    return std::nullopt;
}

ScanOutcome ScanRouter::sampleRecalled(const ResidentCode &resident, EntryMethod method,
                                       const SiteRecall &recall) {
    qCInfo(lcTable) << "recalled person scanned: to be sampled alone";
    const QString result =
        recall.outcome == QLatin1String("invalid") ? tr("invalid") : tr("positive");
    const std::optional<TubeSnapshot> pooled = m_service.openTubeSnapshot();
    const std::optional<QString> code =
        m_askSingleTube ? m_askSingleTube(resident, recall, pooled) : std::nullopt;
    if (!code)
        return ScanOutcome::recallAlert(
            tr("PENDING RE-CHECK (待复核): %1 was in tube %2 (%3), which was %4. Not recorded: "
               "%1 must be sampled ALONE in a new tube. Scan the resident code again and then "
               "the code of a new tube.")
                .arg(resident.name, recall.tube, shownTableLabel(recall.table), result),
            false);
    const Result<SampleAdded> added = m_service.addResidentAlone(
        resident, method, *code,
        m_siteFacts->personKey(idTypeCode(resident.idType), resident.idNumber));
    if (!added)
        return ScanOutcome::recallAlert(
            tr("PENDING RE-CHECK (待复核): %1 must be sampled ALONE, but it was not recorded: %2")
                .arg(resident.name, added.message()),
            false);
    const QString single = added->tube.code;
    const QString pooledNote =
        pooled ? tr("Pooled tube %1 stays open with %2 / %3 people: go on with it.")
                     .arg(pooled->code)
                     .arg(pooled->count())
                     .arg(pooled->poolSize)
               : tr("No pooled tube is open: scan the next tube for the others.");
    return ScanOutcome::recallAlert(
               tr("PENDING RE-CHECK (待复核): %1 sampled ALONE in tube %2, sealed with 1 person "
                  "(tube %3 at %4 was %5). Label it and keep it apart. %6")
                   .arg(resident.name, single, recall.tube, shownTableLabel(recall.table), result,
                        pooledNote),
               true)
        .aboutTube(single, 1);
}

} // namespace station
