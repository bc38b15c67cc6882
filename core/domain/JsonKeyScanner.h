// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QString>

#include <optional>

namespace station {

// QJsonDocument silently keeps one of two equal keys, but a resident code with a
// duplicate key must be refused (two different names in one code). This scans the
// keys of the top-level object of `json`, which must already be known to be valid
// JSON, decoding escapes so that "t" and "\u0074" count as the same key.
// Returns the first key seen twice, or nullopt.
std::optional<QString> findDuplicateTopLevelKey(const QByteArray &json);

} // namespace station
