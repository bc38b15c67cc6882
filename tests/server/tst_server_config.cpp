// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ServerConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace station::server;

class tst_ServerConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void databaseUrl_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("pathOrDb");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::newRow("sqlite relative")
            << QStringLiteral("sqlite:data.db") << true << false << QStringLiteral("data.db")
            << QString() << 5432 << QString();
        QTest::newRow("sqlite absolute")
            << QStringLiteral("sqlite:/var/lib/p.db") << true << false
            << QStringLiteral("/var/lib/p.db") << QString() << 5432 << QString();
        QTest::newRow("sqlite slashes")
            << QStringLiteral("sqlite:///var/lib/p.db") << true << false
            << QStringLiteral("/var/lib/p.db") << QString() << 5432 << QString();
        QTest::newRow("sqlite empty") << QStringLiteral("sqlite:") << false << false << QString()
                                      << QString() << 0 << QString();
        QTest::newRow("postgres") << QStringLiteral("postgres://sync@db.local/province") << true
                                  << true << QStringLiteral("province")
                                  << QStringLiteral("db.local") << 5432 << QStringLiteral("sync");
        QTest::newRow("postgresql port")
            << QStringLiteral("postgresql://u:pw@127.0.0.1:6543/p") << true << true
            << QStringLiteral("p") << QStringLiteral("127.0.0.1") << 6543 << QStringLiteral("u");
        QTest::newRow("postgres no db") << QStringLiteral("postgres://u@host") << false << true
                                        << QString() << QString() << 0 << QString();
        QTest::newRow("mysql") << QStringLiteral("mysql://u@h/d") << false << false << QString()
                               << QString() << 0 << QString();
    }

    void databaseUrl() {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        QFETCH(bool, postgres);
        QFETCH(QString, pathOrDb);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QString error;
        const auto target = parseDatabaseUrl(url, &error);
        QCOMPARE(target.has_value(), valid);
        if (!valid) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QCOMPARE(target->kind == DatabaseTarget::Kind::Postgres, postgres);
        QCOMPARE(postgres ? target->database : target->sqlitePath, pathOrDb);
        if (postgres) {
            QCOMPARE(target->host, host);
            QCOMPARE(target->port, port);
            QCOMPARE(target->user, user);
        }
    }

    void serveArguments_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("port");
        const QStringList tls{QStringLiteral("--tls-cert"), QStringLiteral("c.pem"),
                              QStringLiteral("--tls-key"), QStringLiteral("k.pem")};
        QTest::newRow("port zero")
            << (QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + tls)
            << true << 0;
        QTest::newRow("explicit")
            << (QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:8443")} + tls)
            << true << 8443;
        QTest::newRow("ipv6")
            << (QStringList{QStringLiteral("--listen"), QStringLiteral("[::1]:9000")} + tls) << true
            << 9000;
        QTest::newRow("no tls") << QStringList{QStringLiteral("--listen"),
                                               QStringLiteral("127.0.0.1:1")}
                                << false << 0;
        QTest::newRow("host name")
            << (QStringList{QStringLiteral("--listen"), QStringLiteral("localhost:1")} + tls)
            << false << 0;
        QTest::newRow("port too big")
            << (QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:70000")} + tls)
            << false << 0;
        QTest::newRow("negative limit")
            << (tls + QStringList{QStringLiteral("--max-batch"), QStringLiteral("-1")}) << false
            << 0;
        QTest::newRow("stray argument")
            << (tls + QStringList{QStringLiteral("serve")}) << false << 0;
    }

    void serveArguments() {
        QFETCH(QStringList, arguments);
        QFETCH(bool, valid);
        QFETCH(int, port);
        QString error;
        const auto config = parseServeArguments(arguments, &error);
        QCOMPARE(config.has_value(), valid);
        if (!valid) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QCOMPARE(int(config->listenPort), port);
        QCOMPARE(config->database.kind, DatabaseTarget::Kind::Sqlite);
        QCOMPARE(config->limits.maxBatchRecords, 2000);
    }

    void limitsAreParsed() {
        QString error;
        const auto config = parseServeArguments(
            {QStringLiteral("--tls-cert"), QStringLiteral("c"), QStringLiteral("--tls-key"),
             QStringLiteral("k"), QStringLiteral("--max-body-bytes"), QStringLiteral("1000"),
             QStringLiteral("--max-batch"), QStringLiteral("20"),
             QStringLiteral("--max-content-bytes"), QStringLiteral("300"),
             QStringLiteral("--sqlite-max-pages"), QStringLiteral("64")},
            &error);
        QVERIFY2(config.has_value(), qPrintable(error));
        QCOMPARE(config->limits.maxBodyBytes, 1000);
        QCOMPARE(config->limits.maxBatchRecords, 20);
        QCOMPARE(config->limits.maxContentBytes, 300);
        QCOMPARE(config->database.sqliteMaxPages, 64);
    }

    // The province's resident-code key comes from a file as `resident-code --gen-keypair`
    // writes it; anything else stops the server at start rather than announcing no key.
    void residentCodeKeyFile_data() {
        QTest::addColumn<QByteArray>("content"); // empty: no such file
        QTest::addColumn<bool>("valid");
        const QByteArray hex =
            QByteArrayLiteral("3b6a27bcceb6a42d62a3a8d02a6f0d73653215771de243a63ac048a18b59da29");
        QTest::newRow("as keygen writes it") << QByteArray(hex + '\n') << true;
        QTest::newRow("upper case") << hex.toUpper() << true;
        QTest::newRow("no file") << QByteArray() << false;
        QTest::newRow("too short") << hex.left(62) << false;
        QTest::newRow("not hex") << QByteArray(hex.left(63) + 'g') << false;
        QTest::newRow("a secret key") << QByteArray(hex + hex) << false;
    }

    void residentCodeKeyFile() {
        QFETCH(QByteArray, content);
        QFETCH(bool, valid);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("province.pub"));
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        QString error;
        const auto config = parseServeArguments(
            {QStringLiteral("--tls-cert"), QStringLiteral("c"), QStringLiteral("--tls-key"),
             QStringLiteral("k"), QStringLiteral("--resident-code-public-key"), path},
            &error);
        QCOMPARE(config.has_value(), valid);
        if (valid)
            QCOMPARE(config->residentCodePublicKey,
                     QByteArray::fromHex(content.trimmed().toLower()));
        else
            QVERIFY(error.contains(path));
    }

    void noResidentCodeKeyByDefault() {
        QString error;
        const auto config = parseServeArguments({QStringLiteral("--tls-cert"), QStringLiteral("c"),
                                                 QStringLiteral("--tls-key"), QStringLiteral("k")},
                                                &error);
        QVERIFY2(config.has_value(), qPrintable(error));
        QVERIFY(config->residentCodePublicKey.isEmpty());
    }

    // The facts watch's interval: 200 ms unless a test lengthens it (--facts-watch-ms, not
    // in --help); anything but a whole number of at least 1 ms stops the server.
    void factsWatchInterval() {
        const QStringList tls{QStringLiteral("--tls-cert"), QStringLiteral("c"),
                              QStringLiteral("--tls-key"), QStringLiteral("k")};
        QString error;
        const auto usual = parseServeArguments(tls, &error);
        QVERIFY2(usual.has_value(), qPrintable(error));
        QCOMPARE(usual->limits.factsWatchMs, 200);
        const auto longer = parseServeArguments(
            tls + QStringList{QStringLiteral("--facts-watch-ms"), QStringLiteral("60000")}, &error);
        QVERIFY2(longer.has_value(), qPrintable(error));
        QCOMPARE(longer->limits.factsWatchMs, 60000);
        for (const QString &bad :
             {QStringLiteral("0"), QStringLiteral("-5"), QStringLiteral("1s")}) {
            error.clear();
            QVERIFY(!parseServeArguments(tls + QStringList{QStringLiteral("--facts-watch-ms"), bad},
                                         &error));
            QVERIFY2(error.contains(QLatin1String("--facts-watch-ms")), qPrintable(error));
        }
        QVERIFY(!serveHelpText().contains(QLatin1String("facts-watch")));
    }
};

QTEST_GUILESS_MAIN(tst_ServerConfig)
#include "tst_server_config.moc"
