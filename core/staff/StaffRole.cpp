// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staff/StaffRole.h"

namespace station {

namespace {

struct RoleNames {
    StaffRole role;
    const char *key;
    QStringList names; // English and Chinese, lower case
};

const QList<RoleNames> &roleNames() {
    static const QList<RoleNames> names = {
        {StaffRole::Sampler, "sampler", {QStringLiteral("sampler"), QStringLiteral("采样员")}},
        {StaffRole::SiteLead,
         "lead",
         {QStringLiteral("lead"), QStringLiteral("site lead"), QStringLiteral("site_lead"),
          QStringLiteral("采样点负责人"), QStringLiteral("负责人")}},
        {StaffRole::Administrator,
         "administrator",
         {QStringLiteral("administrator"), QStringLiteral("admin"),
          QStringLiteral("station administrator"), QStringLiteral("设备管理员"),
          QStringLiteral("管理员")}},
    };
    return names;
}

} // namespace

QString StaffRoleText::key(StaffRole role) {
    for (const RoleNames &r : roleNames()) {
        if (r.role == role)
            return QLatin1String(r.key);
    }
    return QStringLiteral("sampler");
}

std::optional<StaffRole> StaffRoleText::fromKey(const QString &key) {
    for (const RoleNames &r : roleNames()) {
        if (key == QLatin1String(r.key))
            return r.role;
    }
    return std::nullopt;
}

QString StaffRoleText::displayName(StaffRole role) {
    switch (role) {
    case StaffRole::Sampler:
        return tr("sampler");
    case StaffRole::SiteLead:
        return tr("site lead");
    case StaffRole::Administrator:
        break;
    }
    return tr("station administrator");
}

std::optional<StaffRole> StaffRoleText::fromName(const QString &name) {
    const QString wanted = name.simplified().toLower();
    for (const RoleNames &r : roleNames()) {
        if (r.names.contains(wanted))
            return r.role;
    }
    return std::nullopt;
}

const QList<StaffRole> &StaffRoleText::all() {
    static const QList<StaffRole> roles = {StaffRole::Sampler, StaffRole::SiteLead,
                                           StaffRole::Administrator};
    return roles;
}

} // namespace station
