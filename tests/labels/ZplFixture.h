// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The fixed tube label whose ZPL is kept in tests/data/labels/tube_50x25_203.zpl.
#include "labels/PrintJob.h"

namespace station::test {

inline labels::PrintJob goldenTubeJob() {
    labels::TubeLabelData data;
    data.tubeCode = QStringLiteral("AB12345678");
    data.siteName = QStringLiteral("Tianhe Stadium");
    data.siteCode = QStringLiteral("TH01");
    data.tableNumber = 12;
    data.sealedOrOpened = QDateTime(QDate(2026, 11, 25), QTime(9, 41));
    data.poolSize = 10;
    return labels::PrintJob::tube(data, labels::LabelSize::defaultSize(), 203, 2);
}

} // namespace station::test
