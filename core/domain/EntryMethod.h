// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QMetaType>
#include <QString>

#include <optional>

namespace station {

// How a scanned or typed text reached the station: the one kind of scan source. Every scanner
// emits it with its scans (scan::Scanner::scanned), the table's router passes it on, and it is
// stored with each sample. A handheld scanner is a Scanner whether it types (keyboard wedge) or
// talks over a serial port; a video file stands in for a camera.
enum class EntryMethod { Scanner, Camera, Manual };

// "scanner", "camera", "manual": stored in the database and sent in sync payloads (never change).
QString entryMethodKey(EntryMethod method);
std::optional<EntryMethod> entryMethodFromKey(const QString &key);

} // namespace station

Q_DECLARE_METATYPE(station::EntryMethod)
