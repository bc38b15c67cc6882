// SPDX-License-Identifier: GPL-3.0-or-later
// Shows the dashboard on its own: on an existing station (--data-dir) or on generated
// demo data (--demo), optionally saving a screenshot after the first refresh.
#include "bench/dashboard/StationDataGenerator.h"
#include "core/storage/Database.h"
#include "core/storage/StationPaths.h"
#include "widgets/dashboard/DashboardWindow.h"
#include "widgets/dashboard/ForecastPanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace station;

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption(
        {QStringLiteral("data-dir"), QStringLiteral("Station directory."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("demo"), QStringLiteral("Generate a demo day and show it.")});
    p.addOption({QStringLiteral("screenshot"),
                 QStringLiteral("Save a PNG after the first "
                                "refresh and exit."),
                 QStringLiteral("FILE")});
    p.process(app);

    const QTimeZone zone("Asia/Shanghai");
    QTemporaryDir tmp;
    QString path = databasePath(p.value(QStringLiteral("data-dir")));
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (p.isSet(QStringLiteral("demo"))) {
        path = databasePath(tmp.path());
        bench::GeneratorOptions o;
        o.samples = 2100;
        o.days = 3;
        o.zone = zone;
        o.now = QDateTime(QDate(2026, 11, 25), QTime(15, 5), zone).toUTC();
        o.handOverAfterSeconds = 3 * 3600;
        now = o.now;
        Database db;
        if (!db.open(path).ok())
            return 1;
        const auto r = bench::generateStationData(db, o);
        if (!r.ok()) {
            QTextStream(stderr) << r.message() << '\n';
            return 1;
        }
    }
    dashboard::DashboardWindow window(
        path, [now] { return now; }, zone);
    window.resize(1440, 960);
    window.forecastPanel()->setPeopleRemaining(4200);
    window.forecastPanel()->setTarget(QTime(20, 0));
    window.show();
    if (p.isSet(QStringLiteral("screenshot"))) {
        const QString file = p.value(QStringLiteral("screenshot"));
        QObject::connect(&window, &dashboard::DashboardWindow::refreshed, &window, [&] {
            QTimer::singleShot(300, &window, [&] {
                window.grab().save(file);
                app.quit();
            });
        });
    }
    return app.exec();
}
