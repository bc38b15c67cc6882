// SPDX-License-Identifier: GPL-3.0-or-later
// One table, two front ends: the same scans through `sampling-station-cli scan` and through
// the main window (scanner key bursts through the key filter, dialogs answered on screen) must
// leave the same tubes, samples, outbox records and audit actions. Both stations are set up by
// `init` alike, so they differ only in what cannot be alike (uuids, times, data keys).
#include "TableDriver.h"
#include "core/security/PersonalDataAccess.h"
#include "core/storage/Journal.h"
#include "tests/support/CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery");

// One step of the script: a scanned text, and the answer to the question it raises (empty:
// none is expected).
struct Step {
    QString scan;
    QString answer;
};

ResidentCode withWrongCheckCharacter(int n) {
    ResidentCode r = resident(n);
    const QChar last = r.idNumber.back();
    r.idNumber.chop(1);
    r.idNumber.append(last == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'));
    return r;
}

// A morning at a table: a tube of ten filled (it seals itself), a second tube with a
// duplicate, a text that is no code, a person sampled earlier today (re-test confirmed), a
// code with a wrong check character, a second tube code while a tube is open (refused).
QList<Step> morningScript() {
    QList<Step> steps;
    steps.append({tubeCode(1), {}});
    for (int n = 1; n <= 10; ++n)
        steps.append({residentScan(resident(n, QStringLiteral("陈秀英%1").arg(n))), {}});
    steps.append({tubeCode(2), {}});
    steps.append({residentScan(11), {}});
    steps.append({residentScan(11), {}});
    steps.append({QStringLiteral("hello"), {}});
    steps.append({residentScan(resident(1, QStringLiteral("陈秀英1"))), QStringLiteral("yes")});
    steps.append({residentScan(withWrongCheckCharacter(12)), {}});
    steps.append({tubeCode(3), {}});
    steps.append({residentScan(13), {}});
    return steps;
}

// What the two stations must share, in order, without uuids, times and ciphertext.
struct Snapshot {
    QStringList tubes;
    QStringList samples;
    QStringList records;
    QStringList audit;
};

// Drops what differs between two stations set up alike: identifiers, times, the station's
// own uuid.
QJsonValue withoutVolatile(const QJsonValue &v) {
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &e : v.toArray())
            out.append(withoutVolatile(e));
        return out;
    }
    if (!v.isObject())
        return v;
    QJsonObject out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString k = it.key();
        if (k.contains(QLatin1String("uuid")) || k == QLatin1String("at") ||
            k.endsWith(QLatin1String("_at")) || k == QLatin1String("station") ||
            k == QLatin1String("person_key"))
            continue;
        out.insert(k, withoutVolatile(it.value()));
    }
    return out;
}

Snapshot snapshot(const QString &dataDir) {
    Snapshot s;
    Database db;
    const Status opened = db.open(databasePath(dataDir));
    if (!opened.ok()) {
        qWarning() << opened.message();
        return s;
    }
    const auto codec = unlockPersonalData(db, kPassphrase);
    if (!codec.ok()) {
        qWarning() << codec.message();
        return s;
    }
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT code, pool_size, state, coalesce(seal_reason, '') FROM tubes "
                          "ORDER BY id"));
    while (q.next())
        s.tubes << QStringLiteral("%1 %2 %3 %4")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString());
    q.exec(QStringLiteral(
        "SELECT t.code, s.position, s.state, s.id_type, s.id_masked, s.id_tail, "
        "coalesce(s.registration_id, ''), s.entry_method, s.retest_confirmed, o.staff_id "
        "FROM samples s JOIN tubes t ON t.id = s.tube_id JOIN operators o ON o.id = "
        "s.operator_id ORDER BY s.id"));
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < 10; ++i)
            row << q.value(i).toString();
        s.samples << row.join(QLatin1Char(' '));
    }
    q.exec(QStringLiteral("SELECT uuid, kind, payload FROM outbox ORDER BY seq"));
    while (q.next()) {
        const std::optional<QByteArray> bytes =
            outboxPayloadBytes(*codec.value(), q.value(2).toByteArray(), q.value(0).toString());
        const QJsonValue content =
            withoutVolatile(QJsonDocument::fromJson(bytes.value_or(QByteArray())).object());
        s.records << q.value(1).toString() + QLatin1Char(' ') +
                         QString::fromUtf8(
                             QJsonDocument(content.toObject()).toJson(QJsonDocument::Compact));
    }
    q.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY id"));
    while (q.next())
        s.audit << q.value(0).toString();
    return s;
}

bool initStation(const QString &dir) {
    return provisionCliStation(dir);
}

// The main window on a station that `init` set up, unlocked as the app unlocks it.
class WindowOnStation {
public:
    explicit WindowOnStation(const QString &dataDir)
        : settings(quietSettings(dataDir)) {
        QVERIFY(db.open(databasePath(dataDir)).ok());
        store = std::make_unique<StationStore>(db);
        auto unlocked = unlockPersonalData(db, kPassphrase);
        QVERIFY2(unlocked.ok(), qPrintable(unlocked.message()));
        codec = unlocked.value();
        service = std::make_unique<SamplingService>(db, *codec, *store->identity());
        table = std::make_unique<TableWorkflow>(*service);
        window = std::make_unique<MainWindow>(*store, *table, *settings);
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
    }

    void signIn() {
        LoginScreen *login = window->loginScreen();
        login->staffIdField()->setFocus();
        typeText(login->staffIdField(), QStringLiteral("S001"));
        QTest::keyClick(login->staffIdField(), Qt::Key_Tab);
        typeText(login->pinField(), QStringLiteral("246810"));
        QTest::keyClick(login->pinField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!login->isChecking(), TableDriver::kPinCheckTimeoutMs);
        QVERIFY(window->samplingScreen()->isVisible());
    }

    void scan(const Step &step) {
        ScanField *field = window->samplingScreen()->scanField();
        if (!window->isActiveWindow()) {
            window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(window.get()));
        }
        bool asked = false;
        if (!step.answer.isEmpty()) {
            onNextDialog([&asked](QWidget *dialog) {
                auto *box = qobject_cast<QMessageBox *>(dialog);
                QVERIFY(box);
                auto *yes = box->findChild<QPushButton *>(QStringLiteral("retestYes"));
                QVERIFY(yes);
                asked = true;
                QTest::mouseClick(yes, Qt::LeftButton);
            });
        }
        // The keys go through the keyboard-wedge filter as a scanner sends them (3 ms apart);
        // the scan it recognises is handed to the window, as the station's wiring does.
        scan::HidScanEventFilter wedge;
        QStringList scans;
        QObject::connect(&wedge, &scan::Scanner::scanned,
                         [&scans](const QString &s) { scans.append(s); });
        QVERIFY(wedge.start());
        m_clockMs += 10000;
        sendTimedKeys(field, step.scan + QLatin1Char('\r'), m_clockMs, 3);
        wedge.stop();
        QCOMPARE(scans, QStringList{step.scan});
        window->onScanned(scans.constFirst(), EntryMethod::Scanner);
        if (!step.answer.isEmpty())
            QTRY_VERIFY(asked);
    }

    Database db;
    std::unique_ptr<StationSettings> settings;
    std::unique_ptr<StationStore> store;
    std::shared_ptr<PersonalDataCodec> codec;
    std::unique_ptr<SamplingService> service;
    std::unique_ptr<TableWorkflow> table;
    std::unique_ptr<MainWindow> window;

private:
    ulong m_clockMs = 1000;
};

} // namespace

class TestCliWindowParity : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameScansSameDatabase();
};

void TestCliWindowParity::sameScansSameDatabase() {
    QTemporaryDir cliDir;
    QTemporaryDir windowDir;
    QVERIFY(cliDir.isValid() && windowDir.isValid());
    QVERIFY(initStation(cliDir.path()));
    QVERIFY(initStation(windowDir.path()));
    const QList<Step> steps = morningScript();

    // The command line: one line a scan, the answer to a question on the next line.
    QByteArray input;
    for (const Step &step : steps) {
        input += step.scan.toUtf8() + '\n';
        if (!step.answer.isEmpty())
            input += step.answer.toUtf8() + '\n';
    }
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STATION_OPERATOR_PIN"), QStringLiteral("246810"));
    env.insert(QStringLiteral("STATION_SITE_PASSPHRASE"), kPassphrase);
    cli.setProcessEnvironment(env);
    cli.start(cliExecutable(), {QStringLiteral("scan"), QStringLiteral("--data-dir"), cliDir.path(),
                                QStringLiteral("--operator"), QStringLiteral("S001")});
    QVERIFY(cli.waitForStarted());
    cli.write(input);
    cli.closeWriteChannel();
    QVERIFY(QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 180000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    // Refused scans are in the script, so the exit code says "something was refused".
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY2(out.contains(QLatin1String("\"outcome\":\"question\"")), qPrintable(out + err));

    // The window: the same scans as key events, the re-test confirmed in its dialog.
    {
        WindowOnStation w(windowDir.path());
        if (QTest::currentTestFailed())
            return;
        w.signIn();
        if (QTest::currentTestFailed())
            return;
        for (const Step &step : steps) {
            w.scan(step);
            if (QTest::currentTestFailed())
                return;
        }
    }

    const Snapshot a = snapshot(cliDir.path());
    const Snapshot b = snapshot(windowDir.path());
    // The script did what it says, so the comparison is not between two empty stations.
    QVERIFY2(a.tubes.size() == 2, qPrintable(a.tubes.join(QLatin1Char('\n')) + out));
    QVERIFY2(a.tubes.at(0).startsWith(tubeCode(1) + QLatin1String(" 10 sealed")),
             qPrintable(a.tubes.join(QLatin1Char('\n'))));
    QVERIFY2(a.samples.size() == 13, qPrintable(a.samples.join(QLatin1Char('\n'))));
    QVERIFY(a.samples.at(11).endsWith(QLatin1String(" 1 S001"))); // the confirmed re-test
    // Two tubes opened, thirteen samples, one tube sealed; no decoded payload is empty.
    QVERIFY2(a.records.size() == 16, qPrintable(a.records.join(QLatin1Char('\n'))));
    QVERIFY(!a.records.join(QString()).contains(QLatin1String("{}")));
    QVERIFY(a.audit.size() >= a.records.size());
    QCOMPARE(b.tubes, a.tubes);
    QCOMPARE(b.samples, a.samples);
    QCOMPARE(b.records.size(), a.records.size());
    for (int i = 0; i < a.records.size(); ++i)
        QCOMPARE(b.records.at(i), a.records.at(i));
    QCOMPARE(b.audit, a.audit);
}

QTEST_MAIN(TestCliWindowParity)
#include "tst_cli_window_parity.moc"
