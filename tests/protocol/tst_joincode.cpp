// SPDX-License-Identifier: GPL-3.0-or-later
// The join code (docs/sync-protocol.md, "Join code"): what the server writes reads back the
// same, and every malformed shape a scanner or a person may produce is refused with its
// reason.
#include "protocol/JoinCode.h"

#include <QTest>

using namespace station::protocol;

Q_DECLARE_METATYPE(JoinCodeError)

namespace {

const QString kFingerprint =
    QStringLiteral("3b6a27bcceb6a42d62a3a8d02a6f0d73653215771de243a63ac048a18b59da29");

QString codeWith(const QString &url, const QString &fingerprint = kFingerprint,
                 const QString &site = QStringLiteral("GZ-TH-017"),
                 const QString &code = QStringLiteral("ABCD-EFGH-JKLM")) {
    return QStringLiteral("SSJOIN1;U=%1;F=%2;S=%3;C=%4").arg(url, fingerprint, site, code);
}

const QString kGood = codeWith(QStringLiteral("https://192.168.1.20:8443"));

} // namespace

class tst_JoinCode : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsAGoodCode() {
        JoinCodeError error = JoinCodeError::Malformed;
        const std::optional<JoinCode> code = parseJoinCode(kGood, &error);
        QVERIFY(code);
        QCOMPARE(code->serverUrl, QUrl(QStringLiteral("https://192.168.1.20:8443")));
        QCOMPARE(code->certificateSha256, QByteArray::fromHex(kFingerprint.toLatin1()));
        QCOMPARE(code->site, QStringLiteral("GZ-TH-017"));
        QCOMPARE(code->enrollmentCode, QStringLiteral("ABCD-EFGH-JKLM"));
    }

    void formatReadsBack() {
        JoinCode code;
        code.serverUrl = QUrl(QStringLiteral("https://hub.site.lan:9443"));
        code.certificateSha256 = QByteArray(32, '\xab');
        code.site = QStringLiteral("SZ_001");
        code.enrollmentCode = QStringLiteral("WXYZ-2345");
        const QString text = formatJoinCode(code);
        QVERIFY(text.startsWith(QLatin1String("SSJOIN1;")));
        // Short enough for a QR a handheld scanner reads at arm's length.
        QVERIFY(text.size() < 160);
        const std::optional<JoinCode> read = parseJoinCode(text);
        QVERIFY(read);
        QCOMPARE(read->serverUrl, code.serverUrl);
        QCOMPARE(read->certificateSha256, code.certificateSha256);
        QCOMPARE(read->site, code.site);
        QCOMPARE(read->enrollmentCode, code.enrollmentCode);
    }

    void toleratesScannerNoise() {
        QVERIFY(parseJoinCode(QStringLiteral("  ") + kGood + QStringLiteral("\r\n")));
        // Fields in another order, the fingerprint in upper case.
        const QString reordered =
            QStringLiteral("SSJOIN1;S=GZ-TH-017;C=ABCD-EFGH-JKLM;F=%1;U=https://10.0.0.5:8443")
                .arg(kFingerprint.toUpper());
        QVERIFY(parseJoinCode(reordered));
    }

    void refusesMalformed_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<JoinCodeError>("expected");
        const auto row = [](const char *name, const QString &text, JoinCodeError e) {
            QTest::newRow(name) << text << e;
        };
        row("empty", QString(), JoinCodeError::NotAJoinCode);
        row("tube code", QStringLiteral("GZ2611250001"), JoinCodeError::NotAJoinCode);
        row("resident code", QStringLiteral("{\"v\":1}"), JoinCodeError::NotAJoinCode);
        row("wrong prefix", QStringLiteral("XXJOIN1;U=https://a:1"), JoinCodeError::NotAJoinCode);
        row("version 2", QString(kGood).replace(QLatin1String("SSJOIN1"), QLatin1String("SSJOIN2")),
            JoinCodeError::UnsupportedVersion);
        row("no version", QString(kGood).replace(QLatin1String("SSJOIN1"), QLatin1String("SSJOIN")),
            JoinCodeError::Malformed);
        row("signed version",
            QString(kGood).replace(QLatin1String("SSJOIN1"), QLatin1String("SSJOIN+1")),
            JoinCodeError::Malformed);
        row("prefix only", QStringLiteral("SSJOIN1"), JoinCodeError::MissingField);
        row("too long", kGood + QStringLiteral(";X=") + QString(600, QLatin1Char('a')),
            JoinCodeError::TooLong);
        row("unknown key", kGood + QStringLiteral(";X=1"), JoinCodeError::Malformed);
        row("long key", kGood + QStringLiteral(";URL=x"), JoinCodeError::Malformed);
        row("no equals", kGood + QStringLiteral(";U"), JoinCodeError::Malformed);
        row("trailing separator", kGood + QStringLiteral(";"), JoinCodeError::Malformed);
        row("key twice", kGood + QStringLiteral(";S=OTHER"), JoinCodeError::Malformed);
        row("empty key twice", kGood + QStringLiteral(";S="), JoinCodeError::Malformed);
        row("missing code", QStringLiteral("SSJOIN1;U=https://a:1;F=%1;S=GZ").arg(kFingerprint),
            JoinCodeError::MissingField);
        row("empty site", codeWith(QStringLiteral("https://a:1"), kFingerprint, QString()),
            JoinCodeError::MissingField);
        row("http", codeWith(QStringLiteral("http://192.168.1.20:8443")), JoinCodeError::NotHttps);
        row("ftp", codeWith(QStringLiteral("ftp://192.168.1.20")), JoinCodeError::NotHttps);
        row("no scheme", codeWith(QStringLiteral("192.168.1.20:8443")), JoinCodeError::NotHttps);
        row("relative", codeWith(QStringLiteral("/v1/enroll")), JoinCodeError::NotHttps);
        row("no host", codeWith(QStringLiteral("https://:8443")), JoinCodeError::BadAddress);
        row("bad port", codeWith(QStringLiteral("https://a:99999")), JoinCodeError::BadAddress);
        row("user", codeWith(QStringLiteral("https://me@a:1")), JoinCodeError::BadAddress);
        row("query", codeWith(QStringLiteral("https://a:1/?x=1")), JoinCodeError::BadAddress);
        row("fragment", codeWith(QStringLiteral("https://a:1/#x")), JoinCodeError::BadAddress);
        row("fingerprint short", codeWith(QStringLiteral("https://a:1"), kFingerprint.left(63)),
            JoinCodeError::BadFingerprint);
        row("fingerprint long",
            codeWith(QStringLiteral("https://a:1"), kFingerprint + QLatin1Char('0')),
            JoinCodeError::BadFingerprint);
        row("fingerprint SHA-1 length",
            codeWith(QStringLiteral("https://a:1"), kFingerprint.left(40)),
            JoinCodeError::BadFingerprint);
        row("fingerprint not hex",
            codeWith(QStringLiteral("https://a:1"),
                     QString(kFingerprint).replace(0, 1, QLatin1Char('g'))),
            JoinCodeError::BadFingerprint);
        row("fingerprint with colons",
            codeWith(QStringLiteral("https://a:1"),
                     QString::fromLatin1(QByteArray::fromHex(kFingerprint.toLatin1()).toHex(':'))),
            JoinCodeError::BadFingerprint);
        // Found by fuzzing: damaged scanner bytes decode to U+FFFD, which written out again
        // percent-encode to nine characters each and no longer fit in a code.
        row("damaged bytes in the address",
            codeWith(QStringLiteral("https://a:1/b") + QString(120, QChar(0xFFFD))),
            JoinCodeError::Malformed);
        row("non-ASCII host", codeWith(QStringLiteral("https://\u96c6\u7ebf\u5668:8443")),
            JoinCodeError::Malformed);
        row("control character", codeWith(QStringLiteral("https://a:1/\tb")),
            JoinCodeError::Malformed);
        row("site with space",
            codeWith(QStringLiteral("https://a:1"), kFingerprint, QStringLiteral("GZ 17")),
            JoinCodeError::BadSite);
        row("site too long",
            codeWith(QStringLiteral("https://a:1"), kFingerprint, QString(33, QLatin1Char('A'))),
            JoinCodeError::BadSite);
        row("enrollment code short",
            codeWith(QStringLiteral("https://a:1"), kFingerprint, QStringLiteral("GZ"),
                     QStringLiteral("AB")),
            JoinCodeError::BadEnrollmentCode);
        row("enrollment code with space",
            codeWith(QStringLiteral("https://a:1"), kFingerprint, QStringLiteral("GZ"),
                     QStringLiteral("ABCD EFGH")),
            JoinCodeError::BadEnrollmentCode);
    }

    void refusesMalformed() {
        QFETCH(QString, text);
        QFETCH(JoinCodeError, expected);
        JoinCodeError error = JoinCodeError::NotAJoinCode;
        QVERIFY(!parseJoinCode(text, &error));
        QCOMPARE(error, expected);
        QVERIFY(!describeJoinCodeError(error).isEmpty());
    }

    void recognisesAnyVersionAndCase() {
        QVERIFY(looksLikeJoinCode(kGood));
        QVERIFY(looksLikeJoinCode(QStringLiteral("ssjoin1;u=https://a:1")));
        QVERIFY(looksLikeJoinCode(QStringLiteral(" SSJOIN9;whatever\r")));
        QVERIFY(!looksLikeJoinCode(QStringLiteral("GZ2611250001")));
        QVERIFY(!looksLikeJoinCode(QStringLiteral("{\"v\":1}")));
    }

    void fingerprintAsOpensslShowsIt() {
        QCOMPARE(formatFingerprint(QByteArray::fromHex("0a1bff")), QStringLiteral("0A:1B:FF"));
    }
};

QTEST_GUILESS_MAIN(tst_JoinCode)
#include "tst_joincode.moc"
