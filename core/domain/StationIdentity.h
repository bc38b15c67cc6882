// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/ScanClassifier.h"
#include "core/staff/StaffRole.h"

#include <QString>

namespace station {

// What a station is: the site it serves, its table, its device, its pooling default and
// code patterns. Written once by provisioning (first-run wizard or `cli init`).
struct StationIdentity {
    QString siteCode; // e.g. GZ-TH-0001
    QString siteName; // shown and printed
    QString district; // administrative code or name
    int tableNumber = 0;
    QString deviceId; // generated at provisioning, stable for the device
    int defaultPoolSize = 10;
    CodePatterns patterns;
};

// A member of staff signed in at the table. Every record carries the operator.
struct OperatorRef {
    qint64 id = 0;
    QString staffId;
    QString name;
    // As read at sign-in; core checks the role stored at the time of each action
    // (Permissions::require), so a view uses this only to show or hide what may be done.
    StaffRole role = StaffRole::Sampler;
    // Signed in with a one-time PIN the site lead gave: the operator must choose their own
    // (StaffService::setOwnPin) before core lets them do anything else.
    bool mustSetOwnPin = false;
    bool isValid() const { return id > 0; }
};

} // namespace station
