// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "protocol/BoxAge.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace station::protocol {

// The rule of handing a sealed box to the courier, shared by the station (core/sampling,
// table/BoxHandOver) and the site hub (server/HubHandOver), so that a box one of them would
// refuse is never handed over at the other. Each side reads the facts its own way and phrases
// the refusals (the station in the user's language, the server in English).

// Whether a hand-over at `now` must record the temperature: the box's earliest swab (invalid:
// none known) more than kBoxTemperatureAfterSecs before.
bool handOverNeedsTemperature(const QDateTime &earliestSwabAt, const QDateTime &now);

// What a transport box's thermometer can read, in degrees Celsius: a cold box (2-8 °C) or a
// box at a summer's shade temperature, with room either side. Outside it (99, -300) the figure
// is a typo, and it would go on the manifest and to the lab as the cold chain's record.
inline constexpr double kTransitTemperatureMinC = -30.0;
inline constexpr double kTransitTemperatureMaxC = 50.0;
bool plausibleTransitTemperature(double celsius);

// One tube a box was sealed with (as its box_state "sealed" fact lists it), and where the
// site's facts say that tube is now (its latest tube_state fact).
struct SealedBoxTube {
    QString tube;
    int people = 0;     // as the seal lists it
    QString stateNow;   // opened | sealed | voided | boxed; empty when the facts know no more
    QString boxUuidNow; // "boxed": the box it is in now
    QString boxNow;
    QString tableNow; // the table of that latest fact
};

// A tube of the seal that is no longer where the seal put it.
struct SealedTubeMoved {
    QString tube;
    bool voided = false; // else packed into `box` since
    QString box;
    QString table;
};

// A sealed box against what the site knows of its tubes now.
struct SealedBoxReconciliation {
    int listedTubes = 0; // the tubes the seal lists, and their people
    int listedPeople = 0;
    QList<SealedTubeMoved> moved;
    // The seal's own counts agree with its list, and no tube moved: it may be handed over.
    bool reconciles = false;
};

// A box that a table of the site sealed with `tubeCount` tubes and `personCount` people
// (box `boxUuid`) may be handed over only while its list still gives those counts and each
// tube is still in it (not voided, not packed into another box since).
SealedBoxReconciliation reconcileSealedBox(const QString &boxUuid, int tubeCount, int personCount,
                                           const QList<SealedBoxTube> &tubes);

} // namespace station::protocol
