// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staff/Permissions.h"

#include "core/storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace station {

namespace {

struct ActionRow {
    StaffAction action;
    const char *key;
    bool sampler;
    bool lead;
    bool administrator;
};

// THE table. A lead runs the site; an administrator may do all a lead may and also set the
// station up (a station's first operator is its administrator). Samplers do the table's
// everyday work, including a full ID shown to a resident on request (audited, with why).
// Calling the people of a positive pool (their names and phone numbers, a whole tube at once)
// is the lead's, who runs the site's recalls.
// clang-format off
constexpr ActionRow kTable[] = {
    //  action                              key                       sampler lead   admin
    {StaffAction::RecordSample,         "record_sample",          true,   true,  true},
    {StaffAction::SealTube,             "seal_tube",              true,   true,  true},
    {StaffAction::VoidTubeWithSamples,  "void_tube_with_samples", false,  true,  true},
    {StaffAction::HandOverBox,          "hand_over_box",          true,   true,  true},
    {StaffAction::RevealFullId,         "reveal_full_id",         true,   true,  true},
    {StaffAction::ViewFullIdAudit,      "view_full_id_audit",     false,  true,  true},
    {StaffAction::ChangeSettings,       "change_settings",        false,  true,  true},
    {StaffAction::ManageStaff,          "manage_staff",           false,  true,  true},
    {StaffAction::ManageAdministrators, "manage_administrators",  false,  false, true},
    {StaffAction::ChangeServer,         "change_server",          false,  false, true},
    {StaffAction::ChangePrinters,       "change_printers",        false,  false, true},
    {StaffAction::ChangeRetention,      "change_retention",       false,  false, true},
    {StaffAction::Purge,                "purge",                  false,  false, true},
    {StaffAction::BackUp,               "back_up",                false,  false, true},
    {StaffAction::ContactRecalledPerson, "contact_recalled_person", false, true, true},
};
// clang-format on

const ActionRow &row(StaffAction action) {
    for (const ActionRow &r : kTable) {
        if (r.action == action)
            return r;
    }
    return kTable[0];
}

} // namespace

bool Permissions::roleMay(StaffRole role, StaffAction action) {
    const ActionRow &r = row(action);
    if (r.action != action)
        return false; // an action missing from the table is nobody's
    switch (role) {
    case StaffRole::Sampler:
        return r.sampler;
    case StaffRole::SiteLead:
        return r.lead;
    case StaffRole::Administrator:
        return r.administrator;
    }
    return false;
}

const QList<StaffAction> &Permissions::allActions() {
    static const QList<StaffAction> actions = [] {
        QList<StaffAction> list;
        for (const ActionRow &r : kTable)
            list.append(r.action);
        return list;
    }();
    return actions;
}

QString Permissions::actionKey(StaffAction action) {
    return QLatin1String(row(action).key);
}

QString Permissions::actionDisplayName(StaffAction action) {
    switch (action) {
    case StaffAction::RecordSample:
        return tr("take samples");
    case StaffAction::SealTube:
        return tr("seal a tube early");
    case StaffAction::VoidTubeWithSamples:
        return tr("void a tube with samples in it");
    case StaffAction::HandOverBox:
        return tr("hand a box to the courier");
    case StaffAction::RevealFullId:
        return tr("see a full ID number");
    case StaffAction::ViewFullIdAudit:
        return tr("see who saw full ID numbers");
    case StaffAction::ChangeSettings:
        return tr("change the station's settings");
    case StaffAction::ManageStaff:
        return tr("manage the staff");
    case StaffAction::ManageAdministrators:
        return tr("manage station administrators");
    case StaffAction::ChangeServer:
        return tr("change the server");
    case StaffAction::ChangePrinters:
        return tr("change the printers");
    case StaffAction::ChangeRetention:
        return tr("change how long personal data is kept");
    case StaffAction::BackUp:
        return tr("write a backup of the station");
    case StaffAction::ContactRecalledPerson:
        return tr("see a recalled person's name and phone number");
    case StaffAction::Purge:
        break;
    }
    return tr("erase personal data");
}

Status Permissions::require(const QSqlDatabase &db, qint64 operatorId, StaffAction action) {
    if (operatorId <= 0)
        return makeError(ErrorCode::NoOperator, tr("Sign in first."));
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT staff_id, role, active, must_set_pin FROM operators WHERE id = ?"));
    q.addBindValue(operatorId);
    if (!q.exec())
        return Database::storageError(q.lastError(), tr("checking what the operator may do"));
    if (!q.next())
        return makeError(ErrorCode::NoOperator, tr("Sign in first."));
    const QString staffId = q.value(0).toString();
    if (q.value(2).toInt() == 0)
        return makeError(ErrorCode::OperatorDisabled,
                         tr("%1 is disabled at this station; ask the site lead.").arg(staffId));
    if (q.value(3).toInt() != 0)
        return makeError(
            ErrorCode::PinChangeRequired,
            tr("%1 signed in with a one-time PIN: choose your own PIN first.").arg(staffId));
    const StaffRole role =
        StaffRoleText::fromKey(q.value(1).toString()).value_or(StaffRole::Sampler);
    if (!roleMay(role, action)) {
        // Whom to ask: a lead when a lead may do it, otherwise the station administrator.
        const QString message = roleMay(StaffRole::SiteLead, action)
                                    ? tr("A %1 may not %2; ask the site lead.")
                                    : tr("A %1 may not %2; ask the station administrator.");
        return makeError(ErrorCode::NotPermitted,
                         message.arg(StaffRoleText::displayName(role), actionDisplayName(action)));
    }
    return success();
}

} // namespace station
