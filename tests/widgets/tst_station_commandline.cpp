// SPDX-License-Identifier: GPL-3.0-or-later
// The built sampling-station as a process: --help, --version and usage errors answer with no
// display at all (over SSH, in a build); a --data-dir that does not exist is refused, never a
// new empty station; a second window on a data folder names the running one and stays off it;
// the system's stop signal (a shutdown, a logout) closes it as its window does.
#include "tests/support/CliRun.h"
#include "tests/support/TestData.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString stationExecutable() {
    return station::test::buildDir() + QStringLiteral("/app/sampling-station");
}

// No display of any kind: no platform chosen, no X11 or Wayland server to reach.
QProcessEnvironment withoutDisplay() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

struct Run {
    int exitCode = -1; // -1: crashed or still running after the timeout
    QString out;
    QString err;
};

Run runStation(const QStringList &args, const QProcessEnvironment &env) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(stationExecutable(), args);
    if (!p.waitForStarted() || !p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {-1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// A window on the offscreen platform, started and left running; its standard error is
// collected as it comes.
class Window {
public:
    explicit Window(const QStringList &args) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(
            QStringLiteral("STATION_SITE_PASSPHRASE"),
            station::test::cliTestSecrets().value(QStringLiteral("STATION_SITE_PASSPHRASE")));
        m_process.setProcessEnvironment(env);
        m_process.start(stationExecutable(), args);
    }
    ~Window() {
        m_process.kill();
        m_process.waitForFinished();
    }
    QProcess &process() { return m_process; }
    // Waits until standard error holds `text`.
    bool waitForError(const QString &text, QString *seen) {
        const bool found = QTest::qWaitFor(
            [&] {
                m_err += QString::fromUtf8(m_process.readAllStandardError());
                return m_err.contains(text) || m_process.state() == QProcess::NotRunning;
            },
            60000);
        m_err += QString::fromUtf8(m_process.readAllStandardError());
        *seen = m_err;
        return found && m_err.contains(text);
    }

private:
    QProcess m_process;
    QString m_err;
};

} // namespace

class tst_StationCommandLine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void helpWithoutDisplay() {
        const Run r = runStation({QStringLiteral("--help")}, withoutDisplay());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QLatin1String("Usage: sampling-station [options]")),
                 qPrintable(r.out));
        for (const char *option : {"--data-dir", "--lang", "--version", "--screenshot",
                                   "--site-passphrase-file", "--video-source"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }

    void versionWithoutDisplay() {
        const Run r = runStation({QStringLiteral("--version")}, withoutDisplay());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("sampling-station " STATION_VERSION));
    }

    void unknownOptionWithoutDisplay() {
        const Run r =
            runStation({QStringLiteral("--data-dri"), QStringLiteral("/tmp")}, withoutDisplay());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("data-dri")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("sampling-station --help")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void strayArgumentIsAUsageError() {
        const Run r = runStation({QStringLiteral("station-folder")}, withoutDisplay());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("station-folder")), qPrintable(r.err));
    }

    // The standard options of a Qt application still reach it.
    void qtOptionsAreNoUsageError() {
        const Run r = runStation(
            {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--version")},
            withoutDisplay());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("sampling-station " STATION_VERSION));
    }

    // A mistyped --data-dir is refused (the window would otherwise open the first-run wizard
    // on a new empty folder), and nothing is created there.
    void missingDataFolderIsRefused() {
        QTemporaryDir parent;
        const QString missing = QDir(parent.path()).filePath(QStringLiteral("statoin"));
        Window window({QStringLiteral("--data-dir"), missing});
        QString err;
        QVERIFY2(window.waitForError(QStringLiteral("does not exist"), &err), qPrintable(err));
        QVERIFY2(err.contains(QDir::toNativeSeparators(missing)), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("sampling-station-cli init")), qPrintable(err));
        QVERIFY(!QFileInfo::exists(missing));
    }

    // Two windows on one data folder: the second names the first (process, computer) and
    // does not open the station.
    void secondWindowNamesTheFirst() {
        QTemporaryDir dir;
        QVERIFY(station::test::provisionCliStation(dir.path()));
        const QString lockFile = dir.filePath(QStringLiteral("sampling-station.lock"));

        Window first({QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(first.process().waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(lockFile); }, 60000));

        Window second({QStringLiteral("--data-dir"), dir.path()});
        QString err;
        QVERIFY2(second.waitForError(QStringLiteral("already open"), &err), qPrintable(err));
        QVERIFY2(err.contains(QString::number(first.process().processId())), qPrintable(err));
        QVERIFY(first.process().state() == QProcess::Running);

        // Once the first is gone (here: killed, as by a crash), a new window takes over.
        first.process().kill();
        QVERIFY(first.process().waitForFinished());
        second.process().kill();
        QVERIFY(second.process().waitForFinished());
        Window third({QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(third.process().waitForStarted());
        const QByteArray thirdPid = QByteArray::number(third.process().processId());
        const auto lockHolder = [&] {
            QFile file(lockFile);
            return file.open(QIODevice::ReadOnly) ? file.readLine().trimmed() : QByteArray();
        };
        QVERIFY2(QTest::qWaitFor([&] { return lockHolder() == thirdPid; }, 60000),
                 lockHolder().constData());
        QVERIFY(third.process().state() == QProcess::Running);
    }

    // A laptop shut down (or its session ended) sends SIGTERM: the station closes as its window
    // does and records a clean stop, so the next start does not say it "recovered from an
    // unexpected stop" after an ordinary shutdown. The window was killed outright before.
    void stopSignalClosesTheStationCleanly() {
        QTemporaryDir dir;
        QVERIFY(station::test::provisionCliStation(dir.path()));
        Window window({QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(window.process().waitForStarted());
        const QString settingsFile = dir.filePath(QStringLiteral("settings.ini"));
        const auto windowRunning = [&] {
            return QSettings(settingsFile, QSettings::IniFormat)
                .value(QStringLiteral("session/windowRunning"))
                .toBool();
        };
        QVERIFY2(QTest::qWaitFor(windowRunning, 60000), "the window never said it was running");
        QVERIFY(window.process().state() == QProcess::Running);
        window.process().terminate(); // SIGTERM
        QVERIFY(window.process().waitForFinished(60000));
        QCOMPARE(window.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(window.process().exitCode(), 0);
        QString err;
        QVERIFY2(window.waitForError(QStringLiteral("asked to stop by signal 15"), &err),
                 qPrintable(err));
        QVERIFY(!windowRunning());
    }
};

QTEST_GUILESS_MAIN(tst_StationCommandLine)
#include "tst_station_commandline.moc"
