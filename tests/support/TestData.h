// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace station::test {

// Path of a file under tests/data (set by CTest through STATION_TEST_DATA).
QString testDataPath(const QString &relative);

// Directory of the build tree (for locating the built executables).
QString buildDir();

} // namespace station::test
