// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace station {

class Database;

// Rows for exports and hand-offs. ID numbers are masked; names, phones and addresses
// are not exported at all.
struct ExportedSample {
    QString uuid;
    QString tubeCode;
    int position = 0;
    QString idType;
    QString idMasked;
    QString operatorStaffId;
    QString takenAt; // ISO-8601 UTC
    QString state;   // active, removed, voided
    QString entryMethod;
    bool retestConfirmed = false;
    QString removedReason;
};

struct ExportedTube {
    QString code;
    int poolSize = 0;
    QString state;
    int people = 0; // active samples
    QString openedAt;
    QString firstSwabAt;
    QString sealedAt;
    QString sealReason;
    QString voidReason;
    QString boxCode;
};

// `day` invalid = everything; else the site's calendar day of the sample / tube opening.
QList<ExportedSample> exportSamples(Database &db, const QDate &day = {});
QList<ExportedTube> exportTubes(Database &db, const QDate &day = {});

QJsonArray toJson(const QList<ExportedSample> &samples);
QJsonArray toJson(const QList<ExportedTube> &tubes);
// RFC 4180 CSV with a header row.
QByteArray toCsv(const QList<ExportedSample> &samples);
QByteArray toCsv(const QList<ExportedTube> &tubes);

} // namespace station
