// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sampling/ShiftSimulator.h"

#include "core/Logging.h"
#include "core/sampling/SamplingService.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

namespace station {

namespace {

// The messages of this file, under one translation context.
struct ShiftSimulatorText {
    Q_DECLARE_TR_FUNCTIONS(ShiftSimulator)
};

const char *const kSurnames[] = {"陈", "李", "张", "王", "黄", "林", "吴", "刘", "梁", "何"};
const char *const kGiven[] = {"秀英", "伟", "芳", "建国", "丽", "志强", "静", "海燕", "明", "婷"};

int countRows(Database &db, const QString &sql) {
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace

ResidentCode syntheticResident(quint64 n) {
    ResidentCode r;
    const QDate birth = QDate(1940, 1, 1).addDays(qint64(n * 7919 % 29000));
    const QString first17 = QStringLiteral("440106") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(n % 1000, 3, 10, QLatin1Char('0'));
    r.idType = IdType::ResidentCard;
    r.idNumber = first17 + gb11643CheckCharacter(first17);
    r.registrationId = QStringLiteral("SIM-%1").arg(n, 10, 10, QLatin1Char('0'));
    r.name = QString::fromUtf8(kSurnames[n % 10]) + QString::fromUtf8(kGiven[(n / 10) % 10]);
    r.phone = QStringLiteral("139%1").arg(n % 100000000, 8, 10, QLatin1Char('0'));
    return r;
}

Result<SimulationSummary> simulateShift(Database &db, const PersonalDataCodec &codec,
                                        const StationIdentity &identity, const OperatorRef &op,
                                        const SimulationOptions &o) {
    if (o.residents < 1)
        return makeError(ErrorCode::InvalidInput,
                         ShiftSimulatorText::tr("Simulate at least one resident."));
    QRandomGenerator rng(o.seed);
    QDateTime now =
        o.start.isValid()
            ? o.start.toUTC()
            : QDateTime::currentDateTimeUtc().addSecs(-qint64(o.residents * o.secondsPerSample));
    SamplingService service(db, codec, identity, [&now] { return now; });
    service.setOperator(op);
    if (service.openTubeSnapshot())
        return makeError(
            ErrorCode::TubeAlreadyOpen,
            ShiftSimulatorText::tr("A tube is open at this station; finish it before simulating."));
    if (service.openBoxSnapshot())
        return makeError(
            ErrorCode::BoxAlreadyOpen,
            ShiftSimulatorText::tr("A box is open at this station; seal it before simulating."));

    // Codes continue after what the station already used, so runs can be repeated.
    int tubeCounter = countRows(db, QStringLiteral("SELECT count(*) FROM tubes"));
    int boxCounter = countRows(db, QStringLiteral("SELECT count(*) FROM boxes"));
    auto nextTube = [&] {
        return QStringLiteral("SM%1%2")
            .arg(identity.tableNumber % 1000, 3, 10, QLatin1Char('0'))
            .arg(++tubeCounter, 9, 10, QLatin1Char('0'));
    };
    auto nextBox = [&] {
        return QStringLiteral("BXSM%1%2")
            .arg(identity.tableNumber % 1000, 3, 10, QLatin1Char('0'))
            .arg(++boxCounter, 7, 10, QLatin1Char('0'));
    };
    auto step = [&] {
        const double jitter = 0.4 + 1.2 * rng.generateDouble();
        now = now.addMSecs(qint64(o.secondsPerSample * jitter * 1000));
    };
    const quint64 personBase =
        quint64(countRows(db, QStringLiteral("SELECT count(*) FROM samples"))) +
        o.seed * 1000003ULL;

    SimulationSummary sum;
    QStringList sealedUnboxed;
    auto boxUp = [&](bool force) -> Status {
        if (o.tubesPerBox <= 0 || sealedUnboxed.isEmpty())
            return success();
        if (!force && sealedUnboxed.size() < o.tubesPerBox)
            return success();
        const QString code = nextBox();
        if (auto b = service.openBox(code); !b.ok())
            return b.error();
        for (const QString &t : std::as_const(sealedUnboxed)) {
            if (auto r = service.addTubeToBox(t); !r.ok())
                return r.error();
        }
        sealedUnboxed.clear();
        if (auto r = service.sealBox(); !r.ok())
            return r.error();
        now = now.addSecs(60);
        HandOver h{op.name, QStringLiteral("Courier"), 8.0};
        if (auto r = service.handOverBox(code, h); !r.ok())
            return r.error();
        ++sum.boxes;
        return success();
    };

    QList<ResidentCode> toResample;
    QHash<qint64, ResidentCode> inTube; // the open tube's people, by sample id
    int made = 0;
    while (made < o.residents || !toResample.isEmpty()) {
        if (!service.openTubeSnapshot()) {
            if (auto t = service.openTube(nextTube(), o.poolSize); !t.ok())
                return t.error();
            ++sum.tubes;
        }
        ResidentCode r;
        bool retest = false;
        if (!toResample.isEmpty()) {
            r = toResample.takeFirst();
            retest = true;
        } else if (made > 0 && rng.generateDouble() < o.retestRate) {
            r = syntheticResident(personBase + rng.bounded(quint32(made)));
            retest = true;
        } else {
            r = syntheticResident(personBase + quint64(made));
            ++made;
        }
        step();
        auto added = service.addResident(r, EntryMethod::Scanner, retest);
        if (!added.ok()) {
            // Already in this very tube (a re-test drawn into its own tube): skip them.
            if (added.code() == ErrorCode::PersonAlreadyInTube)
                continue;
            return added.error();
        }
        if (retest)
            ++sum.retests;
        if (added->tube.count() == 1)
            inTube.clear();
        inTube.insert(added->sampleId, r);
        if (!added->tubeSealed && rng.generateDouble() < o.removalRate) {
            if (auto rm = service.removeSample(added->sampleId,
                                               ShiftSimulatorText::tr("Wrong person scanned"));
                !rm.ok())
                return rm.error();
            ++sum.removed;
            continue;
        }
        if (added->tubeSealed) {
            if (rng.generateDouble() < o.voidRate * added->tube.poolSize) {
                auto v = service.voidTube(added->tube.code, ShiftSimulatorText::tr("Tube dropped"));
                if (!v.ok())
                    return v.error();
                ++sum.voidedTubes;
                // Their swabs are lost: each of them is sampled again.
                for (const TubeMember &m : v->toResample)
                    toResample.append(inTube.value(m.sampleId));
            } else {
                sealedUnboxed.append(added->tube.code);
                if (Status s = boxUp(false); !s.ok())
                    return s.error();
            }
        }
    }
    if (auto open = service.openTubeSnapshot()) {
        if (open->count() > 0) {
            now = now.addSecs(30);
            if (auto s =
                    service.sealOpenTubeEarly(ShiftSimulatorText::tr("End of simulated shift"));
                !s.ok())
                return s.error();
            sealedUnboxed.append(open->code);
        } else if (auto v = service.voidTube(open->code,
                                             ShiftSimulatorText::tr("Unused at end of shift"));
                   !v.ok()) {
            return v.error();
        }
    }
    if (Status s = boxUp(true); !s.ok())
        return s.error();
    sum.samples =
        countRows(db, QStringLiteral("SELECT count(*) FROM samples WHERE state = 'active'"));
    sum.end = now;
    qCInfo(lcDomain) << "simulated" << o.residents << "residents," << sum.tubes << "tubes";
    return sum;
}

} // namespace station
