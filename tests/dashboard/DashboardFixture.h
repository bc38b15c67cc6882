// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers for the dashboard tests: swabs at chosen instants through the real service.
#include "tests/support/TempStation.h"

#include <QTest>
#include <QTimeZone>

namespace station::test {

// Adds person `person` at the UTC instant `at`, opening tube `nextTube` (and counting it
// up) when no tube is open. Returns the sample id, or 0 on failure.
inline qint64 swabAt(TempStation &st, const QDateTime &at, int person, int &nextTube,
                     int poolSize = 10) {
    st.setNow(at);
    SamplingService &s = st.service();
    if (!s.openTubeSnapshot()) {
        if (!s.openTube(tubeCode(nextTube++), poolSize).ok())
            return 0;
    }
    auto added = s.addResident(makeResident(person), EntryMethod::Scanner);
    if (!added.ok()) {
        qWarning("swabAt failed: %s", qPrintable(added.message()));
        return 0;
    }
    return added->sampleId;
}

inline QDateTime utc(int y, int m, int d, int h, int min, int s = 0, int ms = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), Qt::UTC);
}

inline QDateTime zoned(const QByteArray &zone, int y, int m, int d, int h, int min, int s = 0,
                       int ms = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), QTimeZone(zone)).toUTC();
}

} // namespace station::test
