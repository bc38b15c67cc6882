// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard window on the offscreen platform: built alone from a database path, shows
// the snapshot's figures, says the data is this station's only, runs the forecast.
#include "core/storage/StationPaths.h"
#include "tests/dashboard/DashboardFixture.h"
#include "widgets/dashboard/DashboardWindow.h"
#include "widgets/dashboard/ForecastPanel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace station;
using namespace station::dashboard;
using namespace station::test;

class TestDashboardWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsStationFigures() {
        TempStation st;
        QVERIFY(st.ok());
        const QDateTime t0 = zoned("Asia/Shanghai", 2026, 11, 25, 9, 0);
        int tube = 1;
        for (int i = 0; i < 30; ++i) // one every 60 s: 60 people/hour
            QVERIFY(swabAt(st, t0.addSecs(60 * i), i + 1, tube) > 0);
        const QDateTime now = t0.addSecs(30 * 60);
        DashboardWindow window(
            databasePath(st.dataDir()), [now] { return now; }, QTimeZone("Asia/Shanghai"));
        QSignalSpy spy(&window, &DashboardWindow::refreshed);
        window.show();
        QVERIFY(spy.wait(10000));
        QVERIFY(window.snapshot().valid);
        QCOMPARE(window.snapshot().samplesToday, 30);
        QVERIFY(!window.showingStale());
        const QList<QLabel *> labels = window.findChildren<QLabel *>();
        auto shown = [&](const QString &text) {
            return std::any_of(labels.cbegin(), labels.cend(),
                               [&](const QLabel *l) { return l->text().contains(text); });
        };
        QVERIFY(shown(QStringLiteral("As of 09:30")));
        QVERIFY(shown(QStringLiteral("This station only (table 7)")));
        QVERIFY(shown(QStringLiteral("天河体育中心")));
        // 30 swabs in the last 30 minutes: 60 per hour; 600 people take 10 hours.
        window.forecastPanel()->setTarget(QTime(14, 30));
        window.forecastPanel()->setPeopleRemaining(600);
        QCOMPARE(window.forecastPanel()->projectedFinishText(), QStringLiteral("19:30"));
        QCOMPARE(window.forecastPanel()->tablesNeededText(), QStringLiteral("2 (1 more)"));
    }
};

QTEST_MAIN(TestDashboardWindow)
#include "tst_dashboardwindow.moc"
