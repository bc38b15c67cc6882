// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A site for the dashboard's window tests: a source that answers at once with figures made
// here (or fails, as an unreachable hub does), and a busy site of nine tables.
#include "core/dashboard/SiteAggregatesSource.h"

#include <optional>

namespace station::test {

class FakeSiteSource : public dashboard::SiteAggregatesSource {
public:
    std::optional<dashboard::SiteFigures> figures; // answered when set
    QString failure;                               // else this failure
    int requests = 0;
    bool available() const override { return true; }
    void request(const QDate &) override {
        ++requests;
        if (figures)
            Q_EMIT figuresReady(*figures);
        else
            Q_EMIT failed(failure);
    }
};

// The site's hub at `now`: tables 1-9 but `ownTable` (this station's, shown from its own
// database). Table 1 has a box over the 4-hour limit and table 2 one near it, table 4 has
// not been heard from for 25 minutes, table 5 never, table 6 has a backlog; the hub has
// lost the province with 1,234 records waiting.
inline dashboard::SiteFigures busySite(const QDateTime &now, int ownTable) {
    using namespace dashboard;
    SiteFigures f;
    f.computedAt = now;
    f.receivedAt = now;
    f.role = QStringLiteral("hub");
    f.ownStation = QStringLiteral("own-station");
    f.upstream = SiteUpstream{1234, now.addSecs(-50 * 60), now.addSecs(-48 * 60),
                              QStringLiteral("connection refused"), false};
    for (int n = 1; n <= 9; ++n) {
        if (n == ownTable)
            continue;
        SiteTable t;
        t.station = QStringLiteral("gz-th-0001-t%1").arg(n, 2, 10, QLatin1Char('0'));
        t.label = QStringLiteral("Table %1").arg(n);
        t.tableNumber = n;
        const bool silent = n == 4;
        const bool never = n == 5;
        if (!never) {
            t.lastSeenAt = now.addSecs(silent ? -25 * 60 : -40);
            t.statusAt = t.lastSeenAt;
            t.lastRecordAt = t.lastSeenAt;
            t.lastSampleAt = now.addSecs(silent ? -26 * 60 : -90);
            t.pending = n == 6 ? 187 : 0;
            if (n == 6)
                t.oldestPendingAt = now.addSecs(-35 * 60);
            t.samples = 300 + 17 * n;
            for (int b = 0; b < 6; ++b)
                t.buckets.append({now.addSecs(-600 * (b + 1)), 6 + (n + b) % 4, b == 2 ? 1 : 0});
            t.openTubes.append({QStringLiteral("GZ26%1").arg(n, 6, 10, QLatin1Char('0')),
                                now.addSecs(-300), 3 + n % 5, 10});
        }
        if (n == 1 || n == 2) {
            SiteBox box;
            box.box = QStringLiteral("BX00%1").arg(n);
            box.openedAt = now.addSecs(-5 * 3600);
            box.earliestSwab = now.addSecs(n == 1 ? -(4 * 3600 + 12 * 60) : -(3 * 3600 + 40 * 60));
            box.sealedAt = n == 1 ? now.addSecs(-3600) : QDateTime();
            box.tubes = 12;
            box.people = 117;
            t.boxes.append(box);
        }
        f.siteTables.append(t);
        f.samplesToday += t.samples;
    }
    return f;
}

} // namespace station::test
