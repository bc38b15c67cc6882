// SPDX-License-Identifier: GPL-3.0-or-later
// The box screen at the table: pack sealed tubes by scanning, seal by scanning the box code
// again, hand over with Ctrl+H. Driven through the real window with key events only.
#include "tests/widgets/TableDriver.h"

#include "widgets/BoxPanel.h"
#include "widgets/HandOverDialog.h"

using namespace station;
using namespace station::test;

using Look = StatusBanner::Look;

namespace {

const QString kBox = QStringLiteral("BX00000042");

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
        QCOMPARE(t.f.service->box(kBox)->state, BoxState::Sealed);
        QVERIFY(panel->isVisible()); // waits for the courier
        QVERIFY2(panel->reconciliationText().contains(QStringLiteral("agree")),
                 qPrintable(panel->reconciliationText()));

        // Past two hours the countdown turns amber and hand-over needs a temperature.
        t.f.ticks += 2 * 3600 + 60;
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
                // The platform window turns active before QApplication moves focus into
                // the dialog: wait for the latter, or focus is read too early.
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
};

QTEST_MAIN(TestBoxScreen)
#include "tst_boxscreen.moc"
