// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/reliability/ScanWorkload.h"

#include "core/security/PersonalDataAccess.h"
#include "core/storage/Database.h"
#include "tests/support/TempStation.h"

#include <QSqlQuery>
#include <QVariant>

namespace station::reliability {

namespace {

// Pool sizes in use at sites (1:1, 5:1, 10:1, 20:1), the usual 10:1 most often.
constexpr int kPoolSizes[] = {1, 5, 10, 10, 10, 20};

std::optional<qint64> queryNumber(Database &db, const QString &sql) {
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

} // namespace

ScanWorkload::ScanWorkload(Database &db, quint32 seed, Ack ack)
    : m_db(db)
    , m_seed(seed)
    , m_random(seed)
    , m_ack(std::move(ack)) {}

ScanWorkload::~ScanWorkload() = default;

bool ScanWorkload::ack(const QString &line) {
    ++m_acknowledged;
    return m_ack(line);
}

Status ScanWorkload::start() {
    m_store = std::make_unique<StationStore>(m_db);
    if (!m_store->isProvisioned()) {
        const NewOperator first{QStringLiteral("S001"), QStringLiteral("李护士"),
                                QStringLiteral("246810")};
        if (Status s = m_store->provision(test::testIdentity(10), first, test::kTestSitePassphrase,
                                          PassphraseCost::minimal());
            !s.ok())
            return s;
    }
    const auto identity = m_store->identity();
    if (!identity)
        return makeError(ErrorCode::NotProvisioned, QStringLiteral("station identity unreadable"));
    // As the programs do: the data key unlocked by the site passphrase seals every personal
    // field and outbox payload and signs every audit row.
    auto codec = unlockPersonalData(m_db, test::kTestSitePassphrase);
    if (!codec)
        return codec.error();
    m_codec = codec.value();
    m_db.setAuditSigner(m_codec);
    // The operator's row, not a PIN check: signing in is not what this harness exercises.
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, staff_id, name FROM operators ORDER BY id LIMIT 1")) ||
        !q.next())
        return makeError(ErrorCode::NoOperator, QStringLiteral("no operator row"));
    OperatorRef op;
    op.id = q.value(0).toLongLong();
    op.staffId = q.value(1).toString();
    op.name = q.value(2).toString();

    const auto tubes = queryNumber(m_db, QStringLiteral("SELECT count(*) FROM tubes"));
    const auto samples = queryNumber(m_db, QStringLiteral("SELECT count(*) FROM samples"));
    if (!tubes || !samples)
        return makeError(ErrorCode::StorageFailure, QStringLiteral("cannot read the counts"));
    m_nextTube = int(*tubes) + 1;
    // Each run (seed) takes residents from its own range, so a scan lost in a crash is
    // not silently repeated under the same registration by the next run.
    m_nextResident = int(*samples) + 1 + int(m_seed % 1000) * 100000;

    m_service = std::make_unique<SamplingService>(m_db, *m_codec, *identity);
    m_service->setOperator(op);
    return success();
}

Status ScanWorkload::addResident() {
    // A number from an earlier run's range (ID numbers repeat every 9000) may name
    // someone already in the open tube: the station refuses, the next person comes.
    for (int tries = 0;; ++tries) {
        const ResidentCode resident = test::makeResident(m_nextResident);
        if (m_ackBeforeCommit && !ack(QStringLiteral("resident ") + resident.registrationId))
            return makeError(ErrorCode::StorageFailure, QStringLiteral("ack log write failed"));
        // Retests are confirmed: the same ID number comes back every 9000 residents.
        auto added = m_service->addResident(resident, EntryMethod::Scanner, true);
        ++m_nextResident;
        if (!added.ok()) {
            if (added.code() == ErrorCode::PersonAlreadyInTube && tries < 32)
                continue;
            return added.error();
        }
        if (!ack(QStringLiteral("sample ") + added->sampleUuid))
            return makeError(ErrorCode::StorageFailure, QStringLiteral("ack log write failed"));
        if (added->tubeSealed && !ack(QStringLiteral("sealed ") + added->tube.code))
            return makeError(ErrorCode::StorageFailure, QStringLiteral("ack log write failed"));
        return success();
    }
}

Status ScanWorkload::step() {
    const auto open = m_service->openTubeSnapshot();
    if (!open) {
        const QString code = test::tubeCode(m_nextTube);
        const int pool = kPoolSizes[m_random.bounded(int(std::size(kPoolSizes)))];
        auto opened = m_service->openTube(code, pool);
        if (!opened.ok())
            return opened.error();
        ++m_nextTube;
        if (!ack(QStringLiteral("tube ") + code))
            return makeError(ErrorCode::StorageFailure, QStringLiteral("ack log write failed"));
        return success();
    }
    if (open->count() > 0) {
        const int roll = int(m_random.bounded(100));
        if (roll < 2) {
            auto voided = m_service->voidTube(open->code, QStringLiteral("tube dropped"));
            if (!voided.ok())
                return voided.error();
            ack(QStringLiteral("voided ") + open->code);
            return success();
        }
        if (roll < 5) {
            auto sealed = m_service->sealOpenTubeEarly(QStringLiteral("end of queue"));
            if (!sealed.ok())
                return sealed.error();
            ack(QStringLiteral("sealed ") + open->code);
            return success();
        }
        if (roll < 9) {
            const TubeMember &m = open->members.at(m_random.bounded(open->count()));
            auto removed = m_service->removeSample(m.sampleId, QStringLiteral("wrong person"));
            if (!removed.ok())
                return removed.error();
            ack(QStringLiteral("removed ") + m.sampleUuid);
            return success();
        }
    }
    return addResident();
}

} // namespace station::reliability
