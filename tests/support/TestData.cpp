// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestData.h"

#include <QDir>

namespace station::test {

QString testDataPath(const QString &relative) {
    return QDir(qEnvironmentVariable("STATION_TEST_DATA")).filePath(relative);
}

QString buildDir() {
    return qEnvironmentVariable("STATION_BUILD_DIR");
}

} // namespace station::test
