// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/dashboard/StationDataGenerator.h"

#include "core/domain/Clock.h"
#include "core/domain/IdDocument.h"
#include "core/security/PersonalDataAccess.h"
#include "core/storage/Database.h"
#include "core/storage/Journal.h"
#include "core/storage/StationStore.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace station::bench {

namespace {

DomainError fail(const QSqlQuery &q, const char *what) {
    return makeError(ErrorCode::StorageFailure,
                     QStringLiteral("%1: %2").arg(QLatin1String(what), q.lastError().text()));
}

QString cardNumber(qint64 n) {
    const QDate birth = QDate(1950, 1, 1).addDays(n % 25000);
    const QString first17 = QStringLiteral("440106") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg((n / 25000) % 1000, 3, 10, QLatin1Char('0'));
    return first17 + gb11643CheckCharacter(first17);
}

// Relative sampling intensity through the day: a morning peak and a late-afternoon one.
double intensity(double hourOfDay) {
    return 1.0 + 0.45 * std::sin((hourOfDay - 7.0) / 12.0 * 2 * M_PI * 1.5);
}

struct Slot {
    QDateTime start; // UTC
    int seconds = 600;
    double weight = 0;
};

} // namespace

Result<GeneratorResult> generateStationData(Database &db, const GeneratorOptions &o) {
    QElapsedTimer timer;
    timer.start();
    const QDateTime now = o.now.toUTC();
    StationStore store(db, [now] { return now.addDays(-400); });
    StationIdentity id;
    id.siteCode = QStringLiteral("GZ-TH-0001");
    id.siteName = QStringLiteral("天河体育中心");
    id.district = QStringLiteral("440106");
    id.tableNumber = 7;
    id.deviceId = QStringLiteral("device-bench-0007");
    id.defaultPoolSize = o.poolSize;
    if (Status s = store.provision(
            id, {QStringLiteral("S001"), QStringLiteral("李护士"), QStringLiteral("246810")},
            kBenchSitePassphrase, PassphraseCost::minimal());
        !s.ok())
        return s.error();
    auto first = store.signIn(QStringLiteral("S001"), QStringLiteral("246810"));
    if (!first.ok())
        return first.error();
    QList<qint64> operatorIds{first->id};
    const QStringList names{QStringLiteral("王医生"), QStringLiteral("陈护士"),
                            QStringLiteral("黄医生"), QStringLiteral("林护士")};
    for (int i = 1; i < o.operators; ++i) {
        auto added = store.addOperator({QStringLiteral("S%1").arg(i + 1, 3, 10, QLatin1Char('0')),
                                        names.value(i - 1, QStringLiteral("护士")),
                                        QStringLiteral("135790")},
                                       first.value());
        if (!added.ok())
            return added.error();
        operatorIds << added->id;
    }

    // Sampling slots of 10 minutes over all days, weighted.
    QList<Slot> slots;
    double totalWeight = 0;
    const QDate lastDay = now.toTimeZone(o.zone).date();
    for (int d = o.days - 1; d >= 0; --d) {
        const QDate day = lastDay.addDays(-d);
        for (QTime t = o.dayStart; t < o.dayEnd && t >= o.dayStart; t = t.addSecs(600)) {
            if (o.lunchPause && t >= QTime(12, 0) && t < QTime(12, 40))
                continue;
            const QDateTime start = QDateTime(day, t, o.zone).toUTC();
            if (start.addSecs(600) > now)
                break;
            const double w = intensity(t.msecsSinceStartOfDay() / 3600000.0);
            slots.append({start, 600, w});
            totalWeight += w;
        }
    }

    const auto unlocked = unlockPersonalData(db, kBenchSitePassphrase);
    if (!unlocked)
        return unlocked.error();
    const PersonalDataCodec &codec = *unlocked.value();
    QSqlDatabase c = db.connection();
    QSqlQuery pragma(c);
    pragma.exec(QStringLiteral("PRAGMA synchronous = OFF")); // bulk build only
    // Random keys (uuid, person_key) go into B-trees all over the file: keep them cached.
    pragma.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    Transaction tx(c);
    if (!tx.begun())
        return makeError(ErrorCode::StorageFailure, tx.beginError().text());
    QSqlQuery insTube(c), insSample(c), insOutbox(c), sealTube(c), insBox(c), boxTube(c),
        sealBox(c);
    insTube.prepare(QStringLiteral("INSERT INTO tubes (uuid, code, pool_size, state, opened_at, "
                                   "opened_by, first_swab_at) VALUES (?, ?, ?, 'open', ?, ?, ?)"));
    insSample.prepare(QStringLiteral(
        "INSERT INTO samples (uuid, tube_id, position, state, person_key, registration_id, "
        "id_type, id_masked, id_tail, name, id_number, phone, entry_method, operator_id, "
        "taken_at, taken_day) VALUES (?, ?, ?, 'active', ?, ?, ?, ?, ?, ?, ?, ?, 'scanner', ?, "
        "?, ?)"));
    insOutbox.prepare(QStringLiteral(
        "INSERT INTO outbox (uuid, kind, payload, content_hash, created_at, state, acked_at) "
        "VALUES (?, 'sample.taken', ?, ?, ?, ?, ?)"));
    sealTube.prepare(QStringLiteral("UPDATE tubes SET state = 'sealed', sealed_at = ?, "
                                    "seal_reason = ? WHERE id = ?"));
    insBox.prepare(QStringLiteral("INSERT INTO boxes (uuid, code, state, opened_at, opened_by) "
                                  "VALUES (?, ?, 'open', ?, ?)"));
    boxTube.prepare(QStringLiteral("UPDATE tubes SET state = 'boxed', box_id = ? WHERE id = ?"));
    sealBox.prepare(QStringLiteral(
        "UPDATE boxes SET state = 'sealed', sealed_at = ?, sealed_tube_count = ?, "
        "sealed_person_count = (SELECT count(*) FROM samples s JOIN tubes t ON t.id = s.tube_id "
        "WHERE t.box_id = ? AND s.state = 'active') WHERE id = ?"));

    GeneratorResult r;
    qint64 tubeId = 0, boxId = 0;
    int inTube = 0, tubesInBox = 0;
    QDateTime lastTaken;
    QRandomGenerator rng(20261125);
    const QString pendingFrom = isoUtc(now.addSecs(-o.pendingWindowSeconds));

    auto closeTube = [&](const QString &reason) -> std::optional<DomainError> {
        if (!tubeId)
            return std::nullopt;
        sealTube.addBindValue(isoUtc(lastTaken.addSecs(5)));
        sealTube.addBindValue(reason.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                               : QVariant(reason));
        sealTube.addBindValue(tubeId);
        if (!sealTube.exec())
            return fail(sealTube, "sealing a tube");
        if (!boxId) {
            insBox.addBindValue(newRecordUuid());
            insBox.addBindValue(QStringLiteral("BX%1").arg(++r.boxes, 8, 10, QLatin1Char('0')));
            insBox.addBindValue(isoUtc(lastTaken.addSecs(10)));
            insBox.addBindValue(operatorIds.first());
            if (!insBox.exec())
                return fail(insBox, "opening a box");
            boxId = insBox.lastInsertId().toLongLong();
            tubesInBox = 0;
        }
        boxTube.addBindValue(boxId);
        boxTube.addBindValue(tubeId);
        if (!boxTube.exec())
            return fail(boxTube, "boxing a tube");
        tubeId = 0;
        inTube = 0;
        if (++tubesInBox >= o.tubesPerBox || !reason.isEmpty()) {
            sealBox.addBindValue(isoUtc(lastTaken.addSecs(20)));
            sealBox.addBindValue(tubesInBox);
            sealBox.addBindValue(boxId);
            sealBox.addBindValue(boxId);
            if (!sealBox.exec())
                return fail(sealBox, "sealing a box");
            boxId = 0;
        }
        return std::nullopt;
    };

    double carried = 0;
    QDate currentDay;
    for (const Slot &slot : std::as_const(slots)) {
        const QDate day = slot.start.toTimeZone(o.zone).date();
        if (currentDay.isValid() && day != currentDay) {
            if (auto e = closeTube(QStringLiteral("end of shift")))
                return *e;
        }
        currentDay = day;
        carried += o.samples * slot.weight / totalWeight;
        const int n = static_cast<int>(carried);
        carried -= n;
        const QString dayText = day.toString(Qt::ISODate);
        const int hourBlock = slot.start.toTimeZone(o.zone).time().hour() / 4;
        const qint64 operatorId = operatorIds.at((hourBlock + day.day()) % operatorIds.size());
        for (int i = 0; i < n; ++i) {
            const qint64 ms =
                qint64(slot.seconds) * 1000 * i / n + rng.bounded(qint64(slot.seconds) * 1000 / n);
            const QDateTime taken = slot.start.addMSecs(ms);
            const QString at = isoUtc(taken);
            if (!tubeId) {
                insTube.addBindValue(newRecordUuid());
                insTube.addBindValue(
                    QStringLiteral("GZ%1").arg(++r.tubes, 10, 10, QLatin1Char('0')));
                insTube.addBindValue(o.poolSize);
                insTube.addBindValue(isoUtc(taken.addSecs(-5)));
                insTube.addBindValue(operatorId);
                insTube.addBindValue(at);
                if (!insTube.exec())
                    return fail(insTube, "opening a tube");
                tubeId = insTube.lastInsertId().toLongLong();
            }
            const qint64 person = r.samples + 1;
            const QString number = cardNumber(person);
            const QString uuid = newRecordUuid();
            insSample.addBindValue(uuid);
            insSample.addBindValue(tubeId);
            insSample.addBindValue(++inTube);
            insSample.addBindValue(codec.personKey(IdType::ResidentCard, number, day));
            insSample.addBindValue(QStringLiteral("R%1").arg(person));
            insSample.addBindValue(idTypeCode(IdType::ResidentCard));
            insSample.addBindValue(maskIdNumber(number));
            insSample.addBindValue(number.right(4));
            insSample.addBindValue(
                codec.seal(QStringLiteral("居民%1").arg(person), uuid, QStringLiteral("name"), day));
            insSample.addBindValue(codec.seal(number, uuid, QStringLiteral("id_number"), day));
            insSample.addBindValue(
                codec.seal(QStringLiteral("138%1").arg(person % 100000000, 8, 10, QLatin1Char('0')),
                           uuid, QStringLiteral("phone"), day));
            insSample.addBindValue(operatorId);
            insSample.addBindValue(at);
            insSample.addBindValue(dayText);
            if (!insSample.exec())
                return fail(insSample, "inserting a sample");
            const QByteArray payload =
                QStringLiteral("{\"sample_uuid\":\"%1\",\"tube\":%2,\"at\":\"%3\"}")
                    .arg(uuid)
                    .arg(tubeId)
                    .arg(at)
                    .toUtf8();
            const bool pending = at >= pendingFrom;
            insOutbox.addBindValue(uuid);
            insOutbox.addBindValue(payload);
            insOutbox.addBindValue(QString::fromLatin1(
                QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex()));
            insOutbox.addBindValue(at);
            insOutbox.addBindValue(pending ? QStringLiteral("pending") : QStringLiteral("acked"));
            insOutbox.addBindValue(pending ? QVariant(QMetaType::fromType<QString>())
                                           : QVariant(isoUtc(taken.addSecs(60))));
            if (!insOutbox.exec())
                return fail(insOutbox, "inserting an outbox record");
            if (++r.samples % 100000 == 0 && o.progress)
                o.progress(r.samples, timer.elapsed());
            lastTaken = taken;
            if (inTube >= o.poolSize) {
                if (auto e = closeTube(QString()))
                    return *e;
            }
        }
    }
    // Boxes sealed long enough ago went with the courier.
    QSqlQuery q(c);
    q.prepare(QStringLiteral(
        "UPDATE boxes SET state = 'handed_over', handed_over_at = sealed_at, handed_over_by = "
        "'李护士', carried_by = '王师傅' WHERE state = 'sealed' AND sealed_at < ?"));
    q.addBindValue(isoUtc(now.addSecs(-o.handOverAfterSeconds)));
    if (!q.exec())
        return fail(q, "handing over boxes");
    if (!q.exec(QStringLiteral("UPDATE tubes SET state = 'handed_over' WHERE state = 'boxed' AND "
                               "box_id IN (SELECT id FROM boxes WHERE state = 'handed_over')")))
        return fail(q, "handing over tubes");
    if (QSqlError e = tx.commit(); e.isValid())
        return makeError(ErrorCode::StorageFailure, e.text());
    pragma.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    pragma.exec(QStringLiteral("PRAGMA cache_size = -2000"));
    r.milliseconds = timer.elapsed();
    return r;
}

} // namespace station::bench
