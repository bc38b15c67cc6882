// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QStringList>
#include <QTextStream>

namespace station::server {

// Prints rows (the first one the header) as columns a terminal lines up: each column as
// wide as its widest cell, two spaces apart, a Chinese character counted as two columns,
// as a terminal draws it (a device id or "1号台" wider than a fixed width pushed the
// rest of its line out of line).
void printColumns(const QList<QStringList> &rows, QTextStream &out);

// How many terminal columns `text` takes: East Asian wide and full-width characters two,
// others one.
int terminalWidth(const QString &text);

} // namespace station::server
