// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QString>

#include <optional>

namespace station::protocol {

// The site key: a random 32-byte secret per site that the server creates at the site's
// first enrollment and hands to every station enrolled there ("site_key" in the answer to
// /v1/enroll, 64 lowercase hex digits). With it a station and the server name a person
// site-wide without their ID number (docs/sync-protocol.md, "Site-wide checks").
constexpr int kSiteKeyBytes = 32;

// lowercase hex(HMAC-SHA256(siteKey, "person-v1\n" + idType + "\n" + idNumber)), where
// idType and idNumber are the `id_type` and `id_number` of a sample.taken record (the
// number in upper case, as the station writes it). Empty when siteKey is empty.
QString sitePersonKey(const QByteArray &siteKey, const QString &idType, const QString &idNumber);

// The key from its hex text (64 digits, either case, white space around allowed); nullopt
// for anything else.
std::optional<QByteArray> siteKeyFromHex(const QString &text);

// The `site_key` of an answer to /v1/enroll; empty when there is none or it is not a key.
QByteArray announcedSiteKey(const QByteArray &body);

} // namespace station::protocol
