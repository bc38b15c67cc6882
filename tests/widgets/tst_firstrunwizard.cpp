// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/CheckDigit.h"
#include "core/security/StationKeyring.h"
#include "core/storage/Database.h"
#include "core/storage/StationPaths.h"
#include "core/storage/StationStore.h"
#include "widgets/FirstRunWizard.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace station;

class TestFirstRunWizard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void provisionsOnlyValidInput_data();
    void provisionsOnlyValidInput();
    void refusesATrivialPin();
    void aFailedKeyWriteProvisionsNothing();
    void choosesTheTubeCheckDigitAsTheCommandLineDoes();

private:
    static void fill(FirstRunWizard &wizard, const QString &pin);
};

void TestFirstRunWizard::fill(FirstRunWizard &wizard, const QString &pin) {
    wizard.siteCodeField()->setText(QStringLiteral("GZ-TH-0001"));
    wizard.siteNameField()->setText(QStringLiteral("天河体育中心"));
    wizard.districtField()->setText(QStringLiteral("440106"));
    wizard.tableField()->setValue(4);
    wizard.staffIdField()->setText(QStringLiteral("S001"));
    wizard.operatorNameField()->setText(QStringLiteral("李娜"));
    wizard.pinField()->setText(pin);
    wizard.pinAgainField()->setText(pin);
    wizard.passphraseField()->setText(QStringLiteral("tianhe-2026-site"));
    wizard.passphraseAgainField()->setText(QStringLiteral("tianhe-2026-site"));
}

void TestFirstRunWizard::refusesATrivialPin() {
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(databasePath(dir.path())).ok());
    StationStore store(db);
    FirstRunWizard wizard(db, store);
    fill(wizard, QStringLiteral("123456"));
    wizard.accept();
    // Refused at once (core's rule), before any slow work.
    QVERIFY(!wizard.isWorking());
    QVERIFY2(wizard.problemText().contains(QLatin1String("too easy")),
             qPrintable(wizard.problemText()));
    QVERIFY(!store.isProvisioned());
}

void TestFirstRunWizard::aFailedKeyWriteProvisionsNothing() {
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(databasePath(dir.path())).ok());
    // The last write of provisioning, the data key, fails (a full disk, say).
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER key_write_fails BEFORE INSERT ON "
                                  "main.keyring BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    StationStore store(db);
    FirstRunWizard wizard(db, store);
    fill(wizard, QStringLiteral("246810"));
    wizard.accept();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isWorking(), 30000);
    QVERIFY(!wizard.problemText().isEmpty());
    QCOMPARE(wizard.result(), int(QDialog::Rejected));
    // Nothing of it stays: no station, no operator, no key; the wizard may try again.
    QVERIFY(!store.isProvisioned());
    QVERIFY(!StationKeyring(db).exists());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM operators")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER key_write_fails")));
    wizard.accept();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isWorking(), 30000);
    QVERIFY2(wizard.problemText().isEmpty(), qPrintable(wizard.problemText()));
    QVERIFY(store.isProvisioned());
    QVERIFY(StationKeyring(db).exists());
}

// The check digit of the site's pre-printed tube codes, as `sampling-station-cli init
// --tube-check-digit` sets it: the same schemes, none by default, stored with the station.
void TestFirstRunWizard::choosesTheTubeCheckDigitAsTheCommandLineDoes() {
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(databasePath(dir.path())).ok());
    StationStore store(db);
    FirstRunWizard wizard(db, store);
    auto *field = wizard.findChild<QComboBox *>(QStringLiteral("tubeCheckDigitField"));
    QVERIFY(field);
    QList<CheckDigitScheme> offered;
    for (int i = 0; i < field->count(); ++i)
        offered << static_cast<CheckDigitScheme>(field->itemData(i).toInt());
    QCOMPARE(offered, checkdigit::schemes());
    QCOMPARE(static_cast<CheckDigitScheme>(field->currentData().toInt()), CheckDigitScheme::None);
    fill(wizard, QStringLiteral("246810"));
    field->setCurrentIndex(field->findData(static_cast<int>(CheckDigitScheme::Damm)));
    wizard.accept();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isWorking(), 30000);
    QVERIFY2(store.isProvisioned(), qPrintable(wizard.problemText()));
    QCOMPARE(store.identity()->patterns.tubeCheckDigit, CheckDigitScheme::Damm);
    // In force: a pre-printed code without its Damm check is no tube code of this site.
    QVERIFY(!checkdigit::tubeCodeValid(store.identity()->patterns.tubeCheckDigit,
                                       QStringLiteral("GZ0000000001")));
}

void TestFirstRunWizard::provisionsOnlyValidInput_data() {
    QTest::addColumn<QString>("siteCode");
    QTest::addColumn<QString>("pinAgain");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("passphraseAgain");
    QTest::addColumn<bool>("provisioned");
    const QString pass = QStringLiteral("tianhe-2026-site");
    QTest::newRow("valid") << QStringLiteral("GZ-TH-0001") << QStringLiteral("246810") << pass
                           << pass << true;
    QTest::newRow("bad site code")
        << QStringLiteral("GZ TH/1") << QStringLiteral("246810") << pass << pass << false;
    QTest::newRow("PINs differ") << QStringLiteral("GZ-TH-0001") << QStringLiteral("246811") << pass
                                 << pass << false;
    QTest::newRow("passphrases differ") << QStringLiteral("GZ-TH-0001") << QStringLiteral("246810")
                                        << pass << QStringLiteral("other-phrase") << false;
    QTest::newRow("passphrase too short")
        << QStringLiteral("GZ-TH-0001") << QStringLiteral("246810") << QStringLiteral("short")
        << QStringLiteral("short") << false;
}

void TestFirstRunWizard::provisionsOnlyValidInput() {
    QFETCH(QString, siteCode);
    QFETCH(QString, pinAgain);
    QFETCH(QString, passphrase);
    QFETCH(QString, passphraseAgain);
    QFETCH(bool, provisioned);
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(databasePath(dir.path())).ok());
    StationStore store(db);
    FirstRunWizard wizard(db, store);
    wizard.siteCodeField()->setText(siteCode);
    wizard.siteNameField()->setText(QStringLiteral("天河体育中心"));
    wizard.districtField()->setText(QStringLiteral("440106"));
    wizard.tableField()->setValue(4);
    wizard.poolSizeField()->setCurrentIndex(wizard.poolSizeField()->findData(20));
    wizard.staffIdField()->setText(QStringLiteral("S001"));
    wizard.operatorNameField()->setText(QStringLiteral("李娜"));
    wizard.pinField()->setText(QStringLiteral("246810"));
    wizard.pinAgainField()->setText(pinAgain);
    wizard.passphraseField()->setText(passphrase);
    wizard.passphraseAgainField()->setText(passphraseAgain);
    wizard.accept();
    // Valid input goes to a worker thread (Argon2id); refusals are immediate.
    QCOMPARE(wizard.isWorking(), provisioned);
    wizard.accept(); // a second submit meanwhile is ignored
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isWorking(), 30000);
    QCOMPARE(store.isProvisioned(), provisioned);
    QCOMPARE(StationKeyring(db).exists(), provisioned);
    QCOMPARE(wizard.result(), provisioned ? int(QDialog::Accepted) : int(QDialog::Rejected));
    QCOMPARE(wizard.problemText().isEmpty(), provisioned);
    if (provisioned) {
        QCOMPARE(store.identity()->tableNumber, 4);
        QCOMPARE(store.identity()->defaultPoolSize, 20);
        QVERIFY(store.signIn(QStringLiteral("S001"), QStringLiteral("246810")).ok());
        QVERIFY(StationKeyring(db).unlock(passphrase).ok());
    }
}

QTEST_MAIN(TestFirstRunWizard)
#include "tst_firstrunwizard.moc"
