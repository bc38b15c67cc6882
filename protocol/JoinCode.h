// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace station::protocol {

// The join code a site hub (or any province-server) shows as a QR, so that a station joins it
// by scanning instead of typing (docs/sync-protocol.md, "Join code"):
//
//   SSJOIN1;U=https://192.168.1.20:8443;F=<64 hex>;S=GZ-TH-017;C=ABCD-EFGH-JKLM
//
// U: the server's address (https only); F: SHA-256 of the server's TLS certificate (DER);
// S: the site; C: a one-time enrollment code. The server makes it, the station reads it:
// both sides use this one file.
struct JoinCode {
    QUrl serverUrl;
    QByteArray certificateSha256; // 32 bytes
    QString site;
    QString enrollmentCode;
};

enum class JoinCodeError {
    NotAJoinCode,       // no SSJOIN prefix
    UnsupportedVersion, // SSJOIN2 and later: made by a newer server
    TooLong,
    Malformed,    // a field that is not KEY=VALUE, an unknown key, a key twice
    MissingField, // one of U, F, S, C is absent
    NotHttps,     // an http:// (or other) address: the pinned TLS is the point
    BadAddress,   // not an address with a host, or with a user, query or fragment
    BadFingerprint,
    BadSite,
    BadEnrollmentCode,
};

constexpr int kJoinCodeVersion = 1;
// Far above any real code (about 150 characters): a scan longer than this is not one.
constexpr int kJoinCodeMaxLength = 512;

// Whether a scan is meant as a join code (its prefix, any version, any case), so that the
// table refuses it with what to do instead of calling it an unknown code.
bool looksLikeJoinCode(const QString &text);

// Reads a scanned or typed join code; surrounding white space and control characters (a
// scanner's suffix) are ignored. nullopt with *error for anything that is not a valid
// version-1 code; never throws, whatever the input.
std::optional<JoinCode> parseJoinCode(const QString &text, JoinCodeError *error = nullptr);

// The code's text. The fields are not checked here: parseJoinCode() of the result is.
QString formatJoinCode(const JoinCode &code);

// A sentence for the person holding the scanner, translated (context "JoinCode").
QString describeJoinCodeError(JoinCodeError error);

// How fingerprints are shown to people: upper-case hex pairs joined by colons, as
// `openssl x509 -noout -fingerprint -sha256` prints them.
QString formatFingerprint(const QByteArray &sha256);

} // namespace station::protocol
