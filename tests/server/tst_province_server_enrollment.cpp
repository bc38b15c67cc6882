// SPDX-License-Identifier: GPL-3.0-or-later
// province-server as a process, over real TLS on loopback: who may talk to it. Enrollment
// codes, device tokens, their rotation and revocation (docs/sync-protocol.md) checked from
// the outside.
#include "ProvinceServerFixture.h"

#include <QJsonArray>
#include <QTest>

#include <utility>

using namespace station::test;

class tst_ProvinceServerEnrollment : public QObject, public ProvinceServerFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QString error;
        if (!startDatabase(&error))
            QSKIP(qPrintable(error));
        QVERIFY2(startServer(&error), qPrintable(error));
    }

    void cleanupTestCase() { stopServer(); }

    void untrustedCertificateIsRefused() {
        // A client that does not trust the test CA must fail the handshake.
        TestHttpsClient stranger{QSslCertificate()};
        stranger.setBaseUrl(m_server.baseUrl());
        const HttpResult result = stranger.get(QStringLiteral("/v1/health"));
        QCOMPARE(result.status, 0);
        QCOMPARE(result.error, QNetworkReply::SslHandshakeFailedError);
    }

    void enrollmentRefusals_data() {
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("codeSite"); // site the code was made for; empty: bogus code
        QTest::addColumn<QString>("deviceId");
        QTest::addColumn<int>("status");
        QTest::newRow("bogus code") << kSite << QString() << QStringLiteral("dev-x") << 403;
        QTest::newRow("other site's code")
            << kSite << QStringLiteral("SZ-NS-002") << QStringLiteral("dev-y") << 403;
        QTest::newRow("bad device id") << kSite << kSite << QStringLiteral("dev y/1") << 400;
        QTest::newRow("device of another site")
            << QStringLiteral("SZ-NS-002") << QStringLiteral("SZ-NS-002") << kDevice << 409;
    }

    void enrollmentRefusals() {
        QFETCH(QString, site);
        QFETCH(QString, codeSite);
        QFETCH(QString, deviceId);
        QFETCH(int, status);
        const QString code = codeSite.isEmpty() ? QStringLiteral("2345-6789-ABCD")
                                                : m_server.enrollmentCode(codeSite);
        TestHttpsClient client(m_server.certificate());
        client.setBaseUrl(m_server.baseUrl());
        const HttpResult result = client.post(QStringLiteral("/v1/enroll"),
                                              QJsonObject{{QStringLiteral("site"), site},
                                                          {QStringLiteral("enrollment_code"), code},
                                                          {QStringLiteral("device_id"), deviceId}});
        QCOMPARE(result.status, status);
        QVERIFY(!result.json().value(QStringLiteral("reason")).toString().isEmpty());
    }

    void enrollmentCodeIsSingleUse() {
        const QString code = m_server.enrollmentCode(kSite);
        TestHttpsClient client(m_server.certificate());
        client.setBaseUrl(m_server.baseUrl());
        const auto body = [&](const QString &device) {
            return QJsonObject{{QStringLiteral("site"), kSite},
                               {QStringLiteral("enrollment_code"), code.toLower()},
                               {QStringLiteral("device_id"), device}};
        };
        QCOMPARE(client.post(QStringLiteral("/v1/enroll"), body(QStringLiteral("t-a"))).status,
                 200);
        QCOMPARE(client.post(QStringLiteral("/v1/enroll"), body(QStringLiteral("t-b"))).status,
                 403);
    }

    // Signed resident codes: the station learns the province's key from its enrollment, and
    // sees a changed key with its next upload.
    void enrollmentAndBatchAnswersAnnounceTheResidentCodeKey() {
        TestHttpsClient client(m_server.certificate());
        client.setBaseUrl(m_server.baseUrl());
        const HttpResult enrolled = client.post(
            QStringLiteral("/v1/enroll"),
            QJsonObject{{QStringLiteral("site"), kSite},
                        {QStringLiteral("enrollment_code"), m_server.enrollmentCode(kSite)},
                        {QStringLiteral("device_id"), QStringLiteral("t-key")}});
        QCOMPARE(enrolled.status, 200);
        QCOMPARE(enrolled.json().value(QStringLiteral("resident_code_public_key")).toString(),
                 QString::fromLatin1(kResidentCodeKeyHex));
        const HttpResult uploaded = upload({newRecord(1)});
        QCOMPARE(uploaded.status, 200);
        QCOMPARE(uploaded.json().value(QStringLiteral("resident_code_public_key")).toString(),
                 QString::fromLatin1(kResidentCodeKeyHex));
    }

    // The site key names a site's people: a station or hub gets it with its token; the
    // health-code system and a lab get their token and nothing a station needs.
    void enrollmentAnswerCarriesWhatTheRoleMayHave_data() {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QStringList>("keys");
        const QStringList common{QStringLiteral("device_id"), QStringLiteral("device_token"),
                                 QStringLiteral("resident_code_public_key"),
                                 QStringLiteral("site")};
        QTest::newRow("health-code")
            << QStringLiteral("health-code") << QStringLiteral("GD-HEALTH-CODE") << common;
        QTest::newRow("lab") << QStringLiteral("lab") << QStringLiteral("GZ-LAB-1") << common;
        QTest::newRow("station") << QStringLiteral("station") << kSite
                                 << (common + QStringList{QStringLiteral("site_key")});
    }

    void enrollmentAnswerCarriesWhatTheRoleMayHave() {
        QFETCH(QString, role);
        QFETCH(QString, site);
        QFETCH(QStringList, keys);
        int exitCode = -1;
        const QString code = m_server
                                 .runAdmin({QStringLiteral("enroll-code"), QStringLiteral("--site"),
                                            site, QStringLiteral("--role"), role},
                                           &exitCode)
                                 .trimmed();
        QCOMPARE(exitCode, 0);
        TestHttpsClient client(m_server.certificate());
        client.setBaseUrl(m_server.baseUrl());
        const HttpResult enrolled = client.post(
            QStringLiteral("/v1/enroll"),
            QJsonObject{{QStringLiteral("site"), site},
                        {QStringLiteral("enrollment_code"), code},
                        {QStringLiteral("device_id"), QStringLiteral("answer-of-%1").arg(role)}});
        QCOMPARE(enrolled.status, 200);
        QStringList answered = enrolled.json().keys();
        answered.sort();
        keys.sort();
        QCOMPARE(answered, keys);
        QVERIFY(!enrolled.json().value(QStringLiteral("device_token")).toString().isEmpty());
    }

    void lostEnrollmentAnswerIsRepeatedToTheSameDevice() {
        // Two uses: a repeated request of one device must not spend the second.
        const QString code = m_server.enrollmentCode(kSite, 2);
        TestHttpsClient client(m_server.certificate());
        client.setBaseUrl(m_server.baseUrl());
        // Each device a table of its own (a second "Table 4" would be refused for that).
        const auto enrollAs = [&](const QString &device) {
            return client.post(QStringLiteral("/v1/enroll"),
                               QJsonObject{{QStringLiteral("site"), kSite},
                                           {QStringLiteral("enrollment_code"), code},
                                           {QStringLiteral("device_id"), device},
                                           {QStringLiteral("table"),
                                            QStringLiteral("Table %1")
                                                .arg(device == QLatin1String("t-replay")   ? 4
                                                     : device == QLatin1String("t-second") ? 5
                                                                                           : 6)}});
        };
        const auto tokenOf = [](const HttpResult &result) {
            return result.json().value(QStringLiteral("device_token")).toString();
        };
        const HttpResult first = enrollAs(QStringLiteral("t-replay"));
        QCOMPARE(first.status, 200);
        QVERIFY(!tokenOf(first).isEmpty());
        // The answer was lost: the station sends the same request again.
        const HttpResult again = enrollAs(QStringLiteral("t-replay"));
        QCOMPARE(again.status, 200);
        QCOMPARE(tokenOf(again), tokenOf(first));
        QCOMPARE(enrollAs(QStringLiteral("t-second")).status, 200);
        const HttpResult stranger = enrollAs(QStringLiteral("t-third"));
        QCOMPARE(stranger.status, 403);
        QCOMPARE(stranger.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("enrollment_refused"));

        // Once the token has been used the answer evidently arrived: no more repeats.
        client.setBearerToken(tokenOf(first));
        QCOMPARE(client.get(QStringLiteral("/v1/sites/%1/aggregates").arg(kSite)).status, 200);
        client.setBearerToken(QString());
        QCOMPARE(enrollAs(QStringLiteral("t-replay")).status, 403);
    }

    // A station set up in Chinese enrolled as "41号台" (before stations sent the number): its
    // number is still known, a new station with it is refused and told which are in use, and
    // the hub lists it in the one English form. Revoked (a replaced laptop), it is free again.
    void aTableNumberInUseAtTheSiteIsRefused() {
        const QString site = QStringLiteral("GZ-TH-0041");
        TestHttpsClient client(m_server.certificate());
        client.setBaseUrl(m_server.baseUrl());
        const auto enrollAs = [&](const QString &device, const QString &key,
                                  const QJsonValue &table) {
            return client.post(
                QStringLiteral("/v1/enroll"),
                QJsonObject{{QStringLiteral("site"), site},
                            {QStringLiteral("enrollment_code"), m_server.enrollmentCode(site)},
                            {QStringLiteral("device_id"), device},
                            {key, table}});
        };
        QCOMPARE(
            enrollAs(QStringLiteral("old-41"), QStringLiteral("table"), QStringLiteral("41号台"))
                .status,
            200);
        QCOMPARE(enrollAs(QStringLiteral("old-42"), QStringLiteral("table"),
                          QStringLiteral("第 42 号采样台"))
                     .status,
                 200);
        const HttpResult taken =
            enrollAs(QStringLiteral("new-41"), QStringLiteral("table_number"), 41);
        QCOMPARE(taken.status, 409);
        const QJsonObject answer = taken.json();
        QCOMPARE(answer.value(QStringLiteral("error")).toString(), QStringLiteral("table_taken"));
        QCOMPARE(answer.value(QStringLiteral("table_number")).toInt(), 41);
        QCOMPARE(answer.value(QStringLiteral("tables_in_use")).toArray(), (QJsonArray{41, 42}));
        // The same number as an older station's label is refused alike.
        QCOMPARE(
            enrollAs(QStringLiteral("new-42"), QStringLiteral("table"), QStringLiteral("Table 42"))
                .status,
            409);
        // The station itself enrolling again keeps its number.
        QCOMPARE(enrollAs(QStringLiteral("old-41"), QStringLiteral("table_number"), 41).status,
                 200);

        int exitCode = -1;
        const QString listing = m_server.runAdmin(
            {QStringLiteral("list-devices"), QStringLiteral("--site"), site}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(listing.contains(QLatin1String("Table_41")) &&
                     listing.contains(QLatin1String("Table_42")) &&
                     !listing.contains(QStringLiteral("号")),
                 qPrintable(listing));

        m_server.runAdmin(
            {QStringLiteral("revoke-device"), QStringLiteral("--device"), QStringLiteral("old-41")},
            &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(enrollAs(QStringLiteral("new-41"), QStringLiteral("table_number"), 41).status,
                 200);
    }

    void revokedDeviceIsRefusedUntilEnrolledAgain() {
        const QString device = QStringLiteral("gz-th-017-t05");
        TestHttpsClient client(m_server.certificate());
        client.setBaseUrl(m_server.baseUrl());
        client.setBearerToken(enroll(device));
        const auto uploadAs = [&](qint64 seq) {
            SyncTestRecord record = newRecord(seq);
            record.station = device;
            return std::make_pair(record.uuid, client.post(QStringLiteral("/v1/records"),
                                                           syncBatch(device, {record.toJson()})));
        };
        QCOMPARE(uploadAs(1).second.status, 200);

        int exitCode = -1;
        QString output = m_server.runAdmin({QStringLiteral("list-devices")}, &exitCode);
        QCOMPARE(exitCode, 0);
        const auto stateOf = [](const QString &listing, const QString &id) -> QString {
            for (const QString &line : listing.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                const QStringList cells = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (cells.size() == 6 && cells.first() == id)
                    return cells.at(1) + QLatin1Char(' ') + cells.last();
            }
            return QString();
        };
        QCOMPARE(stateOf(output, device), kSite + QStringLiteral(" active"));
        QCOMPARE(stateOf(output, kDevice), kSite + QStringLiteral(" active"));

        output = m_server.runAdmin(
            {QStringLiteral("revoke-device"), QStringLiteral("--device"), device}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(output.contains(device), qPrintable(output));
        const auto [uuid, refused] = uploadAs(2);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("device_revoked"));
        QVERIFY2(refused.json()
                     .value(QStringLiteral("reason"))
                     .toString()
                     .contains(QStringLiteral("revoked")),
                 refused.body.constData());
        QCOMPARE(storedCount(QStringLiteral("uuid = '%1'").arg(uuid)), 0);
        QCOMPARE(client.post(QStringLiteral("/v1/token/rotate"), QByteArray()).status, 401);
        output = m_server.runAdmin(
            {QStringLiteral("list-devices"), QStringLiteral("--site"), kSite}, &exitCode);
        QCOMPARE(stateOf(output, device), kSite + QStringLiteral(" revoked"));
        QCOMPARE(stateOf(output, kDevice), kSite + QStringLiteral(" active")); // others unharmed

        QString standardError;
        m_server.runAdmin(
            {QStringLiteral("revoke-device"), QStringLiteral("--device"), QStringLiteral("nobody")},
            &exitCode, &standardError);
        QCOMPARE(exitCode, 1);
        QVERIFY(standardError.contains(QStringLiteral("nobody")));
        m_server.runAdmin({QStringLiteral("revoke-device")}, &exitCode, &standardError);
        QCOMPARE(exitCode, 2);

        // The way back: a new code from the administrator.
        client.setBearerToken(enroll(device));
        QCOMPARE(uploadAs(3).second.status, 200);
    }

    void tokenRotationKeepsOldTokenUntilNewIsUsed() {
        const QString device = QStringLiteral("gz-th-017-t09");
        const QString oldToken = enroll(device);
        TestHttpsClient client(m_server.certificate());
        client.setBaseUrl(m_server.baseUrl());
        client.setBearerToken(oldToken);
        const HttpResult rotated = client.post(QStringLiteral("/v1/token/rotate"), QByteArray());
        QCOMPARE(rotated.status, 200);
        const QString newToken = rotated.json().value(QStringLiteral("device_token")).toString();
        QVERIFY(!newToken.isEmpty());
        QVERIFY(newToken != oldToken);
        const QString probe = QStringLiteral("/v1/sites/%1/aggregates").arg(kSite);
        QCOMPARE(client.get(probe).status, 200); // old token: the answer may have been lost
        client.setBearerToken(newToken);
        QCOMPARE(client.get(probe).status, 200);
        client.setBearerToken(oldToken);
        QCOMPARE(client.get(probe).status, 401); // the new one was seen: the old one is dead
    }
};

QTEST_GUILESS_MAIN(tst_ProvinceServerEnrollment)
#include "tst_province_server_enrollment.moc"
