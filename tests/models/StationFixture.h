// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A provisioned station in a temporary directory for the model and widget tests: database,
// store, sampling service on a stepping clock, and resident codes with valid ID numbers.
#include "core/domain/IdDocument.h"
#include "core/domain/ResidentCode.h"
#include "core/sampling/SamplingService.h"
#include "core/storage/Database.h"
#include "core/storage/StationPaths.h"
#include "core/storage/StationStore.h"
#include "tests/support/PlaintextPersonalDataCodec.h"
#include "tests/support/TempStation.h" // tubeCode(), one definition for every test

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace station::test {

inline const QString kStaffId = QStringLiteral("S001");
inline const QString kPin = QStringLiteral("246810");

// A valid type-01 number: born 1980-01-01, sequence `n`, check character computed.
inline QString residentCardNumber(int n) {
    const QString first17 = QStringLiteral("44010319800101") +
                            QStringLiteral("%1").arg(n % 1000, 3, 10, QLatin1Char('0'));
    return first17 + gb11643CheckCharacter(first17);
}

inline ResidentCode resident(int n, const QString &name = {}) {
    ResidentCode r;
    r.registrationId = QStringLiteral("R2026-%1").arg(n, 6, 10, QLatin1Char('0'));
    r.name = name.isEmpty() ? QStringLiteral("Resident %1").arg(n) : name;
    r.idType = IdType::ResidentCard;
    r.idNumber = residentCardNumber(n);
    r.phone = QStringLiteral("138%1").arg(n, 8, 10, QLatin1Char('0'));
    return r;
}

inline QString residentScan(const ResidentCode &r) {
    return QString::fromUtf8(encodeResidentCode(r));
}

inline QString residentScan(int n) {
    return residentScan(resident(n));
}

class StationFixture {
public:
    StationFixture() {
        QVERIFY(dir.isValid());
        const Status opened = db.open(databasePath(dir.path()));
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        store = std::make_unique<StationStore>(db, clock());
        StationIdentity id;
        id.siteCode = QStringLiteral("GZ-TH-0001");
        id.siteName = QStringLiteral("Tianhe Sports Centre");
        id.district = QStringLiteral("440106");
        id.tableNumber = 3;
        id.defaultPoolSize = 10;
        const Status provisioned =
            store->provision(id, NewOperator{kStaffId, QStringLiteral("Li Na"), kPin},
                             QStringLiteral("fixture site passphrase"), PassphraseCost::minimal());
        QVERIFY2(provisioned.ok(), qPrintable(provisioned.message()));
        service = std::make_unique<SamplingService>(db, codec, *store->identity(), clock());
    }

    // Signs the operator in on the service directly (for tests below the widgets).
    void signIn() {
        const Result<OperatorRef> op = store->signIn(kStaffId, kPin);
        QVERIFY2(op.ok(), qPrintable(op.message()));
        service->setOperator(op.value());
    }

    // Noon on a fixed day, one second further on each reading: deterministic and ordered.
    Clock clock() {
        return [this] {
            ++ticks;
            return QDateTime(QDate(2026, 6, 4), QTime(12, 0)).toUTC().addSecs(ticks);
        };
    }

    QDate today() const { return QDate(2026, 6, 4); }

    QTemporaryDir dir;
    Database db;
    PlaintextPersonalDataCodec codec;
    std::unique_ptr<StationStore> store;
    std::unique_ptr<SamplingService> service;
    qint64 ticks = 0;
};

} // namespace station::test
