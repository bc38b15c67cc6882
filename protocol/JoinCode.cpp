// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/JoinCode.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace station::protocol {

namespace {

const QLatin1String kPrefix("SSJOIN");

// A scanner's suffix (Enter, Tab) and stray spaces around the code.
QString trimNoise(const QString &text) {
    qsizetype begin = 0;
    qsizetype end = text.size();
    const auto noise = [](QChar c) { return c.isSpace() || !c.isPrint(); };
    while (begin < end && noise(text.at(begin)))
        ++begin;
    while (end > begin && noise(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

bool isHex(QChar c) {
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

std::optional<JoinCode> fail(JoinCodeError *error, JoinCodeError why) {
    if (error)
        *error = why;
    return std::nullopt;
}

} // namespace

bool looksLikeJoinCode(const QString &text) {
    return trimNoise(text).startsWith(kPrefix, Qt::CaseInsensitive);
}

std::optional<JoinCode> parseJoinCode(const QString &text, JoinCodeError *error) {
    const QString code = trimNoise(text);
    if (!code.startsWith(kPrefix, Qt::CaseInsensitive))
        return fail(error, JoinCodeError::NotAJoinCode);
    if (code.size() > kJoinCodeMaxLength)
        return fail(error, JoinCodeError::TooLong);
    // The hub writes the code in printable ASCII (the address percent-encoded); anything else
    // is a damaged scan, and would not read back the same once written out again.
    if (!std::all_of(code.begin(), code.end(),
                     [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7F; }))
        return fail(error, JoinCodeError::Malformed);
    const QStringList parts = code.split(QLatin1Char(';'));
    // The version: the digits after the prefix, up to the first ';'.
    const QString version = parts.first().mid(kPrefix.size());
    bool numeric = false;
    const int number = version.toInt(&numeric);
    if (!numeric || version.isEmpty() || !std::all_of(version.begin(), version.end(), [](QChar c) {
            return c >= QLatin1Char('0') && c <= QLatin1Char('9');
        }))
        return fail(error, JoinCodeError::Malformed);
    if (number != kJoinCodeVersion)
        return fail(error, JoinCodeError::UnsupportedVersion);

    QString address, fingerprint, site, enrollment;
    QList<QString *> seen;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals != 1)
            return fail(error, JoinCodeError::Malformed);
        QString *field = nullptr;
        switch (part.at(0).toUpper().unicode()) {
        case 'U':
            field = &address;
            break;
        case 'F':
            field = &fingerprint;
            break;
        case 'S':
            field = &site;
            break;
        case 'C':
            field = &enrollment;
            break;
        default:
            return fail(error, JoinCodeError::Malformed);
        }
        if (seen.contains(field))
            return fail(error, JoinCodeError::Malformed); // a key twice
        seen.append(field);
        *field = part.mid(2);
    }
    if (address.isEmpty() || fingerprint.isEmpty() || site.isEmpty() || enrollment.isEmpty())
        return fail(error, JoinCodeError::MissingField);

    JoinCode result;
    if (!address.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return fail(error, JoinCodeError::NotHttps);
    result.serverUrl = QUrl(address, QUrl::StrictMode);
    if (!result.serverUrl.isValid())
        return fail(error, JoinCodeError::BadAddress);
    if (result.serverUrl.host().isEmpty() || !result.serverUrl.userInfo().isEmpty() ||
        result.serverUrl.hasQuery() || result.serverUrl.hasFragment())
        return fail(error, JoinCodeError::BadAddress);

    if (fingerprint.size() != 64 || !std::all_of(fingerprint.begin(), fingerprint.end(), isHex))
        return fail(error, JoinCodeError::BadFingerprint);
    result.certificateSha256 = QByteArray::fromHex(fingerprint.toLatin1());

    // As the station's provisioning takes a site code.
    static const QRegularExpression siteCode(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    if (!siteCode.match(site).hasMatch())
        return fail(error, JoinCodeError::BadSite);
    result.site = site;

    static const QRegularExpression enrollmentCode(QStringLiteral("^[A-Za-z0-9-]{4,64}$"));
    if (!enrollmentCode.match(enrollment).hasMatch())
        return fail(error, JoinCodeError::BadEnrollmentCode);
    result.enrollmentCode = enrollment;
    // Normalising the address may lengthen it; a code that could not be shown again is refused.
    if (formatJoinCode(result).size() > kJoinCodeMaxLength)
        return fail(error, JoinCodeError::TooLong);
    return result;
}

QString formatJoinCode(const JoinCode &code) {
    return QStringLiteral("%1%2;U=%3;F=%4;S=%5;C=%6")
        .arg(kPrefix)
        .arg(kJoinCodeVersion)
        .arg(code.serverUrl.toString(QUrl::FullyEncoded),
             QString::fromLatin1(code.certificateSha256.toHex()), code.site, code.enrollmentCode);
}

QString describeJoinCodeError(JoinCodeError error) {
    switch (error) {
    case JoinCodeError::NotAJoinCode:
        return QCoreApplication::translate("JoinCode",
                                           "This is not a join code. A join code starts with "
                                           "SSJOIN; the site hub shows it as a QR code.");
    case JoinCodeError::UnsupportedVersion:
        return QCoreApplication::translate("JoinCode",
                                           "This join code was made by a newer server than this "
                                           "station understands. Update the station.");
    case JoinCodeError::TooLong:
    case JoinCodeError::Malformed:
    case JoinCodeError::MissingField:
        return QCoreApplication::translate("JoinCode",
                                           "The join code is incomplete or damaged. Scan it "
                                           "again, or ask for a new one at the site hub.");
    case JoinCodeError::NotHttps:
        return QCoreApplication::translate("JoinCode",
                                           "The join code names an address without https://. "
                                           "A station joins only over a secure connection.");
    case JoinCodeError::BadAddress:
        return QCoreApplication::translate("JoinCode",
                                           "The join code's server address is not valid.");
    case JoinCodeError::BadFingerprint:
        return QCoreApplication::translate("JoinCode",
                                           "The join code's certificate fingerprint is damaged "
                                           "(it must be 64 hexadecimal digits).");
    case JoinCodeError::BadSite:
        return QCoreApplication::translate("JoinCode", "The join code's site code is not valid.");
    case JoinCodeError::BadEnrollmentCode:
        return QCoreApplication::translate("JoinCode",
                                           "The join code's enrollment code is not valid.");
    }
    return {};
}

QString formatFingerprint(const QByteArray &sha256) {
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

} // namespace station::protocol
