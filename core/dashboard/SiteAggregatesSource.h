// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/dashboard/DashboardTypes.h"

#include <QObject>

namespace station::dashboard {

// Per-table figures for a whole site, from the province server's per-site aggregates
// endpoint. The sync client implements this when it lands; until then the dashboard shows
// the station's own data and says so. A source never returns stale figures as current:
// each result carries the time the server computed it.
class SiteAggregatesSource : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    struct SiteFigures {
        QDateTime computedAt; // UTC, server time of the aggregates
        QList<TableThroughput> tables;
        int samplesToday = 0;
    };

    // Whether the server can be asked now (online and the station is registered).
    virtual bool available() const = 0;
    // Asks for fresh figures; answers with figuresReady or failed.
    virtual void request(const QDate &day) = 0;

Q_SIGNALS:
    void figuresReady(const station::dashboard::SiteAggregatesSource::SiteFigures &figures);
    void failed(const QString &message);
};

} // namespace station::dashboard
