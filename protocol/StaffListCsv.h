// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace station::protocol {

// One person of a staff list file.
struct StaffListPerson {
    int line = 0;
    QString staffId;
    QString name;
    QString role; // sampler | lead | administrator
};

// Reads a staff list as the station's `operator import` and the staff window read it (CSV:
// staff id, name, role, phone; UTF-8 with or without a byte-order mark; the first line may
// be a header with English or Chinese column names in any order; roles by key, English or
// Chinese name), for `province-server admin import-staff`, which has no core/. The phone
// column is read past and dropped: phone numbers stay at the station. nullopt with *error
// ("line N: why", English) when a line is not right; nothing of such a file is imported.
std::optional<QList<StaffListPerson>> parseStaffList(const QByteArray &bytes, QString *error);

} // namespace station::protocol
