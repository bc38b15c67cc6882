// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "server/LabResultFile.h"

#include <QList>
#include <QString>
#include <QTextStream>

#include <future>
#include <optional>

namespace station::server {

class Database;

// The `province-server admin` commands of lab results and recalls (issue 19); the command
// table is AdminCommands. Results and recalls carry no personal data: a person is shown by
// the start of the site person key only.

// A lab's export read and parsed: its inputs, or the message that says why there are none.
// Read on a thread of its own while the database connects.
struct ParsedResultFile {
    QString path;
    std::optional<QList<LabResultInput>> inputs;
    QString message;
};
ParsedResultFile readResultFile(const QString &path, const QString &lab);

int rebuildProjections(Database &database, QTextStream &out, QTextStream &err);
int raiseRecall(Database &database, const QString &site, const QString &tube,
                const QString &outcome, QString resultUuid, QTextStream &out, QTextStream &err);
int importResults(Database &database, std::future<ParsedResultFile> parsing, bool bulk,
                  bool oneByOne, QTextStream &out, QTextStream &err);
int unmatchedResults(Database &database, bool resolved, QTextStream &out, QTextStream &err);
int rematchResults(Database &database, QTextStream &out, QTextStream &err);
// An unmatched result a person has dealt with (the lab sent it again under the right tube, or
// the tube never existed) marked resolved by `by` for `reason`: it leaves the unmatched list.
int resolveResult(Database &database, const QString &uuid, const QString &reason, const QString &by,
                  QTextStream &out, QTextStream &err);
int listRecalls(Database &database, const QString &site, bool openOnly, QTextStream &out,
                QTextStream &err);

} // namespace station::server
