// SPDX-License-Identifier: GPL-3.0-or-later
#include "table/BoxHandOver.h"

#include "core/TableLabel.h"
#include "core/domain/Sentences.h"
#include "core/sampling/SamplingService.h"
#include "core/sync/SiteFactsStore.h"
#include "protocol/BoxAge.h"
#include "protocol/BoxHandOverRule.h"

#include <QLocale>

#include <utility>

namespace station {

BoxHandOver::BoxHandOver(SamplingService &service)
    : m_service(service) {}

BoxSnapshot BoxHandOver::siteBoxSnapshot(const BoxOfSite &site) {
    BoxSnapshot b;
    b.uuid = site.boxUuid;
    b.code = site.box;
    b.state = site.isHandedOver() ? BoxState::HandedOver : BoxState::Sealed;
    b.sealedAt = site.sealedAt;
    b.openedAt = site.sealedAt;
    b.handedOverAt = site.handedOverAt;
    b.handedOverAtTable = site.handedOverTable;
    b.earliestSwabAt = site.earliestSwabAt;
    b.packedAtStation = site.station;
    b.packedAtTable = site.table;
    for (const SiteBoxTube &t : site.tubes) {
        BoxSnapshot::Tube tube;
        tube.code = t.tube;
        tube.uuid = t.tubeUuid;
        tube.people = t.people;
        // Every tube of such a box is of another table as seen from here (also the packing
        // table's own): the manifest groups them by their table.
        tube.station = t.station.isEmpty() ? site.station : t.station;
        tube.table = t.table.isEmpty() ? site.table : t.table;
        b.tubes.append(tube);
    }
    return b;
}

QList<BoxSnapshot> BoxHandOver::waiting() const {
    QList<BoxSnapshot> waiting = m_service.sealedBoxesAwaitingHandOver();
    if (!m_siteFacts)
        return waiting;
    // Handed over at another table: the facts say so; the local row keeps what this table did.
    waiting.removeIf([this](const BoxSnapshot &b) {
        return m_siteFacts->handedOverElsewhere(b.uuid).has_value();
    });
    for (const BoxOfSite &site : m_siteFacts->sealedBoxesOfOtherTables()) {
        if (!m_service.siteBoxHandedOverHere(site.boxUuid))
            waiting.append(siteBoxSnapshot(site));
    }
    return waiting;
}

Result<BoxSnapshot> BoxHandOver::box(const QString &boxCode) const {
    Result<BoxSnapshot> local = m_service.box(boxCode);
    if (local) {
        if (m_siteFacts && local->state != BoxState::HandedOver) {
            if (const std::optional<BoxOfSite> there =
                    m_siteFacts->handedOverElsewhere(local->uuid)) {
                BoxSnapshot shown = local.value();
                shown.state = BoxState::HandedOver;
                shown.handedOverAt = there->handedOverAt;
                shown.handedOverAtTable = there->handedOverTable;
                return shown;
            }
        }
        return local;
    }
    if (m_siteFacts) {
        if (const std::optional<BoxOfSite> site = m_siteFacts->boxOfOtherTable(boxCode)) {
            const BoxSnapshot shown = siteBoxSnapshot(*site);
            // Handed over here: with the names and time typed here (its manifest carries
            // them, as this table's own boxes' do).
            if (const std::optional<BoxSnapshot> here = m_service.asHandedOverHere(shown))
                return *here;
            return shown;
        }
    }
    return local;
}

QString BoxHandOver::refusalOfAll(QStringList *codes, const HandOver &handOver) const {
    const QStringList given = *codes;
    codes->clear();
    for (const QString &code : given) {
        if (!code.trimmed().isEmpty() && !codes->contains(code.trimmed()))
            *codes << code.trimmed();
    }
    if (codes->isEmpty())
        return tr("Choose at least one box to hand over.");
    if (handOver.handedOverBy.trimmed().isEmpty() || handOver.carriedBy.trimmed().isEmpty())
        return tr("Enter who hands the boxes over and who carries them.");
    // One temperature for the boxes that travel together: needed when any of them is old
    // enough, before any is handed over (not half of them, then a refusal).
    if (!handOver.temperatureC) {
        QStringList old;
        const QDateTime now = m_service.now();
        for (const QString &code : std::as_const(*codes)) {
            const Result<BoxSnapshot> b = box(code);
            if (b && protocol::handOverNeedsTemperature(b->earliestSwabAt, now))
                old << code;
        }
        if (!old.isEmpty())
            return tr("The first swab in %1 is more than 2 hours old: record the temperature.")
                .arg(old.join(QStringLiteral(", ")));
    }
    return {};
}

Result<BoxSnapshot> BoxHandOver::handOver(const QString &boxCode, const HandOver &handOver) {
    const Result<BoxSnapshot> local = m_service.box(boxCode);
    Result<BoxSnapshot> done = local;
    if (local) {
        if (m_siteFacts) {
            if (const std::optional<BoxOfSite> there =
                    m_siteFacts->handedOverElsewhere(local->uuid))
                return makeError(
                    ErrorCode::BoxNotSealed,
                    tr("Box %1 was already handed over at %2 (%3).")
                        .arg(boxCode, shownTableLabel(there->handedOverTable),
                             there->handedOverAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
        }
        done = m_service.handOverBox(boxCode, handOver);
    } else if (m_siteFacts) {
        // Two boxes of other tables with one code: which one the courier has, this station
        // cannot tell (the hub's hand-over refuses it too).
        if (const QStringList tables = m_siteFacts->tablesOfBoxCode(boxCode); tables.size() > 1) {
            QStringList shown;
            for (const QString &table : tables)
                shown << shownTableLabel(table);
            return makeError(ErrorCode::BoxCodeUsed,
                             tr("%n boxes have code %1 (packed at %2): this station cannot tell "
                                "which one the courier takes. Hand each over at the table that "
                                "packed it, with its own manifest.",
                                nullptr, int(tables.size()))
                                 .arg(boxCode, QLocale().createSeparatedList(shown)));
        }
        const std::optional<BoxOfSite> site = m_siteFacts->boxOfOtherTable(boxCode);
        if (!site)
            return makeError(ErrorCode::BoxNotFound,
                             tr("Box %1 is not known at this station, and the site's facts name "
                                "no table that sealed it. The hub may be unreachable: check the "
                                "sync status (F7) and try again once the station is in touch, "
                                "or hand it over at the table that packed it.")
                                 .arg(boxCode));
        done = handOverSiteBox(*site, handOver);
    }
    return done;
}

Result<BoxSnapshot> BoxHandOver::handOverSiteBox(const BoxOfSite &site, const HandOver &handOver) {
    if (site.isHandedOver())
        return makeError(
            ErrorCode::BoxNotSealed,
            tr("Box %1 was already handed over at %2 (%3).")
                .arg(site.box, shownTableLabel(site.handedOverTable),
                     site.handedOverAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
    // What the packing table sealed must still be what the site knows of its tubes: the
    // site's rule (protocol/BoxHandOverRule.h), which the site hub applies too.
    QList<protocol::SealedBoxTube> tubes;
    for (const SiteBoxTube &t : site.tubes) {
        protocol::SealedBoxTube tube{t.tube, t.people, {}, {}, {}, {}};
        if (const std::optional<SiteTubeWhereabouts> now = m_siteFacts->tubeWhereabouts(t.tube)) {
            tube.stateNow = now->state;
            tube.boxUuidNow = now->boxUuid;
            tube.boxNow = now->box;
            tube.tableNow = now->table;
        }
        tubes.append(tube);
    }
    const protocol::SealedBoxReconciliation r =
        protocol::reconcileSealedBox(site.boxUuid, site.tubeCount, site.personCount, tubes);
    if (!r.reconciles) {
        QStringList differences;
        for (const protocol::SealedTubeMoved &moved : r.moved)
            differences << (moved.voided
                                ? tr("tube %1 was voided at %2")
                                      .arg(moved.tube, shownTableLabel(moved.table))
                                : tr("tube %1 is now in box %2 at %3")
                                      .arg(moved.tube, moved.box, shownTableLabel(moved.table)));
        QString message = tr("Box %1 does not reconcile: %2 sealed it with %3 tubes and %4 "
                             "people; the site's facts list %5 tubes and %6 people.")
                              .arg(site.box, shownTableLabel(site.table))
                              .arg(site.tubeCount)
                              .arg(site.personCount)
                              .arg(r.listedTubes)
                              .arg(r.listedPeople);
        if (!differences.isEmpty())
            message =
                joinSentences(message, tr("Also: %1.").arg(differences.join(QStringLiteral("; "))));
        message = joinSentences(message, tr("Do not hand it over; call the site lead."));
        return makeError(ErrorCode::BoxDoesNotReconcile, message);
    }
    return m_service.handOverSiteBox(siteBoxSnapshot(site), handOver);
}

} // namespace station
