// SPDX-License-Identifier: GPL-3.0-or-later
// A record the province refuses after a site hub accepted it, with real processes on
// loopback: a province server, a site hub (province-server --site-hub) and two stations
// (sampling-station-cli). A station of another site takes tube code TB00000005 first, straight
// at the province; then the hub's station samples into the same code. Only the province
// knows every site's tube codes: the hub accepts the sample, the province rejects it when
// the hub relays it (tube_code_of_other_site). The hub keeps the refusal (relay-status) and
// never sends the record again; the station learns it from the hub's facts and lists it as a
// sync problem, once, with what to do, and without personal data.
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
const QString kOtherSite = QStringLiteral("GZ-YX-0002");
constexpr int kWaitMs = 60000; // a bound on waiting, never a measure

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

// `init` for the test site's table, at another site.
QStringList initAtSite(const QString &dir, const QString &site) {
    QStringList args = cliInitArgs(dir);
    args[args.indexOf(QStringLiteral("--site-code")) + 1] = site;
    return args;
}

} // namespace

class tst_RelayRefusalThroughHub : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_province;
    ServerProcess m_hub;
    QString m_station; // at the hub
    QString m_other;   // of the other site, at the province

    QJsonObject hubUpstream() {
        TestHttpsClient client(m_hub.certificate());
        client.setBaseUrl(m_hub.baseUrl());
        client.setTimeoutMs(5000);
        return client.get(QStringLiteral("/v1/health"))
            .json()
            .value(QStringLiteral("upstream"))
            .toObject();
    }
    // The station syncs to the hub and the hub has had the province's answer to everything.
    bool syncThroughHub() {
        const CliRun synced =
            runCli({QStringLiteral("sync"), QStringLiteral("--data-dir"), m_station});
        if (synced.exitCode != 0) {
            qWarning("%s", qPrintable(synced.out + synced.err));
            return false;
        }
        return QTest::qWaitFor(
            [this] {
                const QJsonObject upstream = hubUpstream();
                return upstream.value(QStringLiteral("connected")).toBool() &&
                       upstream.value(QStringLiteral("pending")).toInt(-1) == 0;
            },
            kWaitMs);
    }
    QList<QJsonObject> syncProblems() {
        runCli({QStringLiteral("site-facts"), QStringLiteral("--data-dir"), m_station});
        return jsonLines(runCli({QStringLiteral("sync-problems"), QStringLiteral("--data-dir"),
                                 m_station, QStringLiteral("--json")})
                             .out);
    }
    static QList<QJsonObject> refusals(const QList<QJsonObject> &problems) {
        QList<QJsonObject> list;
        for (const QJsonObject &p : problems) {
            if (p.value(QStringLiteral("kind")).toString() == QLatin1String("relay_refused"))
                list.append(p);
        }
        return list;
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

        m_other = m_dir.filePath(QStringLiteral("other"));
        const CliRun otherInit = runCli(initAtSite(m_other, kOtherSite));
        QVERIFY2(otherInit.exitCode == 0, qPrintable(otherInit.err));
        const CliRun otherEnrolled =
            runCli({QStringLiteral("sync"), QStringLiteral("--data-dir"), m_other,
                    QStringLiteral("--server"), m_province.baseUrl().toString(),
                    QStringLiteral("--ca"), m_province.certificatePath(),
                    QStringLiteral("--enroll-code"), m_province.enrollmentCode(kOtherSite)});
        QVERIFY2(otherEnrolled.exitCode == 0, qPrintable(otherEnrolled.out + otherEnrolled.err));
    }

    void cleanupTestCase() {
        m_hub.kill();
        m_province.kill();
    }

    void provinceRefusalReachesTheStationAsASyncProblem() {
        // The other site takes the tube code first, straight at the province.
        QCOMPARE(cliScan(m_other, {tubeCode(5), residentScan(3)}).size(), 2);
        const CliRun otherSynced =
            runCli({QStringLiteral("sync"), QStringLiteral("--data-dir"), m_other});
        QVERIFY2(otherSynced.exitCode == 0, qPrintable(otherSynced.out + otherSynced.err));

        // The hub's station samples into the same code: the hub cannot know, and accepts.
        const QList<QJsonObject> scanned = cliScan(m_station, {tubeCode(5), residentScan(1)});
        QCOMPARE(scanned.size(), 2);
        QCOMPARE(scanned.at(1).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("recorded"));
        QVERIFY(syncThroughHub());

        // The hub keeps the province's refusal with its code and reason.
        int exitCode = -1;
        const QString status = m_hub.runAdmin({QStringLiteral("relay-status")}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(status.contains(QLatin1String("rejected: 1")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("tube_code_of_other_site")), qPrintable(status));

        // The station lists it, once it has read the hub's facts.
        QList<QJsonObject> problems;
        QVERIFY(QTest::qWaitFor(
            [&] {
                problems = syncProblems();
                return !refusals(problems).isEmpty();
            },
            kWaitMs));
        const QList<QJsonObject> refused = refusals(problems);
        QCOMPARE(refused.size(), 1);
        const QJsonObject problem = refused.first();
        QCOMPARE(problem.value(QStringLiteral("code")).toString(),
                 QStringLiteral("tube_code_of_other_site"));
        QCOMPARE(problem.value(QStringLiteral("record_kind")).toString(),
                 QStringLiteral("sample.taken"));
        QCOMPARE(problem.value(QStringLiteral("tube")).toString(), tubeCode(5));
        const QString uuid = problem.value(QStringLiteral("record")).toString();
        QVERIFY(!uuid.isEmpty());
        QVERIFY2(status.contains(uuid), qPrintable(status)); // the same record as at the hub
        QVERIFY(problem.value(QStringLiteral("problem")).toString().contains(tubeCode(5)));
        QVERIFY(!problem.value(QStringLiteral("what_to_do")).toString().isEmpty());
        QVERIFY(problem.value(QStringLiteral("reason"))
                    .toString()
                    .contains(QLatin1String("another site")));
        const QString text =
            runCli({QStringLiteral("sync-problems"), QStringLiteral("--data-dir"), m_station}).out;
        QVERIFY2(text.contains(uuid), qPrintable(text));
        QVERIFY(!text.contains(resident(1).idNumber)); // never personal data
        for (const QJsonObject &p : problems)
            QVERIFY(!QJsonDocument(p).toJson().contains(resident(1).idNumber.toUtf8()));

        // Exactly once: not sent again, still listed at the hub, listed once at the station.
        QVERIFY(syncThroughHub());
        QTest::qWait(1500);
        QCOMPARE(hubUpstream().value(QStringLiteral("pending")).toInt(-1), 0);
        const QString again = m_hub.runAdmin({QStringLiteral("relay-status")}, &exitCode);
        QVERIFY2(again.contains(QLatin1String("rejected: 1")), qPrintable(again));
        QVERIFY2(again.contains(uuid), qPrintable(again));
        QCOMPARE(refusals(syncProblems()).size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_RelayRefusalThroughHub)
#include "tst_relay_refusal_through_hub.moc"
