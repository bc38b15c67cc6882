// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/ResidentCode.h"
#include "core/sampling/SamplingService.h"
#include "core/storage/Database.h"
#include "core/storage/StationStore.h"
#include "tests/support/PlaintextPersonalDataCodec.h"

#include <QTemporaryDir>

#include <memory>

namespace station::test {

// The site passphrase of the test stations (TempStation, `init` in cliInitArgs()).
inline const QString kTestSitePassphrase = QStringLiteral("correct horse battery");

// A provisioned station in a temporary directory with a clock the test moves. It has a data
// key (wrapped at libsodium's minimum cost, to keep tests quick) as every station has, but its
// services store personal fields through the test-only plain-text codec so that tests can
// look at them.
class TempStation {
public:
    explicit TempStation(int defaultPoolSize = 10);

    bool ok() const { return m_ok; }
    QString dataDir() const { return m_dir.path(); }
    Database &db() { return m_db; }
    StationStore &store() { return *m_store; }
    SamplingService &service() { return *m_service; }
    OperatorRef op() const { return m_operator; }

    QDateTime now() const { return m_now; }
    void advance(qint64 secs) { m_now = m_now.addSecs(secs); }
    void setNow(const QDateTime &t) { m_now = t; }
    Clock clock() {
        return [this] { return m_now; };
    }

    // Closes the database and opens the same file again with a new store and service, the
    // operator signed in again: what a restart of the application does. False on failure.
    bool reopen();

    // Row count of a table (for "nothing changed" assertions).
    int rows(const QString &table, const QString &where = {});

private:
    bool signInAndStartService();

    QTemporaryDir m_dir;
    Database m_db;
    PlaintextPersonalDataCodec m_codec;
    std::unique_ptr<StationStore> m_store;
    std::unique_ptr<SamplingService> m_service;
    OperatorRef m_operator;
    QDateTime m_now;
    bool m_ok = false;
};

// A valid resident-card number for person n, born 1980-01-01 + n days (check digit
// computed).
QString residentCardNumber(int n);
// A resident with a valid card number, named "测试居民 n".
ResidentCode makeResident(int n);
// The station's default identity used by TempStation and CLI tests.
StationIdentity testIdentity(int defaultPoolSize = 10);
// Tube and box codes valid under the default patterns.
QString tubeCode(int n);
QString boxCode(int n);

} // namespace station::test
