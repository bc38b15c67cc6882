// SPDX-License-Identifier: GPL-3.0-or-later
// Which fields let an input method take the keys. An input method asks the focused field
// whether it takes input (Qt::ImEnabled) before it takes the keys, and Qt 6's line edit says
// yes whatever Qt::WA_InputMethodEnabled says: a Chinese input method left on then swallows a
// scanner's keys or a PIN's digits. The fields for codes, ID numbers, staff IDs and PINs say
// no; those where names and reasons are typed in Chinese (the name in manual entry, today's
// list's search, the reveal's note) say yes. (The scan field, the tube-code question and the
// reason question are tested with the table screen: tst_scannerinput, tst_tablereasons.)
#include "core/security/IdReveal.h"
#include "core/storage/StationPaths.h"
#include "tests/models/StationFixture.h"
#include "widgets/FirstRunWizard.h"
#include "widgets/LoginScreen.h"
#include "widgets/ManualEntryDialog.h"
#include "widgets/RevealIdDialog.h"
#include "widgets/TodaysListDialog.h"

#include <QApplication>
#include <QInputMethodQueryEvent>
#include <QLineEdit>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

// What an input method is told when it asks `field`: through the application's focus object,
// as the platform's input method asks, for a field on screen; the field itself for one that
// is hidden (the new-PIN fields until a one-time PIN was used).
QVariant imEnabled(QLineEdit *field) {
    QObject *asked = field;
    if (field->isVisible()) {
        field->activateWindow();
        field->setFocus();
        if (!QTest::qWaitFor([field] { return field->hasFocus(); }))
            return QStringLiteral("no focus");
        asked = QGuiApplication::focusObject();
    }
    QInputMethodQueryEvent query(Qt::ImEnabled | Qt::ImHints);
    QCoreApplication::sendEvent(asked, &query);
    return query.value(Qt::ImEnabled);
}

void show(QWidget &window) {
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
}

} // namespace

class TestInputMethods : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void signInFieldsKeepItOff() {
        StationFixture f;
        LoginScreen login(*f.store, *f.store->identity());
        show(login);
        QCOMPARE(imEnabled(login.staffIdField()), QVariant(false));
        QCOMPARE(imEnabled(login.pinField()), QVariant(false));
        QCOMPARE(imEnabled(login.newPinField()), QVariant(false));
        QCOMPARE(imEnabled(login.newPinAgainField()), QVariant(false));
    }

    void manualEntryKeepsItOffButForTheName() {
        ManualEntryDialog dialog(QDate(2026, 6, 4));
        show(dialog);
        QCOMPARE(imEnabled(dialog.numberField()), QVariant(false));
        QCOMPARE(imEnabled(dialog.phoneField()), QVariant(false));
        QCOMPARE(imEnabled(dialog.nameField()), QVariant(true));
    }

    void idRevealKeepsItOffForThePin() {
        StationFixture f;
        f.signIn();
        QVERIFY(f.service->openTube(tubeCode(1)).ok());
        const ResidentCode person = resident(5);
        const Result<SampleAdded> added = f.service->addResident(person, EntryMethod::Scanner);
        QVERIFY(added.ok());
        IdReveal reveal(f.db, *f.store, f.codec, f.clock());
        RevealIdDialog dialog(reveal, f.service->currentOperator(),
                              {added->sampleUuid, person.name, maskIdNumber(person.idNumber),
                               tubeCode(1), added->position});
        show(dialog);
        QCOMPARE(imEnabled(dialog.pinField()), QVariant(false));
        QCOMPARE(imEnabled(dialog.noteField()), QVariant(true));
    }

    void firstRunKeepsItOffForThePins() {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(databasePath(dir.path())).ok());
        StationStore store(db);
        FirstRunWizard wizard(db, store);
        show(wizard);
        QCOMPARE(imEnabled(wizard.pinField()), QVariant(false));
        QCOMPARE(imEnabled(wizard.pinAgainField()), QVariant(false));
        QCOMPARE(imEnabled(wizard.operatorNameField()), QVariant(true));
    }

    // F3: names are searched in Chinese.
    void todaysListSearchTakesIt() {
        StationFixture f;
        f.signIn();
        TodaysListDialog dialog(*f.service);
        show(dialog);
        QCOMPARE(imEnabled(dialog.searchField()), QVariant(true));
    }
};

QTEST_MAIN(TestInputMethods)
#include "tst_inputmethods.moc"
