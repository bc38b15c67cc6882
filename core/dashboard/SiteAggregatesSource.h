// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/dashboard/DashboardTypes.h"
#include "core/dashboard/SiteFigures.h"

#include <QObject>

#include <optional>

namespace station::dashboard {

// Figures for every table of the site from the station's sync server: its hub, or the
// province when the site has none (SiteTablesSource). A source never returns stale figures
// as current: each result carries the time the server computed it.
class SiteAggregatesSource : public QObject {
    Q_OBJECT
public:
    explicit SiteAggregatesSource(QObject *parent = nullptr)
        : QObject(parent) {
        // What the server last said, and whether it has answered since: a dashboard opened
        // while the server cannot be reached shows those figures with their age, not none.
        connect(this, &SiteAggregatesSource::figuresReady, this, [this](const SiteFigures &f) {
            m_last = f;
            m_lastError.clear();
        });
        connect(this, &SiteAggregatesSource::failed, this,
                [this](const QString &message) { m_lastError = message; });
    }

    using SiteFigures = station::dashboard::SiteFigures;

    // The last figures the server gave (nothing before its first answer).
    const std::optional<SiteFigures> &lastFigures() const { return m_last; }
    // Why the last request failed; empty when it was answered (or none was made).
    const QString &lastError() const { return m_lastError; }

    // Whether the server can be asked now (online and the station is registered).
    virtual bool available() const = 0;
    // Asks for fresh figures; answers with figuresReady or failed.
    virtual void request(const QDate &day) = 0;

Q_SIGNALS:
    void figuresReady(const station::dashboard::SiteFigures &figures);
    void failed(const QString &message);

private:
    std::optional<SiteFigures> m_last;
    QString m_lastError;
};

} // namespace station::dashboard
