// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A `recall` site fact as the hub's feed sends it (docs/sync-protocol.md, "Site facts"): test
// resident `person`, pooled at table 5 of the site in tube tubeCode(90), is to be sampled
// again alone. Kept by SiteFactsStore::apply as a station keeps the feed's facts.
#include "core/domain/IdDocument.h"
#include "core/sync/SiteFactsStore.h"
#include "tests/models/StationFixture.h"

#include <QDateTime>
#include <QJsonObject>

namespace station::test {

inline const QString kRecallStation = QStringLiteral("gz-th-0001-t05");

inline QJsonObject recallFact(qint64 seq, const SiteFactsStore &facts, int person,
                              const QString &state, const QDateTime &at) {
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("kind"), QStringLiteral("recall")},
            {QStringLiteral("station"), kRecallStation},
            {QStringLiteral("table"), QStringLiteral("Table 5")},
            {QStringLiteral("person_key"),
             facts.personKey(idTypeCode(resident(person).idType), resident(person).idNumber)},
            {QStringLiteral("tube"), tubeCode(90)},
            {QStringLiteral("sample_uuid"), QStringLiteral("sample-%1").arg(person)},
            {QStringLiteral("outcome"), QStringLiteral("positive")},
            {QStringLiteral("state"), state},
            {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)}};
}

} // namespace station::test
