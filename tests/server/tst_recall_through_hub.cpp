// SPDX-License-Identifier: GPL-3.0-or-later
// A recall (待复核) through a site hub, with real processes on loopback: a province server, a
// site hub (province-server --site-hub) and a station (sampling-station-cli) enrolled at the
// hub. The station's pool reaches the province through the hub; the province recalls the
// tube; the hub's RecallPuller copies the recall into the hub's facts under the hub's person
// keys (the hub's site key is not the province's); the station receives it from the hub,
// samples the recalled person alone, and the recall closes at the province once that sample
// is relayed, which the station hears too.
#include "core/domain/IdDocument.h"
#include "tests/models/StationFixture.h"
#include "tests/support/CliRun.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestHttpsClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

const QString kSite = QStringLiteral("GZ-TH-0001"); // the site of cliInitArgs()
constexpr int kWaitMs = 60000;                      // a bound on waiting, never a measure

QList<QJsonObject> jsonLines(const QString &text) {
    QList<QJsonObject> list;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        list.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return list;
}

QList<QJsonObject> cliScan(const QString &dir, const QStringList &lines) {
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QMap<QString, QString> secrets = cliTestSecrets();
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        env.insert(it.key(), it.value());
    cli.setProcessEnvironment(env);
    cli.start(cliExecutable(), {QStringLiteral("scan"), QStringLiteral("--data-dir"), dir,
                                QStringLiteral("--operator"), kStaffId});
    if (!cli.waitForStarted())
        return {};
    cli.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    cli.closeWriteChannel();
    if (!QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 180000)) {
        cli.kill();
        cli.waitForFinished();
    }
    return jsonLines(QString::fromUtf8(cli.readAllStandardOutput()));
}

} // namespace

class tst_RecallThroughHub : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_province;
    ServerProcess m_hub;
    QString m_station;

    QJsonObject hubUpstream() {
        TestHttpsClient client(m_hub.certificate());
        client.setBaseUrl(m_hub.baseUrl());
        client.setTimeoutMs(5000);
        return client.get(QStringLiteral("/v1/health"))
            .json()
            .value(QStringLiteral("upstream"))
            .toObject();
    }
    // The station syncs to the hub and the hub has relayed everything to the province.
    bool syncThroughHub() {
        const CliRun synced =
            runCli({QStringLiteral("sync"), QStringLiteral("--data-dir"), m_station});
        if (synced.exitCode != 0)
            return false;
        return QTest::qWaitFor(
            [this] {
                const QJsonObject upstream = hubUpstream();
                return upstream.value(QStringLiteral("connected")).toBool() &&
                       upstream.value(QStringLiteral("pending")).toInt(-1) == 0;
            },
            kWaitMs);
    }
    // The station's recalls after fetching the hub's facts, once `done` holds for them.
    bool recallsUntil(const std::function<bool(const QList<QJsonObject> &)> &done,
                      QList<QJsonObject> *last) {
        return QTest::qWaitFor(
            [&] {
                runCli({QStringLiteral("site-facts"), QStringLiteral("--data-dir"), m_station});
                *last = jsonLines(runCli({QStringLiteral("recalls"), QStringLiteral("--data-dir"),
                                          m_station, QStringLiteral("--json")})
                                      .out);
                return done(*last);
            },
            kWaitMs);
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_province.prepare(&error), qPrintable(error));
        QVERIFY2(m_province.start(&error), qPrintable(error));
        int exitCode = -1;
        const QString hubCode =
            m_province
                .runAdmin({QStringLiteral("enroll-code"), QStringLiteral("--site"), kSite,
                           QStringLiteral("--role"), QStringLiteral("hub")},
                          &exitCode)
                .trimmed();
        QCOMPARE(exitCode, 0);
        QVERIFY2(m_hub.prepare(&error), qPrintable(error));
        m_hub.setExtraArguments({QStringLiteral("--site-hub"), QStringLiteral("--site"), kSite,
                                 QStringLiteral("--upstream"), m_province.baseUrl().toString(),
                                 QStringLiteral("--upstream-ca"), m_province.certificatePath(),
                                 QStringLiteral("--upstream-enrollment-code"), hubCode});
        QVERIFY2(m_hub.start(&error), qPrintable(error));
        QVERIFY(QTest::qWaitFor(
            [this] { return hubUpstream().value(QStringLiteral("connected")).toBool(); }, kWaitMs));
        m_station = m_dir.filePath(QStringLiteral("station"));
        const CliRun init = runCli(cliInitArgs(m_station));
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        const CliRun enrolled =
            runCli({QStringLiteral("sync"), QStringLiteral("--data-dir"), m_station,
                    QStringLiteral("--server"), m_hub.baseUrl().toString(), QStringLiteral("--ca"),
                    m_hub.certificatePath(), QStringLiteral("--enroll-code"),
                    m_hub.enrollmentCode(kSite)});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.out + enrolled.err));
    }

    void cleanupTestCase() {
        m_hub.kill();
        m_province.kill();
    }

    void recallReachesTheStationThroughTheHubAndCloses() {
        const QList<QJsonObject> pooled =
            cliScan(m_station, {tubeCode(1), residentScan(1), residentScan(2)});
        QCOMPARE(pooled.size(), 3);
        QVERIFY(syncThroughHub());

        int exitCode = -1;
        m_province.runAdmin({QStringLiteral("raise-recall"), QStringLiteral("--site"), kSite,
                             QStringLiteral("--tube"), tubeCode(1)},
                            &exitCode);
        QCOMPARE(exitCode, 0);
        QList<QJsonObject> recalls;
        QVERIFY2(recallsUntil([](const QList<QJsonObject> &l) { return l.size() == 2; }, &recalls),
                 qPrintable(QString::number(recalls.size())));
        for (const QJsonObject &r : recalls) {
            QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
            QVERIFY(r.value(QStringLiteral("here")).toBool()); // this station's samples
            const QString who = r.value(QStringLiteral("who")).toString();
            QVERIFY2(who.contains(QLatin1Char('*')), qPrintable(who)); // masked, never whole
            QVERIFY(!who.contains(resident(1).idNumber) && !who.contains(resident(2).idNumber));
        }

        // The hub's person keys match the station's: person 1 is recognised and goes alone.
        const QList<QJsonObject> alone =
            cliScan(m_station, {tubeCode(2), residentScan(1), tubeCode(3)});
        QCOMPARE(alone.size(), 3);
        QCOMPARE(alone.at(1).value(QStringLiteral("question")).toString(),
                 QStringLiteral("tube_code"));
        QVERIFY(alone.at(2).value(QStringLiteral("recall")).toBool());
        QCOMPARE(alone.at(2).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("recorded"));
        QCOMPARE(alone.at(2).value(QStringLiteral("tube")).toString(), tubeCode(3));
        QVERIFY(syncThroughHub());
        QVERIFY(recallsUntil(
            [](const QList<QJsonObject> &l) {
                int closed = 0;
                for (const QJsonObject &r : l)
                    closed +=
                        r.value(QStringLiteral("state")).toString() == QLatin1String("closed");
                return l.size() == 2 && closed == 1;
            },
            &recalls));
    }
};

QTEST_GUILESS_MAIN(tst_RecallThroughHub)
#include "tst_recall_through_hub.moc"
