// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace station::server {

class Database;

// What a status lookup found (docs/sync-protocol.md §16).
struct PersonStatusLookup {
    bool read = false;  // false: the database failed (error)
    bool known = false; // false: no sample of this person is known
    QJsonObject status; // when known: the answer's members, without server_time
    QString error;
};

// A person's latest state for the health-code side, by the blind key (the people lookup
// key of TubeProjection: HMAC of the ID, never the ID itself), derived from the projection
// (tube_people, tubes), the labs' results and the recall list. The answer names tubes,
// sites, labs and times; never a name or an ID number.
class PersonStatus {
    Q_DECLARE_TR_FUNCTIONS(PersonStatus)
public:
    explicit PersonStatus(Database &database);

    // Whether `text` looks like a blind key: 64 lowercase hex digits.
    static bool isBlindKey(const QString &text);

    PersonStatusLookup lookup(const QString &blindKey);

private:
    Database &m_database;
};

} // namespace station::server
