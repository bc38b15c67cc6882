// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/DomainError.h"
#include "core/sampling/TubeSnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace station {

class SamplingService;
class SiteFactsStore;
struct BoxOfSite;

// Which sealed boxes a courier may take at this table, and the rule of their hand-over:
// this table's own boxes (not those another table handed over already) and the boxes other
// tables of the site sealed (the site's facts), which must still agree with what the site
// knows of their tubes. TableWorkflow asks it; who is signed in, the box on screen and the
// banner stay there.
class BoxHandOver {
    Q_DECLARE_TR_FUNCTIONS(station::BoxHandOver)
public:
    explicit BoxHandOver(SamplingService &service);

    // The site's facts (core/sync/SiteFactsStore); nullptr: this table's boxes only.
    void setSiteFacts(const SiteFactsStore *facts) { m_siteFacts = facts; }

    // Sealed boxes waiting for the courier: this table's, oldest first, then those other
    // tables of the site sealed and nobody handed over yet (BoxSnapshot::packedAtTable).
    QList<BoxSnapshot> waiting() const;
    // The box with this code as the table knows it: this station's (shown as handed over,
    // with the table, when another table handed it over), else one another table sealed.
    Result<BoxSnapshot> box(const QString &boxCode) const;
    // Boxes that travel to the lab together: the codes trimmed, once each, in *codes; why
    // none may be handed over (no box, a name missing, the temperature of a box with a swab
    // older than 2 hours), or an empty string when each may go on to handOver().
    QString refusalOfAll(QStringList *codes, const HandOver &handOver) const;
    // Records the hand-over of one box of this table, or of a box another table sealed (its
    // counts and tubes must agree with that table's seal and what the site's facts say of
    // its tubes now); refused (with why) otherwise.
    Result<BoxSnapshot> handOver(const QString &boxCode, const HandOver &handOver);

private:
    // A box another table sealed, as this table shows it (BoxSnapshot, id 0).
    static BoxSnapshot siteBoxSnapshot(const BoxOfSite &box);
    Result<BoxSnapshot> handOverSiteBox(const BoxOfSite &box, const HandOver &handOver);

    SamplingService &m_service;
    const SiteFactsStore *m_siteFacts = nullptr;
};

} // namespace station
