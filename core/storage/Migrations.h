// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QStringList>
#include <QVector>

namespace station {

// Schema migrations, one step per version. Step i (0-based) takes the schema from
// version i to i + 1. Steps are only ever appended; a released step never changes.
const QVector<QStringList> &schemaMigrations();

} // namespace station
