// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The records one station sends for one pooled tube from opening to hand-over (the
// results and person-status tests): tube.opened, a sample.taken per person, tube.sealed, and its
// box opened, given the tube, sealed and handed over. Each record as SyncTestRecords makes it.
#include "tests/support/SyncTestRecords.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QUuid>

namespace station::test {

class TubeStory {
public:
    TubeStory(const QString &site, const QString &station, const QString &tube, qint64 *seq)
        : m_site(site)
        , m_station(station)
        , m_tube(tube)
        , m_tubeUuid(newUuid())
        , m_seq(seq) {}

    static QString newUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    QString tubeUuid() const { return m_tubeUuid; }
    QString boxUuid() const { return m_boxUuid; }
    // The samples taken into the tube so far (removed ones too), in order.
    const QStringList &samples() const { return m_samples; }

    SyncTestRecord record(const QString &kind, const QJsonObject &extra) {
        SyncTestRecord r;
        r.uuid = newUuid();
        r.kind = kind;
        r.seq = ++*m_seq;
        r.site = m_site;
        r.station = m_station;
        // A second apart, so that every record has its own time.
        r.at = QDateTime::fromString(QStringLiteral("2026-11-25T08:00:00.000Z"), Qt::ISODateWithMs)
                   .addSecs(r.seq)
                   .toString(Qt::ISODateWithMs);
        r.extra = extra;
        r.extra.insert(QStringLiteral("table"), 1);
        return r;
    }
    SyncTestRecord opened(int poolSize = 10) {
        return record(QStringLiteral("tube.opened"), {{QStringLiteral("tube"), m_tube},
                                                      {QStringLiteral("tube_uuid"), m_tubeUuid},
                                                      {QStringLiteral("pool_size"), poolSize}});
    }
    // A person by their ID number (empty: a sample that names nobody); `poolSize` written
    // into the sample as a station does (0: not written).
    SyncTestRecord taken(const QString &idNumber, int poolSize = 0) {
        SyncTestRecord r = record(QStringLiteral("sample.taken"),
                                  {{QStringLiteral("tube"), m_tube},
                                   {QStringLiteral("tube_uuid"), m_tubeUuid},
                                   {QStringLiteral("id_type"), QStringLiteral("resident_id")},
                                   {QStringLiteral("id_number"), idNumber},
                                   {QStringLiteral("name"), QStringLiteral("测试")}});
        r.extra.insert(QStringLiteral("sample_uuid"), r.uuid);
        if (poolSize > 0)
            r.extra.insert(QStringLiteral("pool_size"), poolSize);
        m_samples.append(r.uuid);
        return r;
    }
    SyncTestRecord removed(const QString &sampleUuid) {
        return record(QStringLiteral("sample.removed"),
                      {{QStringLiteral("tube"), m_tube},
                       {QStringLiteral("refers_to"), sampleUuid},
                       {QStringLiteral("reason"), QStringLiteral("scanned twice")}});
    }
    SyncTestRecord sealed(int people) {
        return record(QStringLiteral("tube.sealed"), {{QStringLiteral("tube"), m_tube},
                                                      {QStringLiteral("tube_uuid"), m_tubeUuid},
                                                      {QStringLiteral("people"), people}});
    }
    SyncTestRecord voided() {
        QJsonArray samples;
        for (const QString &s : std::as_const(m_samples))
            samples.append(s);
        return record(QStringLiteral("tube.voided"),
                      {{QStringLiteral("tube"), m_tube},
                       {QStringLiteral("tube_uuid"), m_tubeUuid},
                       {QStringLiteral("reason"), QStringLiteral("spilled")},
                       {QStringLiteral("samples"), samples}});
    }
    // box.opened, box.tube_added, box.sealed (one tube).
    QList<SyncTestRecord> boxed(const QString &box, int people) {
        m_box = box;
        m_boxUuid = newUuid();
        m_people = people;
        return {record(QStringLiteral("box.opened"),
                       {{QStringLiteral("box"), box}, {QStringLiteral("box_uuid"), m_boxUuid}}),
                record(QStringLiteral("box.tube_added"), {{QStringLiteral("box"), box},
                                                          {QStringLiteral("box_uuid"), m_boxUuid},
                                                          {QStringLiteral("tube"), m_tube},
                                                          {QStringLiteral("tube_uuid"), m_tubeUuid},
                                                          {QStringLiteral("people"), people}}),
                record(QStringLiteral("box.sealed"),
                       {{QStringLiteral("box"), box},
                        {QStringLiteral("box_uuid"), m_boxUuid},
                        {QStringLiteral("tubes"),
                         QJsonArray{QJsonObject{{QStringLiteral("tube"), m_tube},
                                                {QStringLiteral("people"), people}}}},
                        {QStringLiteral("tube_count"), 1},
                        {QStringLiteral("person_count"), people}})};
    }
    SyncTestRecord handedOver() {
        return record(QStringLiteral("box.handed_over"),
                      {{QStringLiteral("box"), m_box},
                       {QStringLiteral("box_uuid"), m_boxUuid},
                       {QStringLiteral("tube_count"), 1},
                       {QStringLiteral("person_count"), m_people},
                       {QStringLiteral("handed_over_by"), QStringLiteral("s01")},
                       {QStringLiteral("carried_by"), QStringLiteral("courier")}});
    }
    // A whole pool: opened, one sample per ID number, sealed, boxed and handed over.
    // `poolSize`: opened with it and written into each sample (0: opened for as many as the
    // people, not written into the samples).
    QList<SyncTestRecord> wholePool(const QStringList &idNumbers, const QString &box,
                                    int poolSize = 0) {
        QList<SyncTestRecord> list{opened(poolSize > 0 ? poolSize : int(idNumbers.size()))};
        for (const QString &id : idNumbers)
            list.append(taken(id, poolSize));
        list.append(sealed(int(idNumbers.size())));
        list.append(boxed(box, int(idNumbers.size())));
        list.append(handedOver());
        return list;
    }

private:
    QString m_site, m_station, m_tube, m_tubeUuid;
    qint64 *m_seq;
    QString m_box, m_boxUuid;
    int m_people = 0;
    QStringList m_samples;
};

inline QJsonArray recordArray(const QList<SyncTestRecord> &records) {
    QJsonArray list;
    for (const SyncTestRecord &r : records)
        list.append(r.toJson());
    return list;
}

} // namespace station::test
