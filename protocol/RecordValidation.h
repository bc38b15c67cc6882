// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "protocol/RecordKinds.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace station::protocol {

// A record that passed validation, ready to store.
struct ValidRecord {
    QString uuid;
    RecordKind kind = RecordKind::SampleTaken;
    qint64 seq = 0;
    QString createdAt;
    QString atUtc;        // the payload's `at`, normalised to UTC with milliseconds
    qint64 atSeconds = 0; // seconds since the epoch of `at`
    QString content;      // exactly as received
    QString hash;
    QString station; // the payload's `station`: the station that made the record
    // `content` parsed, as validation read it, so that the projections of an ingest do not
    // parse it again; empty in a record read back from storage (see payloadOf).
    QJsonObject payload;
};

// The record's payload: the one validation parsed, or `content` parsed now.
QJsonObject payloadOf(const ValidRecord &record);

struct RecordCheck {
    bool valid = false;
    QString uuid;   // as sent (for the answer), even when invalid
    QString reason; // why it is rejected
    ValidRecord record;
};

// Checks one element of a batch's "records" array against the protocol: fields, kind,
// content hash (SHA-256 of the UTF-8 bytes of `content`), the payload's common members
// (its site and station must be `site` and `station`, the sender's) and the members its
// kind requires (RecordKinds).
RecordCheck validateRecord(const QJsonValue &value, const QString &site, const QString &station,
                           int maxContentBytes);

// The same checks for a record a site hub relays: it may come from any station of `site`
// (the payload's station is in record.station).
RecordCheck validateRelayedRecord(const QJsonValue &value, const QString &site,
                                  int maxContentBytes);

// The reason validateRecord gives for a kind it does not know, and whether a reason is
// one: a station re-sends records an older server turned away for their kind.
QString unknownKindReason(const QString &kind);
bool isUnknownKindReason(const QString &reason);

// Lowercase hex SHA-256: the content hash.
QString sha256Hex(const QByteArray &bytes);

} // namespace station::protocol
