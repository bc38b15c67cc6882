// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QTextStream>
#include <QUrl>

namespace station::server {

class Database;

// What a join code is made of (protocol/JoinCode.h): the address stations reach this server
// at, its TLS certificate (whose SHA-256 the code carries), and a fresh enrollment code.
struct JoinCodeRequest {
    QString site;
    QUrl serverUrl;
    QString certificatePath;
    int uses = 1;
    int validHours = 72;
};

// Creates the enrollment code (DeviceRegistry) and prints the join code as a QR drawn in the
// terminal and as text; warns when the certificate does not name the address's host (the
// stations would refuse it). Returns the process exit code. `admin join-code` uses it, and
// so does `--print-join-code` when the server runs as a site hub.
int printJoinCode(Database &database, const JoinCodeRequest &request, QTextStream &out,
                  QTextStream &err);

} // namespace station::server
