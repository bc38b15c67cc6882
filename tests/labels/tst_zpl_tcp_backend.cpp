// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/ZplEncoder.h"
#include "labels/ZplTcpBackend.h"
#include "tests/labels/ZplFixture.h"
#include "tests/support/TestData.h"

#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtConcurrent>
#include <QtTest>

using namespace station::labels;

class TestZplTcpBackend : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // A loopback listener on a free port stands in for the printer's port 9100; the
    // backend runs on a worker thread as the UI runs it.
    void loopbackListenerReceivesExactlyTheGoldenBytes() {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const quint16 port = server.serverPort();
        const PrintJob job = station::test::goldenTubeJob();

        QFuture<PrintResult> future = QtConcurrent::run([port, job] {
            ZplTcpBackend backend(QStringLiteral("127.0.0.1"), port, 5000);
            return backend.print(job);
        });

        QVERIFY(server.waitForNewConnection(10000));
        QTcpSocket *peer = server.nextPendingConnection();
        QVERIFY(peer);
        QByteArray received;
        while (peer->state() == QAbstractSocket::ConnectedState) {
            if (!peer->waitForReadyRead(10000))
                break;
            received += peer->readAll();
        }
        received += peer->readAll();
        future.waitForFinished();
        const PrintResult result = future.result();
        QVERIFY2(result.ok, qPrintable(result.userMessage));

        QFile golden(station::test::testDataPath(QStringLiteral("labels/tube_50x25_203.zpl")));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        QCOMPARE(received, golden.readAll());
    }

    // A closed port: the job fails with a message naming the printer, and can be retried.
    void unreachablePrinterGivesAClearMessage() {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        } // closed again: nothing listens on `port` now
        ZplTcpBackend backend(QStringLiteral("127.0.0.1"), port, 3000);
        const PrintJob job = station::test::goldenTubeJob();
        for (int attempt = 0; attempt < 2; ++attempt) {
            const PrintResult result = backend.print(job);
            QVERIFY(!result.ok);
            QVERIFY2(result.userMessage.contains(QStringLiteral("127.0.0.1:%1").arg(port)),
                     qPrintable(result.userMessage));
            QVERIFY2(result.userMessage.contains(QStringLiteral("unreachable")),
                     qPrintable(result.userMessage));
            QVERIFY2(result.userMessage.contains(QStringLiteral("retry")),
                     qPrintable(result.userMessage));
        }
    }

    void encodingErrorsAreReportedBeforeConnecting() {
        ZplTcpBackend backend(QStringLiteral("127.0.0.1"), 1, 1000);
        BoxManifestData manifest;
        manifest.boxCode = QStringLiteral("BX01");
        manifest.tubes.append({QStringLiteral("12345678"), 10, {}, {}, {}});
        const PrintResult result = backend.print(PrintJob::manifest(manifest));
        QVERIFY(!result.ok);
        QVERIFY2(result.userMessage.contains(QStringLiteral("A4")), qPrintable(result.userMessage));
    }
};

QTEST_MAIN(TestZplTcpBackend)
#include "tst_zpl_tcp_backend.moc"
