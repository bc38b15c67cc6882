// SPDX-License-Identifier: GPL-3.0-or-later
// The table window's middle (the tube, the camera picture under it, the people beside them)
// on the laptop screens sites have, at 100 %, in Chinese and English: with the camera picture
// on, it fits without scrolling, so that neither the picture nor the tube's note nor the
// people list is cut, in every state of the tube: open with people, sealed with its label
// note, and none open with a refusal's note (a tester saw each of the last two scroll at
// 1280x720). Each state is also judged as tst_screenfit judges windows (nothing outside, no
// cut text); tst_screenfit keeps the window's other states.
#include "tests/widgets/LaptopScreens.h"
#include "tests/widgets/RowLanguage.h"
#include "tests/widgets/ScreenFit.h"
#include "tests/widgets/TableDriver.h"

#include "widgets/Theme.h"

#include <QDir>
#include <QScrollArea>
#include <QScrollBar>

using namespace station;
using namespace station::test;

class TestTableMiddle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void fitsWithTheCamera_data();
    void fitsWithTheCamera();

private:
    RowLanguage m_language;
};

void TestTableMiddle::init() {
    QVERIFY(m_language.install());
}

void TestTableMiddle::cleanup() {
    m_language.remove();
}

void TestTableMiddle::fitsWithTheCamera_data() {
    QTest::addColumn<QString>("screen");
    // At 100 %; at 125 % (1093x614 and 1024x576 of room) the middle may scroll.
    for (const LaptopScreen &s : kScreens) {
        if (s.logicalDpi != 96)
            continue;
        for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")})
            QTest::addRow("%s %s", qPrintable(language), s.name) << QString::fromLatin1(s.name);
    }
}

void TestTableMiddle::fitsWithTheCamera() {
    QFETCH(QString, screen);
    StationFixture f;
    auto settings = quietSettings(f.dir.path());
    settings->setCameraPreviewVisible(false);
    TableWorkflow table(*f.service);
    MainWindow window(*f.store, table, *settings);
    window.setScreen(laptopScreen(screen));
    window.move(laptopScreen(screen)->availableGeometry().topLeft());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    signInWith(window);
    QVERIFY(!window.isLocked());
    SamplingScreen *sampling = window.samplingScreen();
    const auto *middle = window.findChild<QScrollArea *>(QStringLiteral("tableMiddleScroll"));
    QVERIFY(middle);
    const auto scan = [&window](const QString &text) {
        window.onScanned(text, EntryMethod::Scanner);
    };
    QStringList problems;
    // The window as a window manager shows it on this screen, the camera picture on.
    const auto judge = [&](const QString &state) {
        sampling->setCameraPreviewShown(true);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        settle(&window);
        constrainToScreen(&window);
        problems += fitProblems(&window, state);
        if (const int by = middle->verticalScrollBar()->maximum(); by > 0)
            problems
                << QStringLiteral("%1: the table's middle scrolls by %2 px").arg(state).arg(by);
        sampling->setCameraPreviewShown(false);
    };

    // No tube open, and a person's code scanned: refused, the tube panel's note says so.
    scan(residentScan(resident(1, QStringLiteral("陈秀英"))));
    QVERIFY2(!sampling->tubePanelNote().isEmpty(), "no refusal note");
    QVERIFY(!table.openTube());
    judge(QStringLiteral("no tube, refused"));

    // A tube with five people.
    scan(tubeCode(1));
    for (int i = 1; i <= 5; ++i)
        scan(residentScan(resident(i + 1)));
    QVERIFY(sampling->tubePanelNote().isEmpty());
    judge(QStringLiteral("open tube"));

    // A recalled person (待复核) not sampled yet, the pooled tube open: the note says whose
    // ("⚠ Recalled person: not yet sampled again"), longer than a refusal's.
    sampling->report(ScanOutcome::recallAlert(QStringLiteral("PENDING RE-CHECK"), false));
    QVERIFY(sampling->isRefusalShown());
    judge(QStringLiteral("open tube, recalled person"));
    scan(residentScan(resident(7))); // recorded: the note goes
    QVERIFY(sampling->tubePanelNote().isEmpty());

    // The tube full and sealed: "put the label on this tube".
    for (int i = 10; table.openTube(); ++i)
        scan(residentScan(resident(i)));
    QCOMPARE(sampling->tubePanelNote(),
             QCoreApplication::translate("station::SamplingScreen", "Put the label on this tube"));
    judge(QStringLiteral("sealed tube"));

    window.recordCleanShutdown();
    for (const QString &problem : std::as_const(problems))
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0)));
}

int main(int argc, char **argv) {
    QTemporaryFile screens(QDir::tempPath() + QStringLiteral("/station-screens-XXXXXX.json"));
    useLaptopScreens(screens);
    QApplication app(argc, argv);
    theme::apply(app);
    TestTableMiddle test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tablemiddle.moc"
