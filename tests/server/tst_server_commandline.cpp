// SPDX-License-Identifier: GPL-3.0-or-later
// province-server's command line as an administrator meets it: --help, -h and --version;
// unknown options and missing files named, with a non-zero exit; and a --db path to an SQLite
// file that does not exist refused unless --create-db asks for a new database.
#include "tests/support/ServerProcess.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using station::test::ServerProcess;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run server(const QStringList &args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(ServerProcess::executablePath(), args);
    if (!p.waitForStarted() || !p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class tst_ServerCommandLine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void help_data() {
        QTest::addColumn<QString>("option");
        QTest::newRow("--help") << QStringLiteral("--help");
        QTest::newRow("-h") << QStringLiteral("-h");
    }

    void help() {
        QFETCH(QString, option);
        const Run r = server({option});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QLatin1String("Usage: province-server")), qPrintable(r.out));
        for (const char *name :
             {"--listen", "--db", "--create-db", "--tls-cert", "--tls-key", "--max-body-bytes",
              "--max-batch", "--max-content-bytes", "--sqlite-max-pages",
              "--resident-code-public-key", "--version", "admin"})
            QVERIFY2(r.out.contains(QLatin1String(name)), name);
    }

    void adminHelp() {
        const Run r = server({QStringLiteral("admin"), QStringLiteral("--help")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const char *name : {"enroll-code", "stats", "list-devices", "revoke-device", "--db",
                                 "--create-db", "--site", "--device"})
            QVERIFY2(r.out.contains(QLatin1String(name)), name);
    }

    void version() {
        const Run r = server({QStringLiteral("--version")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("province-server " STATION_VERSION));
    }

    void unknownOption() {
        Run r = server({QStringLiteral("--tls-certificate"), QStringLiteral("c.pem")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("tls-certificate")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("--help")), qPrintable(r.err));
        r = server({QStringLiteral("admin"), QStringLiteral("stats"), QStringLiteral("--dbb"),
                    QStringLiteral("x")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("dbb")), qPrintable(r.err));
    }

    void missingCertificateAndKey() {
        ServerProcess fixture;
        QString error;
        QVERIFY2(fixture.prepare(&error), qPrintable(error));
        const QString dir = fixture.temporaryPath();
        const QString cert = fixture.certificatePath();
        const QString key = QDir(dir).filePath(QStringLiteral("server-key.pem"));
        const QString missing = QDir(dir).filePath(QStringLiteral("no-such.pem"));
        const QString db = QStringLiteral("sqlite:") + QDir(dir).filePath(QStringLiteral("s.db"));
        Run r = server({QStringLiteral("--create-db"), QStringLiteral("--db"), db,
                        QStringLiteral("--tls-cert"), missing, QStringLiteral("--tls-key"), key});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(missing) && r.err.contains(QLatin1String("does not exist")),
                 qPrintable(r.err));
        r = server({QStringLiteral("--create-db"), QStringLiteral("--db"), db,
                    QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), missing});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(missing) && r.err.contains(QLatin1String("does not exist")),
                 qPrintable(r.err));
        r = server({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key,
                    QStringLiteral("--resident-code-public-key"), missing});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(missing), qPrintable(r.err));
        // Nothing was created by the refused starts.
        QVERIFY(!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("s.db"))));
    }

    // A mistyped path never becomes a new, empty database; --create-db makes one on purpose,
    // and later runs find it without the option.
    void missingSqliteDatabase() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("province.db"));
        const QString url = QStringLiteral("sqlite:") + file;
        Run r =
            server({QStringLiteral("admin"), QStringLiteral("stats"), QStringLiteral("--db"), url});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("no database at")) &&
                     r.err.contains(QLatin1String("--create-db")),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(file));

        ServerProcess fixture;
        QString error;
        QVERIFY2(fixture.prepare(&error), qPrintable(error));
        r = server({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                    QStringLiteral("--db"), url, QStringLiteral("--tls-cert"),
                    fixture.certificatePath(), QStringLiteral("--tls-key"),
                    QDir(fixture.temporaryPath()).filePath(QStringLiteral("server-key.pem"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("no database at")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(file));

        r = server({QStringLiteral("admin"), QStringLiteral("stats"), QStringLiteral("--db"), url,
                    QStringLiteral("--create-db")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(file));
        r = server({QStringLiteral("admin"), QStringLiteral("stats"), QStringLiteral("--db"), url});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("total: 0 records")));
    }
};

QTEST_GUILESS_MAIN(tst_ServerCommandLine)
#include "tst_server_commandline.moc"
