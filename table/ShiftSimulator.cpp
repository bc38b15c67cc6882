// SPDX-License-Identifier: GPL-3.0-or-later
#include "table/ShiftSimulator.h"

#include "core/sampling/SamplingService.h"
#include "core/storage/Database.h"
#include "table/Logging.h"
#include "table/TableWorkflow.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
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

// Answers the workflow's questions as the simulated staff member means to: a re-test only
// when one is intended, the reason and the tube code set before the action.
class ScriptedAnswers : public TableAsker {
public:
    bool confirmRetest = false;
    QString reason;
    QString tubeCode;

    std::optional<QString> ask(const TableQuestion &question) override {
        switch (question.kind) {
        case TableQuestion::Kind::ConfirmRetest:
            return confirmRetest ? std::optional<QString>(QStringLiteral("yes")) : std::nullopt;
        case TableQuestion::Kind::Reason:
        case TableQuestion::Kind::ReprintReason:
            return reason.isEmpty() ? std::nullopt : std::optional<QString>(reason);
        case TableQuestion::Kind::TubeCode:
            return tubeCode.isEmpty() ? std::nullopt : std::optional<QString>(tubeCode);
        }
        return std::nullopt;
    }
};

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
    TableWorkflow table(service);
    ScriptedAnswers answers;
    table.setAsker(&answers);
    table.signIn(op);
    if (service.openTubeSnapshot())
        return makeError(
            ErrorCode::TubeAlreadyOpen,
            ShiftSimulatorText::tr("A tube is open at this station; finish it before simulating."));
    if (service.openBoxSnapshot())
        return makeError(
            ErrorCode::BoxAlreadyOpen,
            ShiftSimulatorText::tr("A box is open at this station; seal it before simulating."));
    if (o.poolSize && !isValidPoolSize(*o.poolSize))
        return makeError(ErrorCode::InvalidPoolSize,
                         ShiftSimulatorText::tr("The pool size must be 1, 5, 10 or 20."));

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
    // Every step goes through the table; anything it refuses stops the run with its words.
    auto expectRecorded = [](const ScanOutcome &outcome) -> Status {
        if (outcome.recorded)
            return success();
        return makeError(ErrorCode::InvalidInput, outcome.message);
    };

    SimulationSummary sum;
    QStringList sealedUnboxed;
    auto boxUp = [&](bool force) -> Status {
        if (o.tubesPerBox <= 0 || sealedUnboxed.isEmpty())
            return success();
        if (!force && sealedUnboxed.size() < o.tubesPerBox)
            return success();
        const QString code = nextBox();
        if (Status s = expectRecorded(table.scan(code, EntryMethod::Scanner)); !s.ok())
            return s;
        for (const QString &t : std::as_const(sealedUnboxed)) {
            if (Status s = expectRecorded(table.scan(t, EntryMethod::Scanner)); !s.ok())
                return s;
        }
        sealedUnboxed.clear();
        // The box code again seals it.
        if (Status s = expectRecorded(table.scan(code, EntryMethod::Scanner)); !s.ok())
            return s;
        now = now.addSecs(60);
        HandOver h{op.name, QStringLiteral("Courier"), 8.0};
        if (auto r = table.handOver(code, h); !r.ok())
            return r.error();
        ++sum.boxes;
        return success();
    };

    QList<ResidentCode> toResample;
    QHash<qint64, ResidentCode> inTube; // the open tube's people, by sample id
    QSet<QString> idsInTube;            // their ID numbers
    QList<TubeMember> voidedPeople;
    QObject::connect(&table, &TableWorkflow::resampleRequired,
                     [&voidedPeople](const QString &, const QList<TubeMember> &people) {
                         voidedPeople = people;
                     });
    int made = 0;
    while (made < o.residents || !toResample.isEmpty()) {
        if (!service.openTubeSnapshot()) {
            if (o.poolSize && *o.poolSize != identity.defaultPoolSize) {
                // The pool size is chosen on the table before the tube's first person.
                if (Status s = expectRecorded(table.scan(nextTube(), EntryMethod::Scanner));
                    !s.ok())
                    return s.error();
                if (Status s = expectRecorded(table.choosePoolSize(*o.poolSize)); !s.ok())
                    return s.error();
            } else if (Status s = expectRecorded(table.scan(nextTube(), EntryMethod::Scanner));
                       !s.ok()) {
                return s.error();
            }
            ++sum.tubes;
            inTube.clear();
            idsInTube.clear();
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
        // Already in this very tube (a re-test drawn into its own tube): skip them.
        if (idsInTube.contains(r.idNumber))
            continue;
        step();
        answers.confirmRetest = retest;
        const ScanOutcome added =
            table.scan(QString::fromUtf8(encodeResidentCode(r)), EntryMethod::Scanner);
        answers.confirmRetest = false;
        if (Status s = expectRecorded(added); !s.ok())
            return s.error();
        if (retest)
            ++sum.retests;
        const Result<TubeSnapshot> tube = service.tube(added.tube);
        if (!tube)
            return tube.error();
        const TubeMember &newest = tube->members.constLast();
        inTube.insert(newest.sampleId, r);
        idsInTube.insert(r.idNumber);
        if (!added.tubeSealed && rng.generateDouble() < o.removalRate) {
            answers.reason = ShiftSimulatorText::tr("Wrong person scanned");
            const ScanOutcome removed = table.removeSample(newest.sampleId);
            answers.reason.clear();
            if (Status s = expectRecorded(removed); !s.ok())
                return s.error();
            idsInTube.remove(r.idNumber);
            ++sum.removed;
            continue;
        }
        if (added.tubeSealed) {
            if (rng.generateDouble() < o.voidRate * tube->poolSize) {
                answers.reason = ShiftSimulatorText::tr("Tube dropped");
                answers.tubeCode = tube->code;
                voidedPeople.clear();
                const ScanOutcome voided = table.voidTube();
                answers.reason.clear();
                answers.tubeCode.clear();
                if (Status s = expectRecorded(voided); !s.ok())
                    return s.error();
                ++sum.voidedTubes;
                // Their swabs are lost: each of them is sampled again.
                for (const TubeMember &m : std::as_const(voidedPeople))
                    toResample.append(inTube.value(m.sampleId));
            } else {
                sealedUnboxed.append(tube->code);
                if (Status s = boxUp(false); !s.ok())
                    return s.error();
            }
        }
    }
    if (auto open = service.openTubeSnapshot()) {
        answers.reason = open->count() > 0 ? ShiftSimulatorText::tr("End of simulated shift")
                                           : ShiftSimulatorText::tr("Unused at end of shift");
        if (open->count() > 0) {
            now = now.addSecs(30);
            if (Status s = expectRecorded(table.sealEarly()); !s.ok())
                return s.error();
            sealedUnboxed.append(open->code);
        } else if (Status s = expectRecorded(table.voidTube()); !s.ok()) {
            return s.error();
        }
        answers.reason.clear();
    }
    if (Status s = boxUp(true); !s.ok())
        return s.error();
    sum.samples =
        countRows(db, QStringLiteral("SELECT count(*) FROM samples WHERE state = 'active'"));
    sum.end = now;
    qCInfo(lcTable) << "simulated" << o.residents << "residents," << sum.tubes << "tubes";
    return sum;
}

} // namespace station
