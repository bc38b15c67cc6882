// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A table whose tubes were packed and handed over elsewhere (the tester's site, session 36):
// its own figures say "sealed" until the site's facts are read.
#include "core/domain/Clock.h"
#include "core/sync/SiteFactsStore.h"
#include "tests/dashboard/DashboardFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace station::test {

inline const QString kElsewhereBox = QStringLiteral("BX00000009"); // packed at Table 1
inline const QString kHubLabel = QStringLiteral("site hub");

inline QString uuidOf(TempStation &st, const QString &table, const QString &code) {
    QSqlQuery q(st.db().connection());
    q.prepare(QStringLiteral("SELECT uuid FROM %1 WHERE code = ?").arg(table));
    q.addBindValue(code);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// At `day` 09:00-10:00 in `zone`, three tubes of this table, all sealed here:
//  tube 1 (3 people): packed at Table 1 into kElsewhereBox, which Table 1 handed over;
//  tube 2 (2 people): in this table's box 1, which the site hub handed over;
//  tube 3 (4 people): sealed, in no box anywhere.
// Then a tube 4 open with 1 person. True when all of it held.
// `handedOver` false: the boxes are packed but nobody handed them over yet.
inline bool populateBoxesElsewhere(TempStation &st, const QByteArray &zone, const QDate &day,
                                   bool handedOver = true) {
    const auto at = [&](int h, int m) {
        return QDateTime(day, QTime(h, m), QTimeZone(zone)).toUTC();
    };
    SamplingService &s = st.service();
    int tube = 1;
    int person = 1;
    const QList<int> people{3, 2, 4};
    for (int t = 0; t < people.size(); ++t) {
        for (int i = 0; i < people[t]; ++i)
            if (swabAt(st, at(9, 10 * t + i), person++, tube) <= 0)
                return false;
        st.setNow(at(9, 10 * t + 8));
        if (!s.sealOpenTubeEarly(QStringLiteral("end of queue")).ok())
            return false;
    }
    st.setNow(at(9, 40));
    if (!s.openBox(boxCode(1)).ok() || !s.addTubeToBox(tubeCode(2)).ok() || !s.sealBox().ok())
        return false;
    if (swabAt(st, at(9, 50), person++, tube) <= 0)
        return false;

    const QString own = st.store().identity()->deviceId;
    const QString atText = isoUtc(at(9, 55));
    const QString handText = isoUtc(at(10, 0));
    const QString table1 = QStringLiteral("gz-th-0001-t01");
    QJsonObject boxed{
        {QStringLiteral("seq"), 1},
        {QStringLiteral("kind"), QStringLiteral("tube_state")},
        {QStringLiteral("station"), table1},
        {QStringLiteral("table"), QStringLiteral("Table 1")},
        {QStringLiteral("tube"), tubeCode(1)},
        {QStringLiteral("tube_uuid"), uuidOf(st, QStringLiteral("tubes"), tubeCode(1))},
        {QStringLiteral("state"), QStringLiteral("boxed")},
        {QStringLiteral("box"), kElsewhereBox},
        {QStringLiteral("box_uuid"), QStringLiteral("box-of-table-1")},
        {QStringLiteral("box_station"), table1},
        {QStringLiteral("at"), atText}};
    const auto handedOverFact = [&](qint64 seq, const QString &box, const QString &uuid,
                                    const QString &boxStation, const QString &station,
                                    const QString &label) {
        return QJsonObject{{QStringLiteral("seq"), seq},
                           {QStringLiteral("kind"), QStringLiteral("box_state")},
                           {QStringLiteral("station"), station},
                           {QStringLiteral("table"), label},
                           {QStringLiteral("box"), box},
                           {QStringLiteral("box_uuid"), uuid},
                           {QStringLiteral("box_station"), boxStation},
                           {QStringLiteral("state"), QStringLiteral("handed_over")},
                           {QStringLiteral("at"), handText}};
    };
    QJsonArray facts{boxed};
    if (handedOver)
        facts = QJsonArray{boxed,
                           handedOverFact(2, kElsewhereBox, QStringLiteral("box-of-table-1"),
                                          table1, table1, QStringLiteral("Table 1")),
                           handedOverFact(3, boxCode(1),
                                          uuidOf(st, QStringLiteral("boxes"), boxCode(1)), own,
                                          QStringLiteral("hub-gz-th-0001"), kHubLabel)};
    SiteFactsStore store(st.db(), QByteArray(32, '\x5a'), own);
    return !store.apply(facts, facts.size(), st.now()).isValid();
}

} // namespace station::test
