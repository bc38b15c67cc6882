// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/BoxHandOverRule.h"

namespace station::protocol {

bool handOverNeedsTemperature(const QDateTime &earliestSwabAt, const QDateTime &now) {
    return earliestSwabAt.isValid() && earliestSwabAt.secsTo(now) > kBoxTemperatureAfterSecs;
}

bool plausibleTransitTemperature(double celsius) {
    // Written so that a NaN is refused too.
    return celsius >= kTransitTemperatureMinC && celsius <= kTransitTemperatureMaxC;
}

SealedBoxReconciliation reconcileSealedBox(const QString &boxUuid, int tubeCount, int personCount,
                                           const QList<SealedBoxTube> &tubes) {
    SealedBoxReconciliation r;
    r.listedTubes = int(tubes.size());
    for (const SealedBoxTube &t : tubes) {
        r.listedPeople += t.people;
        if (t.stateNow == QLatin1String("voided"))
            r.moved.append({t.tube, true, QString(), t.tableNow});
        else if (t.stateNow == QLatin1String("boxed") && t.boxUuidNow != boxUuid)
            r.moved.append({t.tube, false, t.boxNow, t.tableNow});
    }
    r.reconciles = r.listedTubes == tubeCount && r.listedPeople == personCount && r.moved.isEmpty();
    return r;
}

} // namespace station::protocol
