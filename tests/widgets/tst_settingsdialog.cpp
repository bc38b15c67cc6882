// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/widgets/TableDriver.h"

#include "core/domain/IdDocument.h"
#include "core/security/RetentionPurge.h"
#include "core/staff/StaffService.h"
#include "core/sync/SyncSettings.h"
#include "core/sync/TableNumberChange.h"
#include "protocol/ResidentCodeKey.h"
#include "widgets/CameraField.h"
#include "widgets/ScannerTestField.h"
#include "widgets/SettingsDialog.h"
#include "widgets/Theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStyle>
#include <QWheelEvent>

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
    void contrastIsSavedAndAppliedAtOnce();
    void printerAddressesAreChecked_data();
    void printerAddressesAreChecked();
    void hidPosDeviceIsChecked_data();
    void hidPosDeviceIsChecked();
    void tubeCheckDigitIsStoredWithTheStation();
    void tableNumberChangesOnlyBeforeJoining();
    void provinceKeyFingerprintIsShown();
    void unsignedCodesChoiceAppliesAtOnce();
    void fitsALaptopScreen();
    void wheelScrollsThePageNotTheBoxUnderIt();
    void emptyCameraIdIsTheDefaultCamera();
    void camerasAreListedByDescriptionAndStoredById();
    void anUnpluggedCameraIsKept();
    void printerTestLabelGoesThroughThePrinter();
    void printerTestSaysWhatIsWrong_data();
    void printerTestSaysWhatIsWrong();
    void scannerTestSaysWhatWasRead();
    void scannerTestMasksPersonalDetails();
    void scannerTestTellsABurstFromTyping();
    void scansGoToTheScannerTestWhileSettingsIsOpen();
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

// Who may change settings is core's table (SettingsAuthority). A signed-in sampler's F10 is
// refused before the dialog opens, as F9 is, in core's words (nothing to fill in only to be
// refused on Save); the dialog's own Save still asks core (a role changed while it is open)
// and leaves the file as it was. A site lead's change is one audit row, old and new value.
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

    t.key(Qt::Key_L, Qt::ControlModifier);
    QVERIFY(t.window.isLocked());
    t.signIn(QStringLiteral("S009"), QStringLiteral("135792"));
    QVERIFY(!t.window.isLocked());
    QCOMPARE(t.f.service->currentOperator().staffId, QStringLiteral("S009"));
    bool settingsOpened = false;
    QString refusedUpFront;
    onNextDialog([&](QWidget *dialog) {
        settingsOpened = qobject_cast<SettingsDialog *>(dialog) != nullptr;
        if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
            refusedUpFront = box->text();
            QTest::keyClick(box, Qt::Key_Return);
        } else {
            dialog->close();
        }
    });
    t.key(Qt::Key_F10);
    QVERIFY(!settingsOpened);
    QCOMPARE(refusedUpFront, t.f.service->mayDo(StaffAction::ChangeSettings).message());
    QVERIFY(!refusedUpFront.isEmpty());
    QVERIFY(!QApplication::activeModalWidget());

    {
        SettingsDialog settings(*t.settings, &t.window);
        settings.setChangeAuthority(t.f.service.get());
        settings.idleLockField()->setValue(25);
        settings.accept();
        QVERIFY(settings.result() != QDialog::Accepted);
        QCOMPARE(settings.problemText(), refusedUpFront);
    }
    QCOMPARE(StationSettings(t.settings->path()).idleLockMinutes(),
             StationSettings::kDefaultIdleLockMinutes);
    QCOMPARE(auditRows(), 0);

    t.key(Qt::Key_L, Qt::ControlModifier);
    QVERIFY(t.window.isLocked());
    t.signIn();
    QCOMPARE(t.f.service->currentOperator().id, admin.id);
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

// High contrast for a bright site: chosen in Settings, saved as ui/contrast, audited like
// any other setting, and in force in the open window at once (no restart).
void TestSettingsDialog::contrastIsSavedAndAppliedAtOnce() {
    qputenv("STATION_THEME", "standard"); // not the desktop's choice, whatever it is here
    const QPalette palette = QApplication::palette();
    const QString sheet = qApp->styleSheet();
    const QFont font = QApplication::font();
    theme::apply(*qApp, theme::Contrast::Standard);
    const QStyle *style = QApplication::style();
    TableDriver t;
    t.signIn();
    const QColor standardGround = t.window.palette().color(QPalette::Window);
    QCOMPARE(QApplication::palette().color(QPalette::Window), standardGround);
    QString shown;
    onNextDialog([&shown](QWidget *dialog) {
        auto *settings = static_cast<SettingsDialog *>(dialog);
        QComboBox *contrast = settings->contrastField();
        shown = contrast->currentData().toString();
        contrast->setCurrentIndex(contrast->findData(QStringLiteral("high-contrast")));
        settings->accept();
    });
    t.key(Qt::Key_F10);
    QCOMPARE(shown, QStringLiteral("standard"));
    QCOMPARE(t.settings->contrast(), QStringLiteral("high-contrast"));
    QCOMPARE(StationSettings(t.settings->path()).contrast(), QStringLiteral("high-contrast"));
    // The palette of the application and of the window already open: black on white.
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::white));
    QCOMPARE(QApplication::palette().color(QPalette::WindowText), QColor(Qt::black));
    QVERIFY(t.window.palette().color(QPalette::Window) != standardGround);
    QVERIFY(qApp->styleSheet().contains(QLatin1String("arrow-down-high-contrast")));
    // The style stays the one object: only the colours changed.
    QVERIFY(QApplication::style() == style);
    QSqlQuery q(t.f.db.connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'settings.changed'")));
    QVERIFY(q.next());
    const QJsonObject change = QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                                   .object()
                                   .value(QStringLiteral("ui/contrast"))
                                   .toObject();
    QCOMPARE(change.value(QStringLiteral("to")).toString(), QStringLiteral("high-contrast"));

    // Opened again unchanged and saved: nothing more is written or applied.
    onNextDialog([](QWidget *dialog) {
        auto *settings = static_cast<SettingsDialog *>(dialog);
        QCOMPARE(settings->contrastField()->currentData().toString(),
                 QStringLiteral("high-contrast"));
        settings->accept();
    });
    t.key(Qt::Key_F10);
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::white));
    QVERIFY(
        q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings.changed'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    qunsetenv("STATION_THEME");
    qApp->setStyleSheet(sheet);
    QApplication::setPalette(palette);
    QApplication::setFont(font);
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

// A join refused because another table has this number (table_taken) is answered in F10:
// a free number, saved with the station (audited), the status bar with it. Once the station
// has a device token the server knows it by its number, and the field is locked.
void TestSettingsDialog::tableNumberChangesOnlyBeforeJoining() {
    TableDriver t;
    t.window.setDataDir(t.f.dir.path());
    t.signIn();
    const int chosen = t.f.store->identity()->tableNumber + 1;
    bool editable = false;
    onNextDialog([&editable, chosen](QWidget *dialog) {
        auto *settings = qobject_cast<SettingsDialog *>(dialog);
        QVERIFY(settings);
        editable = settings->tableNumberField()->isEnabled();
        settings->tableNumberField()->setValue(chosen);
        settings->accept();
    });
    t.key(Qt::Key_F10);
    QVERIFY(editable);
    QCOMPARE(t.f.store->identity()->tableNumber, chosen);
    QCOMPARE(t.f.service->identity().tableNumber, chosen);
    QSqlQuery q(t.f.db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                  "'station.updated' AND detail LIKE '%\"table\":%1%'")
                       .arg(chosen)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);

    QVERIFY(writeDeviceToken(t.f.dir.path(), QStringLiteral("token-after-joining")).ok());
    onNextDialog([&editable](QWidget *dialog) {
        auto *settings = qobject_cast<SettingsDialog *>(dialog);
        QVERIFY(settings);
        editable = settings->tableNumberField()->isEnabled();
        settings->reject();
    });
    t.key(Qt::Key_F10);
    QVERIFY(!editable);
    // Core refuses it too, whatever a window would send.
    const Status late =
        TableNumberChange::apply(*t.f.store, t.f.dir.path(), chosen + 1, t.table.currentOperator());
    QVERIFY(!late.ok());
    QVERIFY2(late.message().contains(QStringLiteral("cannot change now")),
             qPrintable(late.message()));
    QCOMPARE(t.f.store->identity()->tableNumber, chosen);
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

// Turning the wheel to scroll through the settings moves the page, not the value of the box
// that happens to be under the pointer (found: the serial baud rate changed while scrolling);
// a box takes the wheel once it has the focus.
void TestSettingsDialog::wheelScrollsThePageNotTheBoxUnderIt() {
    QTemporaryDir dir;
    StationSettings settings(settingsPath(dir.path()));
    SettingsDialog dialog(settings);
    dialog.resize(dialog.width(), 420);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *scroll = dialog.findChild<QScrollArea *>(QStringLiteral("settingsScroll"));
    auto *box = dialog.findChild<QComboBox *>(QStringLiteral("contrastField"));
    QVERIFY(scroll && box && box->count() > 1);
    QVERIFY(scroll->verticalScrollBar()->maximum() > 0);
    box->setCurrentIndex(0);
    const auto turnDown = [box] {
        const QPointF at = QRectF(box->rect()).center();
        QWheelEvent down(at, box->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                         Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(box, &down);
    };
    turnDown();
    QCOMPARE(box->currentIndex(), 0);
    QVERIFY(scroll->verticalScrollBar()->value() > 0);

    scroll->verticalScrollBar()->setValue(0);
    dialog.activateWindow();
    box->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY(box->hasFocus());
    turnDown();
    QCOMPARE(box->currentIndex(), 1);
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

namespace {
int indexWithText(const QComboBox *box, const QString &part) {
    for (int i = 0; i < box->count(); ++i) {
        if (box->itemText(i).contains(part))
            return i;
    }
    return -1;
}
} // namespace

// The user guide's promise: an empty camera id is the system's default camera; "No camera" is
// a choice of its own.
void TestSettingsDialog::emptyCameraIdIsTheDefaultCamera() {
    QTemporaryDir dir;
    const QString path = settingsPath(dir.path());
    {
        StationSettings settings(path);
        SettingsDialog dialog(settings);
        CameraField *camera = dialog.cameraField();
        QCOMPARE(camera->cameraId(), QString());
        QCOMPARE(camera->currentText(), QStringLiteral("Default camera"));
        camera->setCurrentIndex(camera->findData(QStringLiteral("none")));
        QCOMPARE(camera->currentText(), QStringLiteral("No camera"));
        dialog.accept();
    }
    QCOMPARE(StationSettings(path).cameraId(), QStringLiteral("none"));
    {
        StationSettings settings(path);
        SettingsDialog dialog(settings);
        QCOMPARE(dialog.cameraField()->currentText(), QStringLiteral("No camera"));
        dialog.cameraField()->setCurrentIndex(0);
        dialog.accept();
    }
    QCOMPARE(StationSettings(path).cameraId(), QString());
}

void TestSettingsDialog::camerasAreListedByDescriptionAndStoredById() {
    QTemporaryDir dir;
    const QString path = settingsPath(dir.path());
    {
        StationSettings settings(path);
        SettingsDialog dialog(settings);
        CameraField *camera = dialog.cameraField();
        camera->setConnectedCameras({{QStringLiteral("/dev/video0"), QStringLiteral("Integrated")},
                                     {QStringLiteral("/dev/video2"), QStringLiteral("USB Cam")}});
        QCOMPARE(camera->count(), 4); // default, none, two cameras
        const int usb = indexWithText(camera, QStringLiteral("USB Cam"));
        QVERIFY(usb >= 0);
        camera->setCurrentIndex(usb);
        QCOMPARE(camera->cameraId(), QStringLiteral("/dev/video2"));
        // Plugging a camera in or out keeps the choice.
        camera->setConnectedCameras({{QStringLiteral("/dev/video2"), QStringLiteral("USB Cam")}});
        QCOMPARE(camera->cameraId(), QStringLiteral("/dev/video2"));
        dialog.accept();
    }
    QCOMPARE(StationSettings(path).cameraId(), QStringLiteral("/dev/video2"));
}

void TestSettingsDialog::anUnpluggedCameraIsKept() {
    QTemporaryDir dir;
    const QString path = settingsPath(dir.path());
    StationSettings(path).setCameraId(QStringLiteral("/dev/video7"));
    {
        StationSettings settings(path);
        SettingsDialog dialog(settings);
        CameraField *camera = dialog.cameraField();
        camera->setConnectedCameras(
            {{QStringLiteral("/dev/video0"), QStringLiteral("Integrated")}});
        QCOMPARE(camera->cameraId(), QStringLiteral("/dev/video7"));
        QVERIFY2(camera->currentText().contains(QLatin1String("/dev/video7")) &&
                     camera->currentText().contains(QLatin1String("not connected")),
                 qPrintable(camera->currentText()));
        dialog.accept();
    }
    QCOMPARE(StationSettings(path).cameraId(), QStringLiteral("/dev/video7"));
}

// The test label goes through the station's printer path, as typed (not yet saved), and the
// dialog stays usable meanwhile.
void TestSettingsDialog::printerTestLabelGoesThroughThePrinter() {
    QTemporaryDir dir;
    StationSettings settings(settingsPath(dir.path()));
    SettingsDialog dialog(settings);
    const QString pdf = dir.filePath(QStringLiteral("test-label.pdf"));
    dialog.printerField()->setText(QStringLiteral("pdf:") + pdf);
    dialog.printerTestButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.printerTestButton()->isEnabled(), 30000);
    const QString said = dialog.printerTestResultField()->text();
    QVERIFY2(dialog.printerTestResultField()->property("ok").toBool(), qPrintable(said));
    QVERIFY2(said.contains(pdf), qPrintable(said));
    QVERIFY(QFileInfo(pdf).size() > 0);
    QCOMPARE(settings.printerName(), QString()); // a test, not a save
}

void TestSettingsDialog::printerTestSaysWhatIsWrong_data() {
    QTest::addColumn<QString>("printer");
    QTest::addColumn<QString>("said");
    QTest::newRow("no printer") << QString() << QStringLiteral("No label printer is set up");
    QTest::newRow("unknown system printer")
        << QStringLiteral("No_Such_Printer_4711") << QStringLiteral("No_Such_Printer_4711");
    QTest::newRow("zebra without host") << QStringLiteral("zpl://") << QStringLiteral("zpl://");
}

void TestSettingsDialog::printerTestSaysWhatIsWrong() {
    QFETCH(QString, printer);
    QFETCH(QString, said);
    QTemporaryDir dir;
    StationSettings settings(settingsPath(dir.path()));
    SettingsDialog dialog(settings);
    dialog.printerField()->setText(printer);
    dialog.printerTestButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.printerTestButton()->isEnabled(), 30000);
    const QString shown = dialog.printerTestResultField()->text();
    QVERIFY(!dialog.printerTestResultField()->property("ok").toBool());
    QVERIFY2(shown.contains(said), qPrintable(shown));
}

void TestSettingsDialog::scannerTestSaysWhatWasRead() {
    QTemporaryDir dir;
    StationSettings settings(settingsPath(dir.path()));
    SettingsDialog dialog(settings);
    ScannerTestField *test = dialog.scannerTest();
    const auto shown = [test] { return test->resultField()->text(); };
    test->showScan(tubeCode(7), ScannerTestField::Arrival::SerialPort);
    QVERIFY2(shown().contains(QStringLiteral("Tube code %1, valid").arg(tubeCode(7))),
             qPrintable(shown()));
    QVERIFY2(shown().contains(QLatin1String("serial scanner")), qPrintable(shown()));
    test->showScan(QStringLiteral("BX123456"), ScannerTestField::Arrival::Camera);
    QVERIFY2(shown().contains(QLatin1String("Box code BX123456, valid")), qPrintable(shown()));
    test->showScan(QStringLiteral("https://example.com/x"), ScannerTestField::Arrival::HidPos);
    QVERIFY2(shown().contains(QLatin1String("Not a code the station knows")), qPrintable(shown()));
    QVERIFY(!shown().contains(QLatin1String("example.com")));
    // The check digit as chosen in the dialog, saved or not: TB79927398718 fails Luhn.
    QComboBox *digit = dialog.tubeCheckDigitField();
    digit->setCurrentIndex(digit->findData(static_cast<int>(CheckDigitScheme::Luhn)));
    test->showScan(QStringLiteral("TB79927398718"), ScannerTestField::Arrival::KeyboardBurst);
    QVERIFY2(shown().contains(QLatin1String("Tube code, not valid")), qPrintable(shown()));
    QVERIFY(!test->resultField()->property("valid").toBool());
    // Unsigned resident codes refused as chosen in the dialog.
    QComboBox *unsignedCodes = dialog.unsignedCodesField();
    unsignedCodes->setCurrentIndex(unsignedCodes->findData(QStringLiteral("refuse")));
    test->showScan(residentScan(3), ScannerTestField::Arrival::KeyboardBurst);
    QVERIFY2(shown().contains(QLatin1String("Resident code, not valid")), qPrintable(shown()));
}

void TestSettingsDialog::scannerTestMasksPersonalDetails() {
    QTemporaryDir dir;
    StationSettings settings(settingsPath(dir.path()));
    SettingsDialog dialog(settings);
    ScannerTestField *test = dialog.scannerTest();
    const ResidentCode person = resident(5, QStringLiteral("陈秀英"));
    test->showScan(residentScan(person), ScannerTestField::Arrival::KeyboardBurst);
    const QString shown = test->resultField()->text();
    QVERIFY2(shown.contains(QLatin1String("Resident code, valid")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("陈*英")), qPrintable(shown));
    QVERIFY2(shown.contains(maskIdNumber(person.idNumber)), qPrintable(shown));
    QVERIFY(!shown.contains(person.name));
    QVERIFY(!shown.contains(person.idNumber));
    QVERIFY(!shown.contains(person.phone));
    // A keyboard scanner that lost the Chinese characters is caught here, before a shift.
    const ResidentCode lost = resident(6, QStringLiteral("??"));
    test->showScan(residentScan(lost), ScannerTestField::Arrival::KeyboardBurst);
    QVERIFY2(test->resultField()->text().contains(QLatin1String("Chinese characters")),
             qPrintable(test->resultField()->text()));
}

// Typed keys and keys at scanner speed land in the field; Enter tests them and does not save.
void TestSettingsDialog::scannerTestTellsABurstFromTyping() {
    QTemporaryDir dir;
    StationSettings settings(settingsPath(dir.path()));
    SettingsDialog dialog(settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    ScannerTestField *test = dialog.scannerTest();
    ScanField *input = test->inputField();
    input->setFocus();
    ulong clockMs = 5000000;
    sendTimedKeys(input, tubeCode(8) + QLatin1Char('\r'), clockMs, 150);
    QString shown = test->resultField()->text();
    QVERIFY2(shown.contains(QStringLiteral("Tube code %1, valid").arg(tubeCode(8))),
             qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("at a person's speed")), qPrintable(shown));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(input->text().isEmpty());
    clockMs += 10000;
    sendTimedKeys(input, tubeCode(9) + QLatin1Char('\r'), clockMs, 3);
    shown = test->resultField()->text();
    QVERIFY2(shown.contains(QLatin1String("typing at scanner speed")), qPrintable(shown));
    QVERIFY(dialog.isVisible());
}

// While Settings is open, every scanner's scans go to its scanner test and nothing is recorded
// or refused at the table.
void TestSettingsDialog::scansGoToTheScannerTestWhileSettingsIsOpen() {
    TableDriver t;
    t.signIn();
    QString burst;
    QString serial;
    onNextDialog([&](QWidget *dialog) {
        auto *settings = qobject_cast<SettingsDialog *>(dialog);
        QVERIFY(settings);
        ScannerTestField *test = settings->scannerTest();
        test->inputField()->setFocus();
        // A keyboard-wedge burst, read by the application's key filter as the station does.
        scan::HidScanEventFilter wedge;
        wedge.setObjectName(QStringLiteral("keyboard-wedge"));
        QObject::connect(&wedge, &scan::Scanner::scanned, &t.window, &MainWindow::onScanned);
        QVERIFY(wedge.start());
        t.scannerClockMs += 10000;
        sendTimedKeys(test->inputField(), tubeCode(4) + QLatin1Char('\r'), t.scannerClockMs, 3);
        wedge.stop();
        burst = test->resultField()->text();
        QVERIFY(test->inputField()->text().isEmpty());
        // A scanner that is not a keyboard (no sender: said as "a scanner").
        t.window.onScanned(QStringLiteral("BX654321"), EntryMethod::Scanner);
        serial = test->resultField()->text();
        settings->reject();
    });
    t.key(Qt::Key_F10);
    QVERIFY2(burst.contains(QStringLiteral("Tube code %1, valid").arg(tubeCode(4))),
             qPrintable(burst));
    QVERIFY2(burst.contains(QLatin1String("fast burst")), qPrintable(burst));
    QVERIFY2(serial.contains(QLatin1String("Box code BX654321, valid")), qPrintable(serial));
    QVERIFY(!t.f.service->openTubeSnapshot());
    QVERIFY(t.banner()->text().isEmpty() || !t.banner()->text().contains(QLatin1String("NOT")));
    // Closed: scans are the table's again.
    t.scan(tubeCode(4));
    QVERIFY(t.f.service->openTubeSnapshot());
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
