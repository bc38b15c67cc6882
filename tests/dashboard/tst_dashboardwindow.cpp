// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard window on the offscreen platform: built alone from a database path, shows
// the snapshot's figures, says the data is this station's only, runs the forecast.
#include "core/storage/StationPaths.h"
#include "tests/dashboard/DashboardFixture.h"
#include "widgets/dashboard/DashboardWindow.h"
#include "widgets/dashboard/ForecastPanel.h"
#include "widgets/dashboard/ShiftReportExporter.h"

#include <QFile>

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

    // The UI's report path: written on a worker thread, outcome signalled.
    void exportsReportOffTheGuiThread() {
        TempStation st;
        QVERIFY(st.ok());
        const QDateTime t0 = zoned("Asia/Shanghai", 2026, 11, 25, 9, 0);
        int tube = 1;
        for (int i = 0; i < 7; ++i)
            QVERIFY(swabAt(st, t0.addSecs(60 * i), i + 1, tube) > 0);
        QTemporaryDir out;
        ShiftReportExporter exporter(databasePath(st.dataDir()), QTimeZone("Asia/Shanghai"));
        QSignalSpy spy(&exporter, &ShiftReportExporter::finished);
        const QString csv = out.filePath(QStringLiteral("r.csv"));
        exporter.exportDay(QDate(2026, 11, 25), csv);
        QVERIFY(exporter.busy());
        QVERIFY(spy.wait(20000));
        QVERIFY2(spy.first().at(0).toBool(), qPrintable(spy.first().at(1).toString()));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("swabs_taken,7"));
        const QString pdf = out.filePath(QStringLiteral("r.pdf"));
        exporter.exportDay(QDate(2026, 11, 25), pdf);
        QVERIFY(spy.wait(20000));
        QVERIFY2(spy.last().at(0).toBool(), qPrintable(spy.last().at(1).toString()));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == QByteArray("%PDF-"));
    }
};

QTEST_MAIN(TestDashboardWindow)
#include "tst_dashboardwindow.moc"
