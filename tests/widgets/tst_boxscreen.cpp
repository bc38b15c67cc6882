// SPDX-License-Identifier: GPL-3.0-or-later
// The box screen at the table: pack sealed tubes by scanning, seal by scanning the box code
// again, hand over with Ctrl+H. Driven through the real window with key events only.
#include "tests/widgets/TableDriver.h"

#include "core/sync/SiteFactsStore.h"
#include "protocol/BoxAge.h"
#include "widgets/BoxPanel.h"
#include "widgets/HandOverDialog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTableWidget>

using namespace station;
using namespace station::test;

using Look = StatusBanner::Look;

namespace {

const QString kBox = QStringLiteral("BX00000042");
const QString kBox2 = QStringLiteral("BX00000043");

} // namespace

class TestBoxScreen : public QObject {
    Q_OBJECT

    // Tube 1 full (10 people, sealed by itself), tube 2 sealed early with 1, tube 3 open.
    void fillTubes(TableDriver &t) {
        t.scan(tubeCode(1));
        for (int p = 1; p <= 10; ++p)
            t.scan(residentScan(p));
        QVERIFY(!t.f.service->openTubeSnapshot());
        t.scan(tubeCode(2));
        t.scan(residentScan(11));
        answerNextQuestion(QStringLiteral("queue empty"));
        t.key(Qt::Key_E, Qt::ControlModifier);
        QVERIFY(!t.f.service->openTubeSnapshot());
        t.scan(tubeCode(3));
        t.scan(residentScan(12));
        QVERIFY(t.f.service->openTubeSnapshot());
    }

private Q_SLOTS:
    void packSealAndHandOver() {
        TableDriver t;
        t.signIn();
        fillTubes(t);
        BoxPanel *panel = t.window.samplingScreen()->boxPanel();
        QVERIFY(!panel->isVisible());

        t.scan(kBox);
        QCOMPARE(t.banner()->look(), Look::Success);
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->boxCode(), kBox);

        t.scan(tubeCode(1));
        QCOMPARE(t.banner()->look(), Look::Success);
        t.scan(tubeCode(2));
        QCOMPARE(t.banner()->look(), Look::Success);
        QVERIFY2(panel->tubesText().contains(tubeCode(1)) &&
                     panel->tubesText().contains(tubeCode(2)),
                 qPrintable(panel->tubesText()));
        QCOMPARE(panel->ageState(), BoxAgeState::Normal);

        t.scan(tubeCode(3)); // still open: refused, not packed
        QCOMPARE(t.banner()->look(), Look::Refusal);
        t.scan(residentScan(13)); // residents wait until the box is sealed
        QCOMPARE(t.banner()->look(), Look::Refusal);
        QVERIFY2(t.banner()->text().contains(kBox), qPrintable(t.banner()->text()));
        QCOMPARE(t.f.service->openTubeSnapshot()->count(), 1);

        t.scan(kBox); // same code again: sealed
        QCOMPARE(t.banner()->look(), Look::Attention);
        // The window names its own key for the hand-over (the CLI names its command).
        QVERIFY2(t.banner()->text().contains(QStringLiteral("Ctrl+H")),
                 qPrintable(t.banner()->text()));
        QCOMPARE(t.f.service->box(kBox)->state, BoxState::Sealed);
        QVERIFY(panel->isVisible()); // waits for the courier
        QVERIFY2(panel->reconciliationText().contains(QStringLiteral("agree")),
                 qPrintable(panel->reconciliationText()));

        // Past two hours the countdown turns amber and hand-over needs a temperature.
        t.f.ticks += kBoxTemperatureAfterSecs + 60;
        t.window.samplingScreen()->refresh();
        QCOMPARE(panel->ageState(), BoxAgeState::RecordTemperature);

        // No QVERIFY inside: a failed check must not leave the dialog open.
        QString prefilled;
        QStringList refusals;
        bool focusedCarrier = false;
        bool focusedTemperature = false;
        bool accepted = false;
        bool active = false;
        onNextDialog(
            [&](QWidget *w) {
                auto *dialog = static_cast<HandOverDialog *>(w);
                // Offscreen, a late activation of the main window can land after the
                // dialog's, and the platform window turns active before QApplication moves
                // focus into the dialog: let pending activations arrive, give the dialog its
                // activation back, and wait until QApplication agrees.
                QTest::qWait(20);
                if (!dialog->isActiveWindow())
                    dialog->activateWindow();
                active = QTest::qWaitForWindowActive(dialog) &&
                         QTest::qWaitFor([dialog] { return dialog->isActiveWindow(); });
                prefilled = dialog->handedOverByField()->text();
                focusedCarrier = dialog->carriedByField()->hasFocus();
                QTest::keyClick(dialog->carriedByField(), Qt::Key_Return); // nobody carries it
                refusals << dialog->errorText();
                typeText(dialog->carriedByField(), QStringLiteral("Wang Wei"));
                QTest::keyClick(dialog->carriedByField(), Qt::Key_Return); // no temperature
                refusals << dialog->errorText();
                QTest::keyClick(dialog->carriedByField(), Qt::Key_Tab);
                focusedTemperature = dialog->temperatureField()->hasFocus();
                typeText(dialog->temperatureField(), QStringLiteral("4.5"));
                QTest::keyClick(dialog->temperatureField(), Qt::Key_Return);
                accepted = !dialog->isVisible();
                if (!accepted)
                    dialog->reject();
            },
            [](QWidget *w) { return qobject_cast<HandOverDialog *>(w) != nullptr; });
        t.key(Qt::Key_H, Qt::ControlModifier);
        QVERIFY(active);
        QCOMPARE(prefilled, QStringLiteral("Li Na"));
        QVERIFY(focusedCarrier);
        QVERIFY(focusedTemperature);
        QCOMPARE(refusals.size(), 2);
        QVERIFY(!refusals.at(0).isEmpty());
        QVERIFY2(refusals.at(1).contains(QStringLiteral("2 hours")), qPrintable(refusals.at(1)));
        QVERIFY(accepted);
        QCOMPARE(t.banner()->look(), Look::Success);

        const Result<BoxSnapshot> box = t.f.service->box(kBox);
        QVERIFY(box.ok());
        QCOMPARE(box->state, BoxState::HandedOver);
        QCOMPARE(box->tubeCount(), 2);
        QCOMPARE(box->personCount(), 11);
        QCOMPARE(box->carriedBy, QStringLiteral("Wang Wei"));
        QCOMPARE(box->temperatureC, 4.5);
        QVERIFY(!panel->isVisible());

        // Back to sampling: the open tube takes residents again.
        t.scan(residentScan(13));
        QCOMPARE(t.banner()->look(), Look::Success);
        QCOMPARE(t.f.service->openTubeSnapshot()->count(), 2);
    }

    void handOverWithoutSealedBoxIsRefused() {
        TableDriver t;
        t.signIn();
        t.key(Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(t.banner()->look(), Look::Refusal);
        t.scan(kBox);
        t.key(Qt::Key_H, Qt::ControlModifier); // still packing
        QCOMPARE(t.banner()->look(), Look::Refusal);
        QVERIFY2(t.banner()->text().contains(kBox), qPrintable(t.banner()->text()));
        QCOMPARE(t.f.service->box(kBox)->state, BoxState::Open);
    }

    // Sealed boxes waiting for the courier are on the table screen again after a restart
    // (a new window over the same station), and Ctrl+H lists them, the oldest first.
    void sealedBoxesComeBackAfterRestart() {
        TableDriver t;
        t.signIn();
        fillTubes(t);
        t.scan(kBox);
        t.scan(tubeCode(1));
        t.scan(kBox);
        t.scan(kBox2);
        t.scan(tubeCode(2));
        t.scan(kBox2);
        QCOMPARE(t.f.service->box(kBox2)->state, BoxState::Sealed);
        t.window.lock();
        t.window.hide();

        TableWorkflow restartedTable(*t.f.service);
        MainWindow restarted(*t.f.store, restartedTable, *t.settings);
        restarted.show();
        restarted.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&restarted));
        LoginScreen *login = restarted.loginScreen();
        login->staffIdField()->setFocus();
        typeText(login->staffIdField(), kStaffId);
        QTest::keyClick(login->staffIdField(), Qt::Key_Tab);
        typeText(login->pinField(), kPin);
        QTest::keyClick(login->pinField(), Qt::Key_Return);
        SamplingScreen *screen = restarted.samplingScreen();
        // The PIN is checked on a worker thread.
        QTRY_VERIFY_WITH_TIMEOUT(screen->isVisible(), TableDriver::kPinCheckTimeoutMs);
        BoxPanel *panel = screen->boxPanel();
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->boxCode(), kBox);
        QVERIFY2(panel->othersWaitingText().contains(kBox2),
                 qPrintable(panel->othersWaitingText()));

        // Both wait: the dialog lists them, the oldest first; the courier takes that one.
        QStringList offered;
        onNextDialog(
            [&offered](QWidget *w) {
                auto *dialog = static_cast<HandOverDialog *>(w);
                offered = dialog->chosenBoxCodes();
                dialog->setChosen(kBox2, false);
                typeText(dialog->carriedByField(), QStringLiteral("Wang Wei"));
                QTest::keyClick(dialog->carriedByField(), Qt::Key_Return);
                if (w->isVisible())
                    dialog->reject();
            },
            [](QWidget *w) { return qobject_cast<HandOverDialog *>(w) != nullptr; });
        QTest::keyClick(screen->scanField(), Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(offered, (QStringList{kBox, kBox2}));
        QCOMPARE(t.f.service->box(kBox)->state, BoxState::HandedOver);
        // The next waiting box takes its place.
        QCOMPARE(panel->boxCode(), kBox2);
        QVERIFY(panel->othersWaitingText().isEmpty());
    }

    // Boxes across tables (issue 18): a tube sealed at another table of the site is packed
    // here and the panel names its table; a box another table sealed is listed with its
    // table and handed over here with Ctrl+H.
    void tubesAndBoxesOfOtherTables() {
        TableDriver t;
        SiteFactsStore facts(t.f.db, QByteArray(32, '\x5a'), t.f.store->identity()->deviceId);
        const QString station = QStringLiteral("gz-th-0001-t05");
        const QString when = t.f.clock()().toString(Qt::ISODateWithMs);
        const auto tubeFact = [&](qint64 seq, int tube, const QString &state) {
            return QJsonObject{{QStringLiteral("seq"), seq},
                               {QStringLiteral("kind"), QStringLiteral("tube_state")},
                               {QStringLiteral("station"), station},
                               {QStringLiteral("table"), QStringLiteral("Table 5")},
                               {QStringLiteral("tube"), tubeCode(tube)},
                               {QStringLiteral("tube_uuid"), QStringLiteral("uuid-%1").arg(tube)},
                               {QStringLiteral("people"), 5},
                               {QStringLiteral("box"), QStringLiteral("BX00000077")},
                               {QStringLiteral("box_uuid"), QStringLiteral("box-77")},
                               {QStringLiteral("state"), state},
                               {QStringLiteral("at"), when}};
        };
        const QJsonObject sealedBox{
            {QStringLiteral("seq"), 4},
            {QStringLiteral("kind"), QStringLiteral("box_state")},
            {QStringLiteral("station"), station},
            {QStringLiteral("table"), QStringLiteral("Table 5")},
            {QStringLiteral("box"), QStringLiteral("BX00000077")},
            {QStringLiteral("box_uuid"), QStringLiteral("box-77")},
            {QStringLiteral("state"), QStringLiteral("sealed")},
            {QStringLiteral("tube_count"), 1},
            {QStringLiteral("person_count"), 5},
            {QStringLiteral("tubes"),
             QJsonArray{QJsonObject{{QStringLiteral("tube"), tubeCode(8)},
                                    {QStringLiteral("tube_uuid"), QStringLiteral("uuid-8")},
                                    {QStringLiteral("people"), 5},
                                    {QStringLiteral("station"), station},
                                    {QStringLiteral("table"), QStringLiteral("Table 5")}}}},
            {QStringLiteral("at"), when}};
        QVERIFY(!facts
                     .apply({tubeFact(1, 9, QStringLiteral("sealed")),
                             tubeFact(2, 8, QStringLiteral("sealed")),
                             tubeFact(3, 8, QStringLiteral("boxed")), sealedBox},
                            4, t.f.clock()())
                     .isValid());
        t.table.setSiteFacts(&facts);
        t.signIn();
        BoxPanel *panel = t.window.samplingScreen()->boxPanel();
        // No box of this table yet: the other table's sealed box is shown, with its table.
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->boxCode(), QStringLiteral("BX00000077"));
        QVERIFY2(panel->tubesText().contains(QStringLiteral("Table 5")),
                 qPrintable(panel->tubesText()));

        t.scan(kBox);
        QCOMPARE(t.banner()->look(), Look::Success);
        QCOMPARE(panel->boxCode(), kBox);
        QVERIFY2(panel->othersWaitingText().contains(QStringLiteral("BX00000077 (Table 5)")),
                 qPrintable(panel->othersWaitingText()));
        t.scan(tubeCode(9));
        QCOMPARE(t.banner()->look(), Look::Success);
        QVERIFY2(panel->tubesText().contains(tubeCode(9) + QStringLiteral(" (Table 5)")),
                 qPrintable(panel->tubesText()));
        t.scan(tubeCode(8)); // already in the other table's box
        QCOMPARE(t.banner()->look(), Look::Refusal);
        QVERIFY2(t.banner()->text().contains(QStringLiteral("BX00000077")),
                 qPrintable(t.banner()->text()));
        t.scan(kBox); // sealed
        QCOMPARE(t.banner()->look(), Look::Attention);
        QCOMPARE(t.f.service->box(kBox)->personCount(), 5);
    }

    // Several boxes wait (this table's and another's): Ctrl+H lists them, all chosen; Space
    // leaves one; Enter hands over the chosen one only, and the other still waits.
    void severalBoxesWaitingArePickedInTheDialog() {
        TableDriver t;
        SiteFactsStore facts(t.f.db, QByteArray(32, '\x5a'), t.f.store->identity()->deviceId);
        const QString station = QStringLiteral("gz-th-0001-t05");
        const QString when = t.f.clock()().toString(Qt::ISODateWithMs);
        const QJsonObject sealedTube{{QStringLiteral("seq"), 1},
                                     {QStringLiteral("kind"), QStringLiteral("tube_state")},
                                     {QStringLiteral("station"), station},
                                     {QStringLiteral("table"), QStringLiteral("Table 5")},
                                     {QStringLiteral("tube"), tubeCode(8)},
                                     {QStringLiteral("tube_uuid"), QStringLiteral("uuid-8")},
                                     {QStringLiteral("people"), 5},
                                     {QStringLiteral("state"), QStringLiteral("sealed")},
                                     {QStringLiteral("at"), when}};
        QJsonObject boxedTube = sealedTube;
        boxedTube.insert(QStringLiteral("seq"), 2);
        boxedTube.insert(QStringLiteral("state"), QStringLiteral("boxed"));
        boxedTube.insert(QStringLiteral("box"), QStringLiteral("BX00000077"));
        boxedTube.insert(QStringLiteral("box_uuid"), QStringLiteral("box-77"));
        const QJsonObject sealedBox{
            {QStringLiteral("seq"), 3},
            {QStringLiteral("kind"), QStringLiteral("box_state")},
            {QStringLiteral("station"), station},
            {QStringLiteral("table"), QStringLiteral("Table 5")},
            {QStringLiteral("box"), QStringLiteral("BX00000077")},
            {QStringLiteral("box_uuid"), QStringLiteral("box-77")},
            {QStringLiteral("state"), QStringLiteral("sealed")},
            {QStringLiteral("tube_count"), 1},
            {QStringLiteral("person_count"), 5},
            {QStringLiteral("tubes"),
             QJsonArray{QJsonObject{{QStringLiteral("tube"), tubeCode(8)},
                                    {QStringLiteral("tube_uuid"), QStringLiteral("uuid-8")},
                                    {QStringLiteral("people"), 5},
                                    {QStringLiteral("station"), station},
                                    {QStringLiteral("table"), QStringLiteral("Table 5")}}}},
            {QStringLiteral("at"), when}};
        QVERIFY(!facts.apply({sealedTube, boxedTube, sealedBox}, 3, t.f.clock()()).isValid());
        t.table.setSiteFacts(&facts);
        t.signIn();
        fillTubes(t);
        t.scan(kBox);
        t.scan(tubeCode(1));
        t.scan(kBox); // sealed: this table's box waits too
        QCOMPARE(t.f.service->box(kBox)->state, BoxState::Sealed);

        // No QVERIFY inside: a failed check must not leave the dialog open.
        int rows = -1;
        QStringList chosenAtFirst;
        QStringList chosenAfterSpace;
        QString firstRow;
        bool accepted = false;
        onNextDialog(
            [&](QWidget *w) {
                auto *dialog = static_cast<HandOverDialog *>(w);
                QTest::qWait(20);
                if (!dialog->isActiveWindow())
                    dialog->activateWindow();
                if (!QTest::qWaitForWindowActive(dialog))
                    qWarning("the hand-over dialog did not become active");
                QTableWidget *list = dialog->boxList();
                if (!list) {
                    dialog->reject();
                    return;
                }
                rows = list->rowCount();
                firstRow = list->item(0, 0)->text() + QLatin1Char(' ') + list->item(0, 1)->text();
                chosenAtFirst = dialog->chosenBoxCodes();
                // The keyboard only: to the list, down to the other table's box, Space.
                list->setFocus();
                list->setCurrentCell(0, 0);
                QTest::keyClick(list, Qt::Key_Down);
                QTest::keyClick(list, Qt::Key_Space);
                chosenAfterSpace = dialog->chosenBoxCodes();
                typeText(dialog->carriedByField(), QStringLiteral("Wang Wei"));
                QTest::keyClick(dialog->carriedByField(), Qt::Key_Return);
                accepted = !dialog->isVisible();
                if (!accepted)
                    dialog->reject();
            },
            [](QWidget *w) { return qobject_cast<HandOverDialog *>(w) != nullptr; });
        t.key(Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(rows, 2);
        QVERIFY2(firstRow.startsWith(kBox), qPrintable(firstRow)); // the one on screen first
        QCOMPARE(chosenAtFirst, (QStringList{kBox, QStringLiteral("BX00000077")}));
        QCOMPARE(chosenAfterSpace, QStringList{kBox});
        QVERIFY(accepted);
        QCOMPARE(t.f.service->box(kBox)->state, BoxState::HandedOver);
        QCOMPARE(t.f.service->box(kBox)->carriedBy, QStringLiteral("Wang Wei"));
        // The other table's box was left: it still waits, and is now the one on the panel.
        const QList<BoxSnapshot> waiting = t.table.boxesWaiting();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().code, QStringLiteral("BX00000077"));
        QCOMPARE(t.window.samplingScreen()->boxPanel()->boxCode(), QStringLiteral("BX00000077"));
    }

    // Two boxes to one courier: the banner names both, with the tubes and people of both
    // (it named one box only, with that box's counts).
    void twoBoxesHandedOverAreBothNamed() {
        TableDriver t;
        t.signIn();
        fillTubes(t);
        const QString second = QStringLiteral("BX00000043");
        t.scan(kBox);
        t.scan(tubeCode(1));
        t.scan(kBox); // sealed: 1 tube, 10 people
        t.scan(second);
        t.scan(tubeCode(2));
        t.scan(second); // sealed: 1 tube, 1 person
        QCOMPARE(t.f.service->box(second)->state, BoxState::Sealed);

        bool accepted = false;
        onNextDialog(
            [&](QWidget *w) {
                auto *dialog = static_cast<HandOverDialog *>(w);
                typeText(dialog->carriedByField(), QStringLiteral("Lao Wang"));
                QTest::keyClick(dialog->carriedByField(), Qt::Key_Return);
                accepted = !dialog->isVisible();
                if (!accepted)
                    dialog->reject();
            },
            [](QWidget *w) { return qobject_cast<HandOverDialog *>(w) != nullptr; });
        t.key(Qt::Key_H, Qt::ControlModifier);
        QVERIFY(accepted);
        QCOMPARE(t.f.service->box(kBox)->state, BoxState::HandedOver);
        QCOMPARE(t.f.service->box(second)->state, BoxState::HandedOver);
        const QString text = t.banner()->text();
        QCOMPARE(t.banner()->look(), Look::Success);
        QVERIFY2(text.contains(kBox) && text.contains(second), qPrintable(text));
        // Untranslated here: "box(es)"; the English translation says "boxes".
        QVERIFY2(text.contains(QStringLiteral("2 box")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2 tube")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("11 person")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Lao Wang")), qPrintable(text));
    }
};

QTEST_MAIN(TestBoxScreen)
#include "tst_boxscreen.moc"
