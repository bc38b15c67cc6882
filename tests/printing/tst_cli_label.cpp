// SPDX-License-Identifier: GPL-3.0-or-later
// sampling-station-cli label and print, run as a user runs them.
#include "tests/support/CliRun.h"
#include "tests/support/TestData.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using station::test::CliRun;

// The fixed label of tests/data/labels/tube_50x25_203.zpl, as command-line options.
QStringList goldenOptions() {
    return {QStringLiteral("--tube"),      QStringLiteral("AB12345678"),
            QStringLiteral("--site-name"), QStringLiteral("Tianhe Stadium"),
            QStringLiteral("--site-code"), QStringLiteral("TH01"),
            QStringLiteral("--table"),     QStringLiteral("12"),
            QStringLiteral("--pool"),      QStringLiteral("10"),
            QStringLiteral("--time"),      QStringLiteral("2026-11-25T09:41"),
            QStringLiteral("--copies"),    QStringLiteral("2")};
}

QByteArray golden() {
    QFile f(station::test::testDataPath(QStringLiteral("labels/tube_50x25_203.zpl")));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliLabel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QFile::exists(station::test::cliExecutable()),
                 qPrintable(station::test::cliExecutable()));
    }

    void labelWritesTheGoldenZpl() {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("tube.zpl"));
        const CliRun r = run(QStringList{QStringLiteral("label")} + goldenOptions() +
                             QStringList{QStringLiteral("--format"), QStringLiteral("zpl"),
                                         QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), golden());
    }

    void labelRefusesBadOptions_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no code") << QStringList{QStringLiteral("--format"), QStringLiteral("pdf"),
                                                QStringLiteral("--out"), QStringLiteral("x.pdf")}
                                 << QStringLiteral("exactly one of");
        QTest::newRow("bad size")
            << QStringList{QStringLiteral("--tube"),   QStringLiteral("12345678"),
                           QStringLiteral("--size"),   QStringLiteral("big"),
                           QStringLiteral("--format"), QStringLiteral("pdf"),
                           QStringLiteral("--out"),    QStringLiteral("x.pdf")}
            << QStringLiteral("--size");
        QTest::newRow("bad format")
            << QStringList{QStringLiteral("--tube"),   QStringLiteral("12345678"),
                           QStringLiteral("--format"), QStringLiteral("gif"),
                           QStringLiteral("--out"),    QStringLiteral("x.gif")}
            << QStringLiteral("pdf, png or zpl");
    }
    void labelRefusesBadOptions() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun r = run(QStringList{QStringLiteral("label")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void printSendsZplToTheNetworkPrinter() {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QProcess cli;
        cli.start(station::test::cliExecutable(),
                  QStringList{QStringLiteral("print"), QStringLiteral("--printer"),
                              QStringLiteral("zpl://127.0.0.1:%1").arg(server.serverPort())} +
                      goldenOptions());
        QVERIFY(server.waitForNewConnection(30000));
        QTcpSocket *peer = server.nextPendingConnection();
        QByteArray received;
        while (peer->state() == QAbstractSocket::ConnectedState && peer->waitForReadyRead(30000))
            received += peer->readAll();
        received += peer->readAll();
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(received, golden());
    }

    void printToAClosedPortFailsWithTheReason() {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        const CliRun r = run(QStringList{QStringLiteral("print"), QStringLiteral("--printer"),
                                         QStringLiteral("zpl://127.0.0.1:%1").arg(port)} +
                             goldenOptions());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Printer 127.0.0.1:%1 is unreachable").arg(port)),
                 qPrintable(r.err));
    }

    void manifestPdfFromJson() {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("m.json"));
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"boxCode": "BX01", "tubes": [{"code": "12345678", "personCount": 10},
                   {"code": "12345679", "personCount": 4}]})");
        f.close();
        const QString out = dir.filePath(QStringLiteral("m.pdf"));
        const CliRun r =
            run({QStringLiteral("label"), QStringLiteral("--manifest"), json,
                 QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile pdf(out);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().contains("/MediaBox [0 0 595.000000 842.000000]")); // A4
    }

private:
    static CliRun run(const QStringList &args) { return station::test::runCli(args, 60000); }
};

QTEST_MAIN(TestCliLabel)
#include "tst_cli_label.moc"
