// SPDX-License-Identifier: GPL-3.0-or-later
// The site hub's serving options: all of them or none, https only, a readable CA, a valid
// hub id; an inconsistent combination is refused with the reason, never served in a weaker
// mode.
#include "server/ServerConfig.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace station::server;

class tst_SiteHubConfig : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_caPath;

    QStringList tls() const {
        return {QStringLiteral("--tls-cert"), QStringLiteral("c"), QStringLiteral("--tls-key"),
                QStringLiteral("k")};
    }
    QStringList hub() const {
        return tls() + QStringList{QStringLiteral("--site-hub"),
                                   QStringLiteral("--site"),
                                   QStringLiteral("GZ-TH-017"),
                                   QStringLiteral("--upstream"),
                                   QStringLiteral("https://province.example:8443"),
                                   QStringLiteral("--upstream-ca"),
                                   m_caPath};
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_caPath = m_dir.filePath(QStringLiteral("province-ca.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=province.example"), QStringLiteral("-keyout"),
                       m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                       m_caPath});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
    }

    void hubOptionsAreParsed() {
        QString error;
        const auto config =
            parseServeArguments(hub() + QStringList{QStringLiteral("--upstream-enrollment-code"),
                                                    QStringLiteral("ABCD-EFGH-JKMN")},
                                &error);
        QVERIFY2(config.has_value(), qPrintable(error));
        QVERIFY(config->siteHub.has_value());
        QCOMPARE(config->siteHub->site, QStringLiteral("GZ-TH-017"));
        QCOMPARE(config->siteHub->upstream, QUrl(QStringLiteral("https://province.example:8443")));
        QCOMPARE(config->siteHub->upstreamCaPath, m_caPath);
        QCOMPARE(config->siteHub->upstreamEnrollmentCode, QStringLiteral("ABCD-EFGH-JKMN"));
        // The hub id is derived from the site unless given.
        QCOMPARE(config->siteHub->hubId, QStringLiteral("gz-th-017-hub"));
        QCOMPARE(config->siteHub->hubId, defaultHubId(QStringLiteral("GZ-TH-017")));
    }

    void hubIdCanBeGiven() {
        QString error;
        const auto config = parseServeArguments(
            hub() + QStringList{QStringLiteral("--hub-id"), QStringLiteral("tianhe-hub-2")},
            &error);
        QVERIFY2(config.has_value(), qPrintable(error));
        QCOMPARE(config->siteHub->hubId, QStringLiteral("tianhe-hub-2"));
    }

    // The relay's batch to the province: 2,000 unless given, at most kMaxUpstreamBatch.
    void upstreamBatchCanBeGiven() {
        QString error;
        const auto plain = parseServeArguments(hub(), &error);
        QVERIFY2(plain.has_value(), qPrintable(error));
        QCOMPARE(plain->siteHub->upstreamBatch, 2000);
        const auto given = parseServeArguments(
            hub() + QStringList{QStringLiteral("--upstream-batch"), QStringLiteral("500")}, &error);
        QVERIFY2(given.has_value(), qPrintable(error));
        QCOMPARE(given->siteHub->upstreamBatch, 500);
    }

    void provinceRoleByDefault() {
        QString error;
        const auto config = parseServeArguments(tls(), &error);
        QVERIFY2(config.has_value(), qPrintable(error));
        QVERIFY(!config->siteHub.has_value());
    }

    void inconsistentCombinationsAreRefused_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentioned"); // the error names what is wrong
        const auto without = [this](const QString &option) {
            QStringList arguments = hub();
            const int at = arguments.indexOf(option);
            arguments.remove(at, 2);
            return arguments;
        };
        const auto with = [this](const QString &option, const QString &value) {
            QStringList arguments = hub();
            arguments[arguments.indexOf(option) + 1] = value;
            return arguments;
        };
        QTest::newRow("no --site") << without(QStringLiteral("--site")) << QStringLiteral("--site");
        QTest::newRow("no --upstream")
            << without(QStringLiteral("--upstream")) << QStringLiteral("--upstream");
        QTest::newRow("no --upstream-ca")
            << without(QStringLiteral("--upstream-ca")) << QStringLiteral("--upstream-ca");
        QTest::newRow("http upstream")
            << with(QStringLiteral("--upstream"), QStringLiteral("http://province.example:8080"))
            << QStringLiteral("https://");
        QTest::newRow("no scheme")
            << with(QStringLiteral("--upstream"), QStringLiteral("province.example:8443"))
            << QStringLiteral("https://");
        QTest::newRow("no host") << with(QStringLiteral("--upstream"), QStringLiteral("https://"))
                                 << QStringLiteral("https://");
        QTest::newRow("missing CA file")
            << with(QStringLiteral("--upstream-ca"), QStringLiteral("/nonexistent/ca.pem"))
            << QStringLiteral("/nonexistent/ca.pem");
        QTest::newRow("bad site") << with(QStringLiteral("--site"), QStringLiteral("GZ TH"))
                                  << QStringLiteral("GZ TH");
        QTest::newRow("bad hub id")
            << (hub() + QStringList{QStringLiteral("--hub-id"), QStringLiteral("a hub")})
            << QStringLiteral("--hub-id");
        QTest::newRow("no upstream batch")
            << (hub() + QStringList{QStringLiteral("--upstream-batch"), QStringLiteral("0")})
            << QStringLiteral("--upstream-batch");
        QTest::newRow("upstream batch too large")
            << (hub() + QStringList{QStringLiteral("--upstream-batch"),
                                    QString::number(kMaxUpstreamBatch + 1)})
            << QStringLiteral("--upstream-batch");
        QTest::newRow("upstream batch without --site-hub")
            << (tls() + QStringList{QStringLiteral("--upstream-batch"), QStringLiteral("1000")})
            << QStringLiteral("--site-hub");
        QTest::newRow("hub option without --site-hub")
            << (tls() + QStringList{QStringLiteral("--upstream"),
                                    QStringLiteral("https://province.example:8443")})
            << QStringLiteral("--site-hub");
        QTest::newRow("--site without --site-hub")
            << (tls() + QStringList{QStringLiteral("--site"), QStringLiteral("GZ-TH-017")})
            << QStringLiteral("--site-hub");
        QTest::newRow("enrollment code without --site-hub")
            << (tls() +
                QStringList{QStringLiteral("--upstream-enrollment-code"), QStringLiteral("ABCD")})
            << QStringLiteral("--site-hub");
        QTest::newRow("hub without TLS") << hub().mid(4) << QStringLiteral("--tls-cert");
        QTest::newRow("join code without --site-hub")
            << (tls() + QStringList{QStringLiteral("--print-join-code"),
                                    QStringLiteral("https://192.168.1.20:8443")})
            << QStringLiteral("--site-hub");
        QTest::newRow("join code for http")
            << (hub() + QStringList{QStringLiteral("--print-join-code"),
                                    QStringLiteral("http://192.168.1.20:8443")})
            << QStringLiteral("https://HOST:PORT");
        QTest::newRow("join code without a port")
            << (hub() + QStringList{QStringLiteral("--print-join-code"),
                                    QStringLiteral("https://192.168.1.20")})
            << QStringLiteral("https://HOST:PORT");
    }

    // The address in the join code is the one the stations reach, not the listening one
    // (which may be 0.0.0.0); a hub serves the site's staff list, a province only when asked.
    void joinCodeAddressAndStaffList() {
        QString error;
        const auto hubConfig =
            parseServeArguments(hub() + QStringList{QStringLiteral("--print-join-code"),
                                                    QStringLiteral("https://192.168.1.20:8443")},
                                &error);
        QVERIFY2(hubConfig.has_value(), qPrintable(error));
        QCOMPARE(hubConfig->siteHub->joinCodeUrl,
                 QUrl(QStringLiteral("https://192.168.1.20:8443")));
        QVERIFY(hubConfig->siteStaff);
        const auto province = parseServeArguments(tls(), &error);
        QVERIFY2(province.has_value(), qPrintable(error));
        QVERIFY(!province->siteStaff);
        const auto asked =
            parseServeArguments(tls() + QStringList{QStringLiteral("--site-staff")}, &error);
        QVERIFY2(asked.has_value(), qPrintable(error));
        QVERIFY(asked->siteStaff);
    }

    void inconsistentCombinationsAreRefused() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentioned);
        QString error;
        const auto config = parseServeArguments(arguments, &error);
        QVERIFY(!config.has_value());
        QVERIFY2(error.contains(mentioned), qPrintable(error));
    }

    // A CA file that holds no certificate would leave the hub trusting nothing it can use.
    void caFileWithoutCertificateIsRefused() {
        const QString path = m_dir.filePath(QStringLiteral("not-a-ca.pem"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a certificate\n");
        file.close();
        QStringList arguments = hub();
        arguments[arguments.indexOf(QStringLiteral("--upstream-ca")) + 1] = path;
        QString error;
        QVERIFY(!parseServeArguments(arguments, &error).has_value());
        QVERIFY2(error.contains(path), qPrintable(error));
    }

    // The province's resident-code key reaches a hub from the province; a key file of its own
    // would announce something else to the site's stations.
    void residentCodeKeyFileIsForTheProvince() {
        const QString path = m_dir.filePath(QStringLiteral("province.pub"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("3b6a27bcceb6a42d62a3a8d02a6f0d73653215771de243a63ac048a18b59da29\n");
        file.close();
        QString error;
        QVERIFY(
            !parseServeArguments(
                 hub() + QStringList{QStringLiteral("--resident-code-public-key"), path}, &error)
                 .has_value());
        QVERIFY2(error.contains(QStringLiteral("--resident-code-public-key")), qPrintable(error));
    }

    void helpListsTheHubOptions() {
        const QString help = serveHelpText();
        for (const char *option :
             {"--site-hub", "--site <code>", "--upstream <url>", "--upstream-ca <file>",
              "--upstream-enrollment-code <code>", "--hub-id <id>", "--upstream-batch <n>"})
            QVERIFY2(help.contains(QLatin1String(option)), option);
    }
};

QTEST_GUILESS_MAIN(tst_SiteHubConfig)
#include "tst_site_hub_config.moc"
