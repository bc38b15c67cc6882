// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace station {

// The three roles of a site's staff. What each may do is the table in Permissions.cpp.
enum class StaffRole {
    Sampler,       // 采样员: takes samples at the table
    SiteLead,      // 采样点负责人: runs the site, manages the staff
    Administrator, // 设备管理员: sets up the station (server, printers, retention)
};

class StaffRoleText {
    Q_DECLARE_TR_FUNCTIONS(station::StaffRole)

public:
    // As stored and written to records and CSV exports: sampler, lead, administrator.
    static QString key(StaffRole role);
    static std::optional<StaffRole> fromKey(const QString &key);
    // The name shown to the user, in the user's language.
    static QString displayName(StaffRole role);
    // A role as a person writes it in a staff list: its key, its English or its Chinese name
    // (case and surrounding spaces do not matter), whatever the user's language.
    static std::optional<StaffRole> fromName(const QString &name);
    static const QList<StaffRole> &all();
};

} // namespace station
