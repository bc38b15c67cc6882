// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QTextStream>

namespace station::server {

class Database;

// `province-server admin export-lookup-key FILE`: the province's people lookup key, 64 hex
// digits, into a new file of mode 0600 (an existing file is never overwritten), for the
// health-code system, which computes each person's blind key itself.
int exportLookupKey(Database &database, const QString &path, QTextStream &out, QTextStream &err);

// `province-server admin person-status --id-type T`: the status lookup's answer for the
// person whose ID number comes on standard input (one line), for an operator at the
// province. The number is never printed or logged, and never taken from the command line.
int printPersonStatus(Database &database, const QString &idType, QTextStream &out,
                      QTextStream &err);

} // namespace station::server
