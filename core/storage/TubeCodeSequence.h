// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QSqlDatabase>
#include <QSqlError>

namespace station {

// The station's sequence of generated tube codes (schema version 4, table
// tube_code_sequence). Numbers are taken inside the caller's transaction: committed with
// the tube they open (or the labels they reserve), or rolled back with it, never reused.

// Takes `count` (>= 1) numbers; `*first` receives the first of them. Must run inside a
// transaction.
QSqlError takeTubeCodeSequence(const QSqlDatabase &db, int count, qint64 *first);

// The last number issued so far (0 when none); -1 when it cannot be read.
qint64 lastIssuedTubeCodeSequence(const QSqlDatabase &db);

} // namespace station
