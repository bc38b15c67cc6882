// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/widgets/TableDriver.h"

#include "core/security/RetentionPurge.h"
#include "core/staff/StaffService.h"
#include "protocol/ResidentCodeKey.h"
#include "widgets/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QSqlQuery>

using namespace station;
using namespace station::test;

class TestSettingsDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void savesThroughStationSettings_data();
    void savesThroughStationSettings();
    void retentionIsAnAdministratorsSetting();
    void f10OpensSettingsOnlyWhenSignedIn();
    void samplersChangeNothingAndChangesAreAudited();
    void printerAddressesAreChecked_data();
    void printerAddressesAreChecked();
    void hidPosDeviceIsChecked_data();
    void hidPosDeviceIsChecked();
    void tubeCheckDigitIsStoredWithTheStation();
    void provinceKeyFingerprintIsShown();
    void unsignedCodesChoiceAppliesAtOnce();
    void fitsALaptopScreen();
};

void TestSettingsDialog::printerAddressesAreChecked_data() {
    QTest::addColumn<QString>("labelPrinter");
    QTest::addColumn<QString>("manifestPrinter");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("none") << QString() << QString() << true;
    QTest::newRow("zebra and pdf")
        << QStringLiteral("zpl://10.0.0.5") << QStringLiteral("pdf:/tmp/manifests.pdf") << true;
    QTest::newRow("system printer") << QStringLiteral("Office_Laser") << QString() << true;
    QTest::newRow("zebra without host") << QStringLiteral("zpl://") << QString() << false;
    QTest::newRow("pdf without file") << QString() << QStringLiteral("pdf:") << false;
}

void TestSettingsDialog::printerAddressesAreChecked() {
    QFETCH(QString, labelPrinter);
    QFETCH(QString, manifestPrinter);
    QFETCH(bool, accepted);
    QTemporaryDir dir;
    const QString path = settingsPath(dir.path());
    {
        StationSettings settings(path);
        SettingsDialog dialog(settings);
        dialog.printerField()->setText(labelPrinter);
        dialog.manifestPrinterField()->setText(manifestPrinter);
        dialog.accept();
        QCOMPARE(dialog.result() == QDialog::Accepted, accepted);
        QCOMPARE(dialog.problemText().isEmpty(), accepted);
    }
    StationSettings reread(path);
    QCOMPARE(reread.printerName(), accepted ? labelPrinter : QString());
    QCOMPARE(reread.manifestPrinterName(), accepted ? manifestPrinter : QString());
}

void TestSettingsDialog::savesThroughStationSettings_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("sound");
    QTest::addColumn<int>("idle");
    QTest::addColumn<bool>("labelEachTube");
    QTest::newRow("chinese, quiet, 10 min") << QStringLiteral("zh_CN") << false << 10 << false;
    QTest::newRow("english, sound, 45 min, label each tube")
        << QStringLiteral("en") << true << 45 << true;
    QTest::newRow("system language") << QString() << true << 30 << false;
}

void TestSettingsDialog::savesThroughStationSettings() {
    QFETCH(QString, language);
    QFETCH(bool, sound);
    QFETCH(int, idle);
    QFETCH(bool, labelEachTube);
    QTemporaryDir dir;
    const QString path = settingsPath(dir.path());
    {
        StationSettings settings(path);
        SettingsDialog dialog(settings);
        dialog.languageField()->setCurrentIndex(dialog.languageField()->findData(language));
        dialog.soundField()->setChecked(sound);
        dialog.idleLockField()->setValue(idle);
        QVERIFY(!dialog.labelEachTubeField()->isChecked()); // off by default
        dialog.labelEachTubeField()->setChecked(labelEachTube);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    StationSettings reread(path);
    QCOMPARE(reread.language(), language);
    QCOMPARE(reread.soundEnabled(), sound);
    QCOMPARE(reread.idleLockMinutes(), idle);
    QCOMPARE(reread.printLabelForEachTube(), labelEachTube);
}

// How long personal data is kept: an administrator's setting. Read-only for others, and a
// value typed into the disabled field is not saved.
void TestSettingsDialog::retentionIsAnAdministratorsSetting() {
    QTemporaryDir dir;
    const QString path = settingsPath(dir.path());
    {
        StationSettings settings(path);
        QCOMPARE(settings.retentionDays(), kDefaultRetentionDays);
        SettingsDialog dialog(settings);
        QVERIFY(!dialog.retentionField()->isEnabled());
        dialog.retentionField()->setValue(3);
        dialog.accept();
    }
    QCOMPARE(StationSettings(path).retentionDays(), kDefaultRetentionDays);
    {
        StationSettings settings(path);
        SettingsDialog dialog(settings);
        dialog.setRetentionEditable(true);
        QVERIFY(dialog.retentionField()->isEnabled());
        dialog.retentionField()->setValue(0); // only by hand
        dialog.accept();
    }
    QCOMPARE(StationSettings(path).retentionDays(), 0);
}

void TestSettingsDialog::f10OpensSettingsOnlyWhenSignedIn() {
    TableDriver t;
    bool opened = false;
    // Locked: F10 does nothing (the login screen has focus).
    QTest::keyClick(t.window.loginScreen()->staffIdField(), Qt::Key_F10);
    QVERIFY(!QApplication::activeModalWidget());
    t.signIn();
    onNextDialog([&opened](QWidget *dialog) {
        opened = qobject_cast<SettingsDialog *>(dialog) != nullptr;
        auto *settings = static_cast<SettingsDialog *>(dialog);
        settings->idleLockField()->setValue(12);
        settings->cameraPreviewField()->setChecked(false);
        settings->accept();
    });
    QVERIFY(t.window.samplingScreen()->isCameraPreviewShown());
    t.key(Qt::Key_F10);
    QVERIFY(opened);
    QCOMPARE(t.settings->idleLockMinutes(), 12);
    // Applied at once, not at the next start.
    QCOMPARE(t.settings->cameraPreviewVisible(), false);
    QVERIFY(!t.window.samplingScreen()->isCameraPreviewShown());
    QCOMPARE(t.window.idleLockMilliseconds(), 12 * 60 * 1000);
}

// Who may change settings is core's table (SettingsAuthority): a sampler's Save is refused
// and leaves the file as it was; a site lead's change is one audit row, old and new value.
void TestSettingsDialog::samplersChangeNothingAndChangesAreAudited() {
    TableDriver t;
    t.signIn();
    const OperatorRef admin = t.f.service->currentOperator();
    StaffService staff(t.f.db, t.f.codec, *t.f.store->identity(), t.f.clock());
    const Result<IssuedPin> added = staff.add(
        {QStringLiteral("S009"), QStringLiteral("Sampler"), StaffRole::Sampler, {}}, admin);
    QVERIFY(added.ok());
    const Result<OperatorRef> sampler =
        staff.setOwnPin(QStringLiteral("S009"), added->oneTimePin, QStringLiteral("135792"));
    QVERIFY(sampler.ok());
    const auto auditRows = [&t] {
        QSqlQuery q(t.f.db.connection());
        return q.exec(QStringLiteral(
                   "SELECT count(*) FROM audit_log WHERE action = 'settings.changed'")) &&
                       q.next()
                   ? q.value(0).toInt()
                   : -1;
    };

    t.f.service->setOperator(sampler.value());
    QString refusal;
    onNextDialog([&refusal](QWidget *dialog) {
        auto *settings = static_cast<SettingsDialog *>(dialog);
        QVERIFY(!settings->printerField()->isEnabled());
        QVERIFY(!settings->retentionField()->isEnabled());
        settings->idleLockField()->setValue(25);
        settings->accept();
        refusal = settings->problemText();
        QVERIFY(settings->isVisible()); // still open, saying why
        settings->reject();
    });
    t.key(Qt::Key_F10);
    QCOMPARE(refusal, t.f.service->mayDo(StaffAction::ChangeSettings).message());
    QVERIFY(!refusal.isEmpty());
    QCOMPARE(StationSettings(t.settings->path()).idleLockMinutes(),
             StationSettings::kDefaultIdleLockMinutes);
    QCOMPARE(auditRows(), 0);

    t.f.service->setOperator(admin);
    onNextDialog([](QWidget *dialog) {
        auto *settings = static_cast<SettingsDialog *>(dialog);
        QVERIFY(settings->printerField()->isEnabled());
        settings->idleLockField()->setValue(25);
        settings->accept();
    });
    t.key(Qt::Key_F10);
    QCOMPARE(StationSettings(t.settings->path()).idleLockMinutes(), 25);
    QCOMPARE(auditRows(), 1);
    QSqlQuery q(t.f.db.connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT operator_id, detail FROM audit_log WHERE action = 'settings.changed'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), admin.id);
    const QJsonObject detail = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    QCOMPARE(detail.value(QStringLiteral("session/idleLockMinutes"))
                 .toObject()
                 .value(QStringLiteral("to"))
                 .toString(),
             QStringLiteral("25"));
}

void TestSettingsDialog::hidPosDeviceIsChecked_data() {
    QTest::addColumn<QString>("device");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("stored");
    QTest::newRow("none") << QString() << true << QString();
    QTest::newRow("auto") << QStringLiteral("Auto") << true << QStringLiteral("auto");
    QTest::newRow("vid:pid") << QStringLiteral(" 0C2E:0B61") << true << QStringLiteral("0c2e:0b61");
    QTest::newRow("a name") << QStringLiteral("honeywell") << false << QString();
    QTest::newRow("vid only") << QStringLiteral("0c2e") << false << QString();
}

void TestSettingsDialog::hidPosDeviceIsChecked() {
    QFETCH(QString, device);
    QFETCH(bool, accepted);
    QFETCH(QString, stored);
    QTemporaryDir dir;
    const QString path = settingsPath(dir.path());
    {
        StationSettings settings(path);
        SettingsDialog dialog(settings);
        dialog.hidPosDeviceField()->setText(device);
        dialog.accept();
        QCOMPARE(dialog.result() == QDialog::Accepted, accepted);
        QCOMPARE(dialog.problemText().isEmpty(), accepted);
        if (!accepted)
            QVERIFY(dialog.problemText().contains(QStringLiteral("VID:PID")));
    }
    QCOMPARE(StationSettings(path).hidPosDevice(), stored);
}

// A site rule: kept with the station (not settings.ini) and in force for the next scan.
void TestSettingsDialog::tubeCheckDigitIsStoredWithTheStation() {
    TableDriver t;
    t.signIn();
    QCOMPARE(t.f.service->identity().patterns.tubeCheckDigit, CheckDigitScheme::None);
    bool offered = false;
    onNextDialog([&offered](QWidget *dialog) {
        auto *settings = qobject_cast<SettingsDialog *>(dialog);
        QVERIFY(settings);
        offered = settings->tubeCheckDigit() == CheckDigitScheme::None;
        auto *field = settings->tubeCheckDigitField();
        field->setCurrentIndex(field->findData(static_cast<int>(CheckDigitScheme::Luhn)));
        settings->accept();
    });
    t.key(Qt::Key_F10);
    QVERIFY(offered);
    QCOMPARE(t.f.store->identity()->patterns.tubeCheckDigit, CheckDigitScheme::Luhn);
    QCOMPARE(t.f.service->identity().patterns.tubeCheckDigit, CheckDigitScheme::Luhn);
    // TB79927398713 carries a right Luhn digit; a misread last digit is refused.
    QVERIFY(!t.table.scan(QStringLiteral("TB79927398718"), EntryMethod::Scanner).recorded);
    QVERIFY(!t.f.service->openTubeSnapshot());
    QCOMPARE(t.table.scan(QStringLiteral("TB79927398713"), EntryMethod::Scanner).tone,
             ScanOutcome::Tone::Success);
}

// Signed resident codes: the key the station received is shown by its fingerprint, which a
// site lead reads aloud to the province's help desk, with where and when it came.
void TestSettingsDialog::provinceKeyFingerprintIsShown() {
    QTemporaryDir dir;
    StationSettings settings(settingsPath(dir.path()));
    {
        SettingsDialog dialog(settings);
        QVERIFY2(dialog.provinceKeyField()->text().contains(QLatin1String("None")),
                 qPrintable(dialog.provinceKeyField()->text()));
    }
    const QByteArray key =
        QByteArray::fromHex("3b6a27bcceb6a42d62a3a8d02a6f0d73653215771de243a63ac048a18b59da29");
    settings.setProvinceCodeKey(key, StationSettings::keyFromEnrollment(),
                                QDateTime(QDate(2026, 12, 3), QTime(9, 40), Qt::UTC));
    SettingsDialog dialog(settings);
    const QString shown = dialog.provinceKeyField()->text();
    QVERIFY2(shown.contains(protocol::residentCodeKeyFingerprint(key)), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("enrollment")), qPrintable(shown));
    // The default choice, refusing unsigned codes now that there is a key.
    QCOMPARE(dialog.unsignedCodesField()->currentIndex(), 0);
}

void TestSettingsDialog::unsignedCodesChoiceAppliesAtOnce() {
    TableDriver t;
    t.signIn();
    t.settings->setProvinceCodeKey(QByteArray(32, '\x11'), StationSettings::keyFromEnrollment(),
                                   QDateTime::currentDateTimeUtc());
    const auto choose = [&t](const QString &choice) {
        onNextDialog([choice](QWidget *dialog) {
            auto *settings = qobject_cast<SettingsDialog *>(dialog);
            QVERIFY(settings);
            QComboBox *field = settings->unsignedCodesField();
            field->setCurrentIndex(field->findData(choice));
            settings->accept();
        });
        t.key(Qt::Key_F10);
    };
    QVERIFY(t.table.scan(tubeCode(1), EntryMethod::Scanner).recorded);
    choose(QString()); // the default: refused, since the province gave a key
    ScanOutcome o = t.table.scan(residentScan(1), EntryMethod::Scanner);
    QCOMPARE(o.tone, ScanOutcome::Tone::Refusal);
    QVERIFY2(o.message.contains(QLatin1String("not signed")), qPrintable(o.message));
    choose(QStringLiteral("accept"));
    QCOMPARE(t.settings->acceptUnsignedCodesChoice(), std::optional<bool>(true));
    o = t.table.scan(residentScan(1), EntryMethod::Scanner);
    QVERIFY2(o.recorded, qPrintable(o.message));
}

// 1366×768 is the smallest screen of the sites' laptops.
void TestSettingsDialog::fitsALaptopScreen() {
    QTemporaryDir dir;
    StationSettings settings(settingsPath(dir.path()));
    settings.setProvinceCodeKey(QByteArray(32, '\x11'), StationSettings::keyFromEnrollment(),
                                QDateTime::currentDateTimeUtc());
    SettingsDialog dialog(settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QSize size = dialog.frameGeometry().size();
    QVERIFY2(size.height() <= 768 - 40 && size.width() <= 1366,
             qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
