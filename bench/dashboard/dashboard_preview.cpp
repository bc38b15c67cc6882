// SPDX-License-Identifier: GPL-3.0-or-later
// Shows the dashboard on its own: on an existing station (--data-dir) or on generated
// demo data (--demo), optionally saving a screenshot after the first refresh; in a chosen
// language, size and contrast, with the application's theme.
#include "bench/dashboard/StationDataGenerator.h"
#include "core/storage/Database.h"
#include "core/storage/StationPaths.h"
#include "translations/StationTranslation.h"
#include "widgets/Theme.h"
#include "widgets/dashboard/DashboardWindow.h"
#include "widgets/dashboard/ForecastPanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

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
    p.addOption({QStringLiteral("lang"), QStringLiteral("Interface language: zh_CN or en."),
                 QStringLiteral("LANG")});
    p.addOption({QStringLiteral("size"), QStringLiteral("Window size, e.g. 1366x768."),
                 QStringLiteral("WxH"), QStringLiteral("1440x960")});
    p.addOption({QStringLiteral("high-contrast"), QStringLiteral("The high-contrast theme.")});
    p.process(app);

    const QString language = chooseLanguage(p.value(QStringLiteral("lang")));
    QTranslator translator;
    if (loadStationTranslation(translator, language))
        app.installTranslator(&translator);
    QTranslator qtTranslator;
    if (qtTranslator.load(QStringLiteral("qtbase_%1").arg(language),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qtTranslator);
    QLocale::setDefault(QLocale(language));
    theme::apply(app, p.isSet(QStringLiteral("high-contrast")) ? theme::Contrast::High
                                                               : theme::contrastFromEnvironment());
    const QStringList size = p.value(QStringLiteral("size")).split(QLatin1Char('x'));

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
    window.resize(size.value(0).toInt(), size.value(1).toInt());
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
