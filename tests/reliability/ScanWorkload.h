// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/DomainError.h"
#include "core/sampling/SamplingService.h"
#include "core/storage/PersonalDataCodec.h"
#include "core/storage/StationStore.h"

#include <QRandomGenerator>

#include <functional>
#include <memory>

namespace station {
class Database;
}

namespace station::reliability {

// Feeds a table's work through the real SamplingService, as the UI does: open a tube,
// scan residents until it seals at its pool size, now and then seal early, void a tube
// or remove a person. Each acknowledged (committed) action is reported to `ack`, which
// must make it durable before returning. Resumes where a previous run stopped: the
// numbering of tubes and residents continues from the database. Personal data goes through
// the station's real encrypted codec, unlocked with the site passphrase as the programs do
// (stations are provisioned at the minimal Argon2id cost, to keep restarts quick).
class ScanWorkload {
public:
    using Ack = std::function<bool(const QString &line)>;
    ScanWorkload(Database &db, quint32 seed, Ack ack);
    ~ScanWorkload();

    // Provisions the station on first use, unlocks its data key, takes its first operator,
    // loads the numbering.
    Status start();
    // One scan or action. An error means the station refused or storage failed.
    Status step();

    SamplingService &service() { return *m_service; }
    const PersonalDataCodec &codec() const { return *m_codec; }
    qint64 acknowledged() const { return m_acknowledged; }

    // Control only: acknowledge a resident before the scan commits (a durability bug
    // the crash harness must catch).
    void setAckBeforeCommit(bool on) { m_ackBeforeCommit = on; }

private:
    bool ack(const QString &line);
    Status addResident();

    Database &m_db;
    quint32 m_seed;
    QRandomGenerator m_random;
    Ack m_ack;
    std::shared_ptr<PersonalDataCodec> m_codec;
    std::unique_ptr<StationStore> m_store;
    std::unique_ptr<SamplingService> m_service;
    int m_nextTube = 1;
    int m_nextResident = 1;
    qint64 m_acknowledged = 0;
    bool m_ackBeforeCommit = false;
};

} // namespace station::reliability
