// SPDX-License-Identifier: GPL-3.0-or-later
// Joining a site hub from the window, driven with keys against a real province-server over
// TLS on loopback: the join code typed (as a handheld scanner types it) into Settings' "Join a
// site hub" and into the first-run wizard, where Enter ends the code and never saves or closes
// the dialog; a code with a wrong fingerprint changes nothing; a join code scanned at the table
// is refused with where it goes. "If the hub is out of reach": the province's join code
// scanned after "Scan the province's join code…" enrolls the fallback, a refused one leaves the
// former fallback in force and says why, and Remove (after a question) takes it away.
#include "core/storage/StationPaths.h"
#include "core/sync/FallbackEnrollment.h"
#include "core/sync/HubJoin.h"
#include "core/sync/SyncSettings.h"
#include "protocol/JoinCode.h"
#include "tests/support/ServerProcess.h"
#include "tests/widgets/TableDriver.h"
#include "widgets/FirstRunWizard.h"
#include "widgets/SettingsDialog.h"
#include "widgets/sync/HubJoinPanel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

constexpr int kJoinTimeoutMs = 60000; // a guard against hanging, not a speed assertion

QString printedJoinCode(const ServerProcess &server) {
    const QString out = server.runAdmin({QStringLiteral("join-code"), QStringLiteral("--site"),
                                         QStringLiteral("GZ-TH-0001"), QStringLiteral("--url"),
                                         server.baseUrl().toString(), QStringLiteral("--cert"),
                                         server.certificatePath()});
    return out.trimmed().section(QLatin1Char('\n'), -1);
}

QString withWrongFingerprint(const QString &code) {
    protocol::JoinCode parsed = *protocol::parseJoinCode(code);
    parsed.certificateSha256.fill('\x42');
    return protocol::formatJoinCode(parsed);
}

// What a keyboard-wedge scanner types into the focused field: the code, then Enter.
void typeCode(QLineEdit *field, const QString &code) {
    field->setFocus();
    typeText(field, code);
    QTest::keyClick(field, Qt::Key_Return);
}

void fillWizard(FirstRunWizard &wizard) {
    wizard.siteNameField()->setText(QStringLiteral("天河体育中心"));
    wizard.districtField()->setText(QStringLiteral("440106"));
    wizard.tableField()->setValue(4);
    wizard.staffIdField()->setText(QStringLiteral("S001"));
    wizard.operatorNameField()->setText(QStringLiteral("李娜"));
    wizard.pinField()->setText(QStringLiteral("246810"));
    wizard.pinAgainField()->setText(QStringLiteral("246810"));
    wizard.passphraseField()->setText(QStringLiteral("tianhe-2026-site"));
    wizard.passphraseAgainField()->setText(QStringLiteral("tianhe-2026-site"));
}

bool startServer(ServerProcess &server) {
    QString error;
    if (!server.prepare(&error) || !server.start(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

} // namespace

class tst_HubJoinWidgets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void settingsJoinsWithTheTypedCode();
    void settingsRefusesAWrongFingerprint();
    void wizardJoinsAfterSettingUp();
    void wizardStaysSetUpWhenTheJoinFails();
    void wizardTakesAnotherTableNumberWhenTheHubRefusesIt();
    void tableRefusesAScannedJoinCode();
    void settingsShowWhereRecordsGoWhenTheHubIsAway();
    void settingsEnrollAndRemoveTheProvinceAsFallback();
    void settingsKeepTheFormerFallbackWhenTheProvinceRefuses();
};

void tst_HubJoinWidgets::settingsJoinsWithTheTypedCode() {
    ServerProcess server;
    QVERIFY(startServer(server));
    const QString code = printedJoinCode(server);
    QVERIFY2(protocol::parseJoinCode(code), qPrintable(code));
    TableDriver t;
    const QString dataDir = t.f.dir.path();
    t.window.setDataDir(dataDir);
    QSignalSpy joined(&t.window, &MainWindow::hubJoined);
    t.signIn();
    bool checked = false;
    onNextDialog([&](QWidget *widget) {
        auto *dialog = qobject_cast<SettingsDialog *>(widget);
        QVERIFY(dialog);
        HubJoinPanel *panel = dialog->hubJoinPanel();
        QVERIFY(panel);
        QVERIFY(panel->codeField()->isEnabled());
        QVERIFY(dialog->syncServerField()->text().contains(QLatin1String("No server")));
        typeCode(panel->codeField(), code);
        // Enter ended the code: the dialog neither saved nor closed.
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isJoining(), kJoinTimeoutMs);
        QVERIFY2(panel->statusText().contains(QLatin1String("Joined")),
                 qPrintable(panel->statusText()));
        QVERIFY(dialog->syncServerField()->text().contains(server.baseUrl().toString()));
        QCOMPARE(joined.size(), 1);
        checked = true;
        dialog->reject(); // a join applies without Save
    });
    t.key(Qt::Key_F10);
    QVERIFY(checked);
    QCOMPARE(loadSyncSettings(dataDir).serverUrl, server.baseUrl());
    QVERIFY(!readDeviceToken(dataDir).isEmpty());
}

void tst_HubJoinWidgets::settingsRefusesAWrongFingerprint() {
    ServerProcess server;
    QVERIFY(startServer(server));
    const QString code = withWrongFingerprint(printedJoinCode(server));
    TableDriver t;
    const QString dataDir = t.f.dir.path();
    t.window.setDataDir(dataDir);
    t.signIn();
    const QByteArray settingsBefore = [&] {
        QFile f(settingsPath(dataDir));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    bool checked = false;
    onNextDialog([&](QWidget *widget) {
        auto *dialog = qobject_cast<SettingsDialog *>(widget);
        QVERIFY(dialog);
        HubJoinPanel *panel = dialog->hubJoinPanel();
        QVERIFY(panel);
        // As a scanner's scan reaches the window while Settings is open.
        t.window.onScanned(code, EntryMethod::Scanner);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isJoining(), kJoinTimeoutMs);
        QVERIFY2(panel->statusText().contains(QLatin1String("different certificate")),
                 qPrintable(panel->statusText()));
        QVERIFY(dialog->syncServerField()->text().contains(QLatin1String("No server")));
        checked = true;
        dialog->reject();
    });
    t.key(Qt::Key_F10);
    QVERIFY(checked);
    QFile after(settingsPath(dataDir));
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), settingsBefore);
    QVERIFY(readDeviceToken(dataDir).isEmpty());
    QVERIFY(!QFile::exists(pinnedCaCopyPath(dataDir)));
}

void tst_HubJoinWidgets::wizardJoinsAfterSettingUp() {
    ServerProcess server;
    QVERIFY(startServer(server));
    const QString code = printedJoinCode(server);
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(databasePath(dir.path())).ok());
    StationStore store(db);
    FirstRunWizard wizard(db, store);
    wizard.enableHubJoin(dir.path(), QStringLiteral("none"));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    HubJoinPanel *panel = wizard.hubJoinPanel();
    QVERIFY(panel);
    QVERIFY(!panel->cameraButton()->isVisible()); // no camera chosen
    typeCode(panel->codeField(), code);
    // The code gave the site; Enter set nothing up.
    QCOMPARE(wizard.siteCodeField()->text(), QStringLiteral("GZ-TH-0001"));
    QVERIFY(wizard.isVisible());
    QVERIFY(!store.isProvisioned());
    fillWizard(wizard);
    QTest::keyClick(wizard.passphraseAgainField(), Qt::Key_Return); // the default button
    // Review 37: joined, the wizard says so (and as which table) before sign-in.
    QTRY_VERIFY_WITH_TIMEOUT(wizard.problemText().startsWith(QLatin1String("Joined the site hub")),
                             kJoinTimeoutMs);
    QVERIFY2(wizard.problemText().contains(QLatin1String("Table 4")),
             qPrintable(wizard.problemText()));
    QVERIFY(wizard.isVisible());
    wizard.accept(); // Continue
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QVERIFY(store.isProvisioned());
    QCOMPARE(loadSyncSettings(dir.path()).serverUrl, server.baseUrl());
    QVERIFY(!readDeviceToken(dir.path()).isEmpty());
}

void tst_HubJoinWidgets::wizardStaysSetUpWhenTheJoinFails() {
    ServerProcess server;
    QVERIFY(startServer(server));
    const QString code = withWrongFingerprint(printedJoinCode(server));
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(databasePath(dir.path())).ok());
    StationStore store(db);
    FirstRunWizard wizard(db, store);
    wizard.enableHubJoin(dir.path(), QStringLiteral("none"));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    HubJoinPanel *panel = wizard.hubJoinPanel();
    typeCode(panel->codeField(), code);
    fillWizard(wizard);
    wizard.accept();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isProvisioned() && !panel->isJoining() &&
                                 wizard.problemText().contains(QLatin1String("did not join")),
                             kJoinTimeoutMs);
    QVERIFY(wizard.isVisible());
    QVERIFY(store.isProvisioned());
    QVERIFY(!wizard.siteCodeField()->isEnabled()); // set up for good
    QVERIFY(readDeviceToken(dir.path()).isEmpty());
    QVERIFY(!loadSyncSettings(dir.path()).isConfigured());
    // No code: finish now, join later in Settings.
    panel->codeField()->clear();
    wizard.accept();
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
}

// Review 37: a join refused because another station of the site has the table number
// (table_taken) said "Nothing was saved. Scan the join code again and press Finish" with every
// field greyed out, so the next scan failed the same way. The wizard now names the free
// numbers, keeps the table number editable (no device token yet), and a scan of the code
// joins with the number chosen.
void tst_HubJoinWidgets::wizardTakesAnotherTableNumberWhenTheHubRefusesIt() {
    ServerProcess server;
    QVERIFY(startServer(server));
    // Table 4 is another station's already.
    QTemporaryDir otherDir;
    HubJoin other(otherDir.path());
    QSignalSpy otherJoined(&other, &HubJoin::succeeded);
    other.start(printedJoinCode(server),
                {QStringLiteral("GZ-TH-0001"), QStringLiteral("other-table-4"), 4});
    QTRY_VERIFY_WITH_TIMEOUT(!other.isRunning(), kJoinTimeoutMs);
    QCOMPARE(otherJoined.size(), 1);

    const QString code = printedJoinCode(server);
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(databasePath(dir.path())).ok());
    StationStore store(db);
    FirstRunWizard wizard(db, store);
    wizard.enableHubJoin(dir.path(), QStringLiteral("none"));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    HubJoinPanel *panel = wizard.hubJoinPanel();
    typeCode(panel->codeField(), code);
    fillWizard(wizard); // table 4
    wizard.accept();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isProvisioned() && !panel->isJoining() &&
                                 !wizard.problemText().contains(QLatin1String("Joining")),
                             kJoinTimeoutMs);
    const QString refusal = wizard.problemText();
    QVERIFY2(refusal.contains(QLatin1String("Table 4 is already used at this site (free: 1, 2, "
                                            "3)")),
             qPrintable(refusal));
    // The problem first; the button it names is the one shown (review 37).
    QVERIFY2(refusal.startsWith(QLatin1String("Table 4 is already used")), qPrintable(refusal));
    QVERIFY2(refusal.contains(QLatin1String("Choose another table number and press Join again")),
             qPrintable(refusal));
    QVERIFY2(refusal.contains(QLatin1String("nothing is lost")), qPrintable(refusal));
    QVERIFY2(!refusal.contains(QLatin1String("Nothing was saved")), qPrintable(refusal));
    QVERIFY(readDeviceToken(dir.path()).isEmpty());
    // Its opening line no longer says the station is not set up yet.
    QStringList labels;
    for (const QLabel *label : wizard.findChildren<QLabel *>())
        labels << label->text();
    QVERIFY2(labels.contains(QStringLiteral("This station is set up.")),
             qPrintable(labels.join(QLatin1Char('|'))));
    QVERIFY2(!labels.join(QLatin1Char('|')).contains(QLatin1String("not set up yet")),
             qPrintable(labels.join(QLatin1Char('|'))));
    QVERIFY(!wizard.siteCodeField()->isEnabled());
    QVERIFY(wizard.tableField()->isEnabled());
    auto *buttons = wizard.findChild<QDialogButtonBox *>();
    QVERIFY(buttons->button(QDialogButtonBox::Cancel)->isEnabled()); // Finish: join later

    // Another number, then the code scanned again: joined as that table.
    wizard.tableField()->setFocus();
    wizard.tableField()->selectAll();
    QTest::keyClicks(wizard.tableField(), QStringLiteral("5"));
    QCOMPARE(wizard.tableField()->value(), 5);
    panel->codeField()->clear();
    typeCode(panel->codeField(), code);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.problemText().startsWith(QLatin1String("Joined the site hub")),
                             kJoinTimeoutMs);
    QVERIFY2(wizard.problemText().contains(QLatin1String("Table 5")),
             qPrintable(wizard.problemText()));
    QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(), QStringLiteral("Continue"));
    QTest::keyClick(buttons->button(QDialogButtonBox::Ok), Qt::Key_Space);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(store.identity()->tableNumber, 5);
    QVERIFY(!readDeviceToken(dir.path()).isEmpty());
    QCOMPARE(loadSyncSettings(dir.path()).serverUrl, server.baseUrl());
}

void tst_HubJoinWidgets::tableRefusesAScannedJoinCode() {
    TableDriver t;
    t.signIn();
    const QString code =
        QStringLiteral("SSJOIN1;U=https://192.168.1.20:8443;F=%1;S=GZ-TH-0001;C=ABCD-EFGH")
            .arg(QString(64, QLatin1Char('a')));
    t.scan(code);
    QCOMPARE(t.banner()->look(), StatusBanner::Look::Refusal);
    QVERIFY2(t.banner()->text().contains(QLatin1String("Join a site hub")),
             qPrintable(t.banner()->text()));
    QVERIFY(!t.f.service->openTubeSnapshot());
}

void tst_HubJoinWidgets::settingsShowWhereRecordsGoWhenTheHubIsAway() {
    TableDriver t;
    const QString dataDir = t.f.dir.path();
    t.window.setDataDir(dataDir);
    SyncSettings sync;
    sync.serverUrl = QUrl(QStringLiteral("https://192.168.1.10:8443"));
    sync.fallbackUrl = QUrl(QStringLiteral("https://province.example:8443"));
    QVERIFY(saveSyncSettings(dataDir, sync).ok());
    t.signIn();
    QStringList shown;
    const auto look = [&] {
        onNextDialog([&](QWidget *widget) {
            auto *dialog = qobject_cast<SettingsDialog *>(widget);
            QVERIFY(dialog);
            shown << dialog->syncFallbackField()->text();
            dialog->reject();
        });
        t.key(Qt::Key_F10);
    };
    look(); // saved, but the province has given no token yet
    QVERIFY(writeFallbackToken(dataDir, QStringLiteral("province-token")).ok());
    look();
    QVERIFY(removeFallback(dataDir).ok());
    look();
    QCOMPARE(shown.size(), 3);
    QCOMPARE(shown.at(0), QStringLiteral("https://province.example:8443 (not enrolled yet)"));
    QCOMPARE(shown.at(1), QStringLiteral("Straight to the province at "
                                         "https://province.example:8443 once the hub has been out "
                                         "of reach for 10 min."));
    QVERIFY2(shown.at(2).contains(QLatin1String("no fallback")), qPrintable(shown.at(2)));
}

namespace {

// A station joined to a hub (no real one is needed: only the fallback is enrolled here).
void joinedToAHub(const QString &dataDir) {
    SyncSettings sync;
    sync.serverUrl = QUrl(QStringLiteral("https://192.168.1.10:8443"));
    QVERIFY(saveSyncSettings(dataDir, sync).ok());
    QVERIFY(writeDeviceToken(dataDir, QStringLiteral("hub-token")).ok());
}

} // namespace

void tst_HubJoinWidgets::settingsEnrollAndRemoveTheProvinceAsFallback() {
    ServerProcess province;
    QVERIFY(startServer(province));
    const QString code = printedJoinCode(province);
    QVERIFY2(protocol::parseJoinCode(code), qPrintable(code));
    TableDriver t;
    const QString dataDir = t.f.dir.path();
    t.window.setDataDir(dataDir);
    joinedToAHub(dataDir);
    QSignalSpy changed(&t.window, &MainWindow::hubJoined);
    t.signIn();
    bool checked = false;
    onNextDialog([&](QWidget *widget) {
        auto *dialog = qobject_cast<SettingsDialog *>(widget);
        QVERIFY(dialog);
        HubJoinPanel *panel = dialog->hubJoinPanel();
        QVERIFY(!dialog->fallbackRemoveButton()->isEnabled()); // no fallback yet
        QVERIFY(dialog->fallbackScanButton()->isEnabled());
        dialog->fallbackScanButton()->click();
        QVERIFY(dialog->fallbackScanButton()->isChecked());
        QCOMPARE(panel->target(), HubJoin::Target::Fallback);
        // Focus shows once the dialog's window is active, which a loaded machine may deliver
        // after the dialog is shown.
        QTRY_VERIFY(panel->codeField()->hasFocus());
        QVERIFY(dialog->hubJoinHint()->isHidden()); // the hub's how-to is not for this code
        typeCode(panel->codeField(), code);
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isJoining(), kJoinTimeoutMs);
        QVERIFY2(panel->statusText().contains(QLatin1String("Enrolled at the province")),
                 qPrintable(panel->statusText()));
        QVERIFY2(dialog->syncFallbackField()->text().contains(province.baseUrl().toString()),
                 qPrintable(dialog->syncFallbackField()->text()));
        QVERIFY(!dialog->syncFallbackField()->text().contains(QLatin1String("not enrolled")));
        // The hub stays where uploads go; the next code is the hub's again.
        QVERIFY(dialog->syncServerField()->text().contains(QLatin1String("192.168.1.10")));
        QVERIFY(!dialog->fallbackScanButton()->isChecked());
        QCOMPARE(panel->target(), HubJoin::Target::Primary);
        QVERIFY(!dialog->hubJoinHint()->isHidden());
        QVERIFY(dialog->fallbackRemoveButton()->isEnabled());
        QCOMPARE(changed.size(), 1); // the relay starts again with the fallback
        checked = true;
        dialog->reject(); // applies without Save
    });
    t.key(Qt::Key_F10);
    QVERIFY(checked);
    SyncSettings saved = loadSyncSettings(dataDir);
    QCOMPARE(saved.serverUrl, QUrl(QStringLiteral("https://192.168.1.10:8443")));
    QCOMPARE(saved.fallbackUrl, province.baseUrl());
    QVERIFY(!readFallbackToken(dataDir).isEmpty());
    QCOMPARE(readDeviceToken(dataDir), QStringLiteral("hub-token"));

    // Remove: asked first (No is the default: a scanner's Enter keeps it), then gone.
    checked = false;
    onNextDialog([&](QWidget *widget) {
        auto *dialog = qobject_cast<SettingsDialog *>(widget);
        QVERIFY(dialog);
        QString question;
        onNextDialog(
            [&](QWidget *box) {
                auto *messageBox = qobject_cast<QMessageBox *>(box);
                question = messageBox->text();
                QCOMPARE(messageBox->defaultButton(), messageBox->button(QMessageBox::No));
                messageBox->button(QMessageBox::Yes)->click();
            },
            [](QWidget *box) { return qobject_cast<QMessageBox *>(box) != nullptr; });
        dialog->fallbackRemoveButton()->click();
        QVERIFY2(question.contains(QLatin1String("wait at this station")), qPrintable(question));
        QVERIFY2(dialog->syncFallbackField()->text().contains(QLatin1String("no fallback")),
                 qPrintable(dialog->syncFallbackField()->text()));
        QVERIFY(!dialog->fallbackRemoveButton()->isEnabled());
        QCOMPARE(changed.size(), 2);
        checked = true;
        dialog->reject();
    });
    t.key(Qt::Key_F10);
    QVERIFY(checked);
    saved = loadSyncSettings(dataDir);
    QVERIFY(!saved.hasFallback());
    QCOMPARE(saved.serverUrl, QUrl(QStringLiteral("https://192.168.1.10:8443")));
    QVERIFY(readFallbackToken(dataDir).isEmpty());
    QVERIFY(!QFile::exists(fallbackCaCopyPath(dataDir)));
    QCOMPARE(readDeviceToken(dataDir), QStringLiteral("hub-token"));
}

void tst_HubJoinWidgets::settingsKeepTheFormerFallbackWhenTheProvinceRefuses() {
    ServerProcess province;
    QVERIFY(startServer(province));
    const QString code = withWrongFingerprint(printedJoinCode(province));
    TableDriver t;
    const QString dataDir = t.f.dir.path();
    t.window.setDataDir(dataDir);
    joinedToAHub(dataDir);
    const QUrl former(QStringLiteral("https://old-province.example:8443"));
    QVERIFY(saveFallback(dataDir,
                         {former, province.certificatePath(), 600, QStringLiteral("former-token")})
                .ok());
    const QByteArray settingsBefore = [&] {
        QFile f(settingsPath(dataDir));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QSignalSpy changed(&t.window, &MainWindow::hubJoined);
    t.signIn();
    bool checked = false;
    onNextDialog([&](QWidget *widget) {
        auto *dialog = qobject_cast<SettingsDialog *>(widget);
        QVERIFY(dialog);
        HubJoinPanel *panel = dialog->hubJoinPanel();
        dialog->fallbackScanButton()->click();
        // As the handheld scanner's scan reaches the window while Settings is open.
        t.window.onScanned(code, EntryMethod::Scanner);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isJoining(), kJoinTimeoutMs);
        QVERIFY2(panel->statusText().contains(QLatin1String("stays in force")),
                 qPrintable(panel->statusText()));
        QVERIFY2(dialog->syncFallbackField()->text().contains(former.toString()),
                 qPrintable(dialog->syncFallbackField()->text()));
        // Still waiting for the province's code: the next scan is tried as one again.
        QCOMPARE(panel->target(), HubJoin::Target::Fallback);
        checked = true;
        dialog->reject();
    });
    t.key(Qt::Key_F10);
    QVERIFY(checked);
    QCOMPARE(changed.size(), 0);
    QFile after(settingsPath(dataDir));
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), settingsBefore);
    QCOMPARE(readFallbackToken(dataDir), QStringLiteral("former-token"));
}

QTEST_MAIN(tst_HubJoinWidgets)
#include "tst_hubjoinwidgets.moc"
