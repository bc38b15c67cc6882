// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/StationIdentity.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

#include <functional>

namespace station::test {

class ServerProcess;
class TempStation;

// The station's tokens at a site with a hub, once enrolled.
struct SiteTokens {
    QString province; // the fallback's
    QString hub;      // empty when not enrolled there
};

// A site as the fallback tests run it: the station given `records` sample records, a province
// and a site hub started (real province-server processes on loopback), the station enrolled
// at the province (its fallback) and, with `enrollAtHub`, at the hub; `prepareHub` runs
// before the hub starts. False with *error.
bool startSite(TempStation &station, ServerProcess &province, ServerProcess &hub, int records,
               SiteTokens *tokens, QString *error, bool enrollAtHub = true,
               const std::function<bool(ServerProcess &, QString *)> &prepareHub = {});

// Enrolls `identity`'s device at `server` through the station's own Enrollment class.
// Returns the device token, or an empty string (with *error) on failure.
QString enrollStation(const ServerProcess &server, const StationIdentity &identity, QString *error);

// Appends `count` sample.taken records to the outbox the way the journal does.
bool appendSampleRecords(Database &db, const StationIdentity &identity, int count,
                         int firstIndex = 0);

// uuid → content_hash of the station's outbox rows (all states).
QHash<QString, QString> stationHashes(Database &db, const QString &where = {});

// What the server stored, read from its SQLite file after it stopped.
struct ServerRecords {
    int stored = 0;
    int unexpected = 0; // uuids the station does not have
    int wrongHash = 0;  // stored or recomputed hash differs from the station's
    int missing = 0;
    qint64 duplicatesSeen = 0; // station_counters.duplicates
};
ServerRecords compareServerRecords(const QString &sqlitePath,
                                   const QHash<QString, QString> &expected);
// The same on an open connection to the server's database (PostgreSQL).
ServerRecords compareServerRecords(QSqlDatabase &db, const QHash<QString, QString> &expected);

} // namespace station::test

namespace station::test {

// Replaces the certificate and key of a prepared (not yet started) server with a
// self-signed certificate for 127.0.0.1 that expired in 2020 (openssl ca -selfsign).
bool useExpiredCertificate(const ServerProcess &server, QString *error);
// Replaces them with a valid self-signed certificate for another host only
// (DNS:province.example), so that https://127.0.0.1 does not match it.
bool useOtherHostCertificate(const ServerProcess &server, QString *error);

} // namespace station::test

namespace station::test {

// A loopback port where no TCP connection is ever made, and none is refused either: as when
// the hub's laptop is switched off or gone from the network. A listening socket with a
// backlog of one, filled by a connection of its own and never accepted: Linux then drops
// every further SYN, so a connect() waits until its own timeout.
class UnansweredPort {
public:
    UnansweredPort();
    ~UnansweredPort();
    UnansweredPort(const UnansweredPort &) = delete;
    UnansweredPort &operator=(const UnansweredPort &) = delete;

    bool ok() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl url() const;

private:
    int m_listener = -1;
    int m_filler = -1;
    quint16 m_port = 0;
};

} // namespace station::test
