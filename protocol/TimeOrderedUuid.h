// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QtGlobal>

namespace station::protocol {

// UUID version 7 (RFC 9562 §5.7): 48 bits of Unix time in milliseconds, big-endian, then the
// version (7), 12 bits rand_a, the variant (binary 10) and 62 bits rand_b. Its text sorts
// as its time does, so the records a site makes one after another take neighbouring keys in
// the province's uuid indexes instead of a random leaf each (docs/benchmarks.md, session 33).
// Qt 6.4 and Debian 12's libuuid (2.38) have no version 7 generator. In protocol/ because a
// site hub makes records of its own too (server/HubHandOver), with the stations' uuids.

// The canonical lowercase text of the version 7 uuid of `unixMs` with the given random bits
// (the low 12 bits of `randA`, the low 62 of `randB`). Pure: the benches' repeatable uuids.
QString timeOrderedUuid(qint64 unixMs, quint16 randA, quint64 randB);

// A new version 7 uuid of `unixMs` (a record's moment, normally now), its random bits from
// the system's secure generator. Within one process each is above the one before (RFC 9562
// method 1: rand_a counts up within a millisecond, and a clock that steps back less than ten
// seconds keeps the last time), so two records of one station never sort against their
// order; a clock set back further starts again from it (still unique by rand_b).
QString newTimeOrderedUuid(qint64 unixMs);

} // namespace station::protocol
