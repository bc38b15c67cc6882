// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QString>

namespace station::protocol {

// A table travels as its number. Its label on the wire and in the server's tables is the one
// English form, "Table 7", never the language of whoever set the station up: each reader
// shows it in its own (core/TableLabel.h).
QString tableWireLabel(int tableNumber);

// The table number a stored or received label names: the wire form ("Table 7") and the
// localized labels older stations sent at enrollment ("7号台", "第 7 号采样台"), so that the
// records kept before stay readable. 0 for any other label ("site hub", empty).
int tableNumberOfLabel(const QString &label);

// A label as the server keeps and sends it: a table's in its wire form ("第 7 号采样台" becomes
// "Table 7"), any other ("site hub") as it is.
QString canonicalTableLabel(const QString &label);

// The first `count` table numbers (from 1) not in `taken`: what a refused join offers.
QList<int> freeTableNumbers(const QList<int> &taken, int count);

} // namespace station::protocol
