// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard window on the offscreen platform: built alone from a database path, shows
// the snapshot's figures, says the data is this station's only, runs the forecast.
#include "core/dashboard/SiteAggregatesSource.h"
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

namespace {

// Stands in for the sync client's per-site aggregates: answers every request at once.
class FakeSiteSource : public SiteAggregatesSource {
public:
    QDateTime computedAt;
    int requests = 0;
    bool available() const override { return true; }
    void request(const QDate &) override {
        ++requests;
        SiteFigures f;
        f.computedAt = computedAt;
        TableThroughput a;
        a.tableNumber = 7;
        a.samples = 30;
        TableThroughput b;
        b.tableNumber = 8;
        b.samples = 44;
        f.tables = {a, b};
        f.samplesToday = 74;
        Q_EMIT figuresReady(f);
    }
};

} // namespace

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

    // Figures older than two refresh intervals are marked not current, never shown as now.
    void oldFiguresAreMarkedNotCurrent() {
        TempStation st;
        QVERIFY(st.ok());
        auto now = std::make_shared<QDateTime>(zoned("Asia/Shanghai", 2026, 11, 25, 9, 30));
        DashboardWindow window(
            databasePath(st.dataDir()), [now] { return *now; }, QTimeZone("Asia/Shanghai"));
        QSignalSpy spy(&window, &DashboardWindow::refreshed);
        QVERIFY(spy.wait(10000));
        QVERIFY(!window.showingStale());
        *now = now->addSecs(5 * 60); // the worker has not answered for 5 minutes
        window.updateFreshness();
        QVERIFY(window.showingStale());
        const QList<QLabel *> labels = window.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
            return l->text() == QStringLiteral("NOT CURRENT — figures as of 09:30");
        }));
    }

    void unreadableDatabaseIsSaid() {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("not-a-dir")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        DashboardWindow window(dir.filePath(QStringLiteral("not-a-dir/station.db")));
        QSignalSpy spy(&window, &DashboardWindow::refreshed);
        QVERIFY(spy.wait(10000));
        QVERIFY(window.showingStale());
        QVERIFY(!window.snapshot().valid);
        const QList<QLabel *> labels = window.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
            return l->text().startsWith(QStringLiteral("The dashboard could not be refreshed"));
        }));
    }

    void siteFiguresAreLabelled() {
        TempStation st;
        QVERIFY(st.ok());
        const QDateTime now = zoned("Asia/Shanghai", 2026, 11, 25, 9, 30);
        DashboardWindow window(
            databasePath(st.dataDir()), [now] { return now; }, QTimeZone("Asia/Shanghai"));
        QSignalSpy spy(&window, &DashboardWindow::refreshed);
        QVERIFY(spy.wait(10000));
        FakeSiteSource source;
        source.computedAt = now.addSecs(-20);
        window.setSiteSource(&source);
        window.refreshNow();
        QVERIFY(spy.wait(10000));
        QCOMPARE(source.requests, 1);
        const QList<QLabel *> labels = window.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
            return l->text().startsWith(
                QStringLiteral("Site-wide per-table figures from the province server (computed "
                               "09:29)"));
        }));
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
