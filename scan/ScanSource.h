// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QMetaType>

namespace station::scan {

// Where a scanned text came from. Every input source emits the same signal shape,
// scanned(const QString &text, ScanSource source), so the app routes all of them into one path.
enum class ScanSource { Camera, HidScanner, SerialScanner, Keyboard, VideoFile };

} // namespace station::scan

Q_DECLARE_METATYPE(station::scan::ScanSource)
