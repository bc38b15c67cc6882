// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/DomainError.h"
#include "core/staff/StaffRole.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace station {

// What a member of staff may do at a station. Whether a role may do it is the one table in
// Permissions.cpp (documented in docs/user-guide.md, "Staff and roles"); core services check
// it with requirePermission(), so the window and the command line obey the same table.
enum class StaffAction {
    RecordSample,          // open tubes, take and remove samples, pack boxes
    SealTube,              // seal a tube before it is full
    VoidTubeWithSamples,   // void a tube that holds samples (its people are called back)
    HandOverBox,           // hand a sealed box to the courier
    RevealFullId,          // see a sampled person's full ID number (audited, with a purpose)
    ViewFullIdAudit,       // see who saw which full ID numbers
    ChangeSettings,        // site, table, pool size, code patterns
    ManageStaff,           // add, disable, enable, reset PINs, unlock, set roles, import
    ManageAdministrators,  // the same for administrators, and making one
    ChangeServer,          // the province server, enrollment
    ChangePrinters,        // label and manifest printers
    ChangeRetention,       // how long personal data is kept
    Purge,                 // erase personal data whose retention has passed
    BackUp,                // write a backup of the station (its personal data with it)
    ContactRecalledPerson, // see a recalled person's name and phone (audited; RecallContact)
};

class Permissions {
    Q_DECLARE_TR_FUNCTIONS(station::Permissions)

public:
    static bool roleMay(StaffRole role, StaffAction action);
    static const QList<StaffAction> &allActions();
    // A stable name (record_sample, ...) for audit rows and tests.
    static QString actionKey(StaffAction action);
    // What the action is, in the user's language ("void a tube with samples").
    static QString actionDisplayName(StaffAction action);

    // Whether the operator `operatorId` may do `action` now, read from the database (call it
    // inside the transaction that does the action, so that a role changed or an operator
    // disabled since sign-in counts): NoOperator for nobody or an unknown operator,
    // OperatorDisabled, PinChangeRequired while they still hold a one-time PIN, NotPermitted
    // when their role may not. A read failure is a storage error.
    static Status require(const QSqlDatabase &db, qint64 operatorId, StaffAction action);
};

} // namespace station
