// SPDX-License-Identifier: GPL-3.0-or-later
// Signed resident codes from end to end, as a site meets them: the province makes its key
// pair (`resident-code --gen-keypair`), its server announces the public key, the station
// receives it at enrollment (`sync --enroll-code`), shows its fingerprint (`signed-codes`),
// and `scan` takes the province's codes and refuses forged ones and, by default, unsigned
// ones, until the site chooses otherwise.
#include "core/domain/IdDocument.h"
#include "core/settings/StationSettings.h"
#include "core/storage/StationPaths.h"
#include "protocol/ResidentCodeKey.h"
#include "tests/support/CliRun.h"
#include "tests/support/ServerProcess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

const QString kPerson = QStringLiteral("王小明");

QString idNumber(int n) {
    const QString first17 =
        QStringLiteral("44010319800101") + QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
    return first17 + gb11643CheckCharacter(first17);
}

// The text of a resident code for person n, signed with `secretKeyFile` (none: unsigned).
QString residentCode(int n, const QString &secretKeyFile = {}) {
    QStringList args{QStringLiteral("resident-code"),
                     QStringLiteral("--rid"),
                     QStringLiteral("R2026-%1").arg(n, 6, 10, QLatin1Char('0')),
                     QStringLiteral("--name"),
                     kPerson,
                     QStringLiteral("--id"),
                     idNumber(n)};
    if (!secretKeyFile.isEmpty())
        args << QStringLiteral("--sign-key") << secretKeyFile;
    const CliRun run = runCli(args);
    return run.exitCode == 0 ? run.out.trimmed() : QString();
}

// One JSON line per outcome of `scan` fed `lines`.
QList<QJsonObject> scan(const QString &dir, const QStringList &lines, QString *errors) {
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QMap<QString, QString> secrets = cliTestSecrets();
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        env.insert(it.key(), it.value());
    cli.setProcessEnvironment(env);
    cli.start(cliExecutable(), {QStringLiteral("scan"), QStringLiteral("--data-dir"), dir,
                                QStringLiteral("--operator"), QStringLiteral("S001")});
    if (!cli.waitForStarted())
        return {};
    cli.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    cli.closeWriteChannel();
    if (!QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 180000)) {
        cli.kill();
        cli.waitForFinished();
    }
    *errors = QString::fromUtf8(cli.readAllStandardError());
    QList<QJsonObject> outcomes;
    for (const QByteArray &line : cli.readAllStandardOutput().split('\n')) {
        if (!line.trimmed().isEmpty())
            outcomes.append(QJsonDocument::fromJson(line).object());
    }
    return outcomes;
}

} // namespace

class tst_CliSignedCodes : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_station;
    QString m_province; // PREFIX of the province's key pair
    QString m_forger;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_station = m_dir.filePath(QStringLiteral("station"));
        m_province = m_dir.filePath(QStringLiteral("province"));
        m_forger = m_dir.filePath(QStringLiteral("forger"));
        QVERIFY(provisionCliStation(m_station));
        for (const QString &prefix : {m_province, m_forger}) {
            const CliRun keys =
                runCli({QStringLiteral("resident-code"), QStringLiteral("--gen-keypair"), prefix});
            QVERIFY2(keys.exitCode == 0, qPrintable(keys.err));
        }
        QString error;
        QVERIFY2(m_server.prepare(&error), qPrintable(error));
        m_server.setExtraArguments(
            {QStringLiteral("--resident-code-public-key"), m_province + QStringLiteral(".pub")});
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_server.kill(); }

    void beforeEnrollmentNothingIsVerified() {
        const CliRun shown =
            runCli({QStringLiteral("signed-codes"), QStringLiteral("--data-dir"), m_station});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains(QLatin1String("none")), qPrintable(shown.out));
        QVERIFY2(shown.out.contains(QLatin1String("accepted")), qPrintable(shown.out));
    }

    void enrollmentGivesTheStationTheKey() {
        const CliRun enrolled = runCli({QStringLiteral("sync"), QStringLiteral("--data-dir"),
                                        m_station, QStringLiteral("--server"),
                                        m_server.baseUrl().toString(), QStringLiteral("--ca"),
                                        m_server.certificatePath(), QStringLiteral("--enroll-code"),
                                        m_server.enrollmentCode(QStringLiteral("GZ-TH-0001"))});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.out + enrolled.err));

        QFile pub(m_province + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QByteArray key = QByteArray::fromHex(pub.readAll().trimmed());
        const QString fingerprint = protocol::residentCodeKeyFingerprint(key);
        QVERIFY2(enrolled.out.contains(fingerprint), qPrintable(enrolled.out));

        const StationSettings settings(settingsPath(m_station));
        QCOMPARE(settings.provinceCodeKey(), key);
        QCOMPARE(settings.provinceCodeKeySource(), StationSettings::keyFromEnrollment());
        QVERIFY(settings.provinceCodeKeyReceivedAt().isValid());

        const CliRun shown =
            runCli({QStringLiteral("signed-codes"), QStringLiteral("--data-dir"), m_station});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains(fingerprint), qPrintable(shown.out));
        QVERIFY2(shown.out.contains(QLatin1String("enrollment")), qPrintable(shown.out));
        QVERIFY2(shown.out.contains(QLatin1String("refused")), qPrintable(shown.out));
    }

    void scanTakesSignedCodesAndRefusesForgedOnes() {
        const QString good = residentCode(1, m_province + QStringLiteral(".key"));
        const QString forged = residentCode(2, m_forger + QStringLiteral(".key"));
        const QString unsignedCode = residentCode(3);
        QVERIFY(!good.isEmpty() && !forged.isEmpty() && !unsignedCode.isEmpty());
        QString errors;
        const QList<QJsonObject> outcomes =
            scan(m_station, {QStringLiteral("TB00000001"), good, forged, unsignedCode}, &errors);
        QCOMPARE(outcomes.size(), 4);
        const auto word = [&](int i) { return outcomes.at(i).value(QStringLiteral("outcome")); };
        const auto message = [&](int i) {
            return outcomes.at(i).value(QStringLiteral("message")).toString();
        };
        QCOMPARE(word(0).toString(), QStringLiteral("recorded"));
        QVERIFY2(word(1).toString() == QLatin1String("recorded"), qPrintable(message(1) + errors));
        QCOMPARE(word(2).toString(), QStringLiteral("refused"));
        QVERIFY2(message(2).contains(QLatin1String("may be forged")), qPrintable(message(2)));
        QCOMPARE(word(3).toString(), QStringLiteral("refused"));
        QVERIFY2(message(3).contains(QLatin1String("not signed")), qPrintable(message(3)));
        for (int i : {2, 3}) {
            QVERIFY(!message(i).contains(kPerson));
            QVERIFY(!message(i).contains(idNumber(i).right(6)));
        }
        QCOMPARE(outcomes.at(3).value(QStringLiteral("count")).toInt(), 1);
    }

    void siteMayAcceptUnsignedCodes() {
        const CliRun chosen =
            runCli({QStringLiteral("signed-codes"), QStringLiteral("--data-dir"), m_station,
                    QStringLiteral("--accept-unsigned"), QStringLiteral("yes")});
        QCOMPARE(chosen.exitCode, 0);
        QVERIFY2(chosen.out.contains(QLatin1String("accepted")), qPrintable(chosen.out));
        const QString unsignedCode = residentCode(4);
        const QString forged = residentCode(5, m_forger + QStringLiteral(".key"));
        QString errors;
        const QList<QJsonObject> outcomes = scan(m_station, {unsignedCode, forged}, &errors);
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes.at(0).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("recorded"));
        // A signature that does not match is refused whatever the site chose.
        QCOMPARE(outcomes.at(1).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("refused"));

        const CliRun wrong =
            runCli({QStringLiteral("signed-codes"), QStringLiteral("--data-dir"), m_station,
                    QStringLiteral("--accept-unsigned"), QStringLiteral("maybe")});
        QCOMPARE(wrong.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_CliSignedCodes)
#include "tst_cli_signedcodes.moc"
