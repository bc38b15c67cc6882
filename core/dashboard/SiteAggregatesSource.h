// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/dashboard/DashboardTypes.h"
#include "core/dashboard/SiteFigures.h"

#include <QObject>

namespace station::dashboard {

// Figures for every table of the site from the station's sync server: its hub, or the
// province when the site has none (SiteTablesSource). A source never returns stale figures
// as current: each result carries the time the server computed it.
class SiteAggregatesSource : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    using SiteFigures = station::dashboard::SiteFigures;

    // Whether the server can be asked now (online and the station is registered).
    virtual bool available() const = 0;
    // Asks for fresh figures; answers with figuresReady or failed.
    virtual void request(const QDate &day) = 0;

Q_SIGNALS:
    void figuresReady(const station::dashboard::SiteFigures &figures);
    void failed(const QString &message);
};

} // namespace station::dashboard
