// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard window on the offscreen platform: built alone from a database path, shows
// the snapshot's figures, says the data is this station's only, runs the forecast; fits
// laptop screens in both languages with the application's theme, nothing overlapping, cut
// off or elided, dates in the interface's language, no font warnings.
#include "core/dashboard/SiteAggregatesSource.h"
#include "core/storage/StationPaths.h"
#include "models/dashboard/AlertListModel.h"
#include "models/dashboard/SiteTablesModel.h"
#include "tests/dashboard/DashboardFixture.h"
#include "tests/dashboard/FakeSiteSource.h"
#include "translations/StationTranslation.h"
#include "widgets/Theme.h"
#include "widgets/dashboard/DashboardWindow.h"
#include "widgets/dashboard/ForecastPanel.h"
#include "widgets/dashboard/ShiftReportExporter.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QChartView>
#include <QFile>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>

using namespace station;
using namespace station::dashboard;
using namespace station::test;

namespace {

// Every QFont complaint (e.g. "QFont::setPointSizeF: Point size <= 0") while it is installed.
QStringList g_fontWarnings;
QtMessageHandler g_previousHandler = nullptr;

void recordFontWarnings(QtMsgType type, const QMessageLogContext &context, const QString &msg) {
    if (msg.contains(QLatin1String("QFont::")))
        g_fontWarnings << msg;
    if (g_previousHandler)
        g_previousHandler(type, context, msg);
}

QString describe(const QWidget *w) {
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        name += QLatin1Char('#') + w->objectName();
    if (const auto *label = qobject_cast<const QLabel *>(w))
        name += QStringLiteral(" \"%1\"").arg(label->text().left(40));
    else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        name += QStringLiteral(" \"%1\"").arg(button->text());
    return name;
}

bool isScrolledContent(const QWidget *w) {
    const QWidget *viewport = w->parentWidget();
    return viewport && qobject_cast<const QScrollArea *>(viewport->parentWidget());
}

// What a person would see wrong in `window`: widgets outside their parent or overlapping a
// sibling, text cut off, chart labels elided (QtCharts elides with "..."). Content inside a scroll
// area may be taller than the area (it scrolls), never wider (the panels reflow instead).
QStringList layoutProblems(QWidget *window) {
    QStringList problems;
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *parent : std::as_const(widgets)) {
        if (!parent->isVisibleTo(window) && parent != window)
            continue;
        QList<QWidget *> children;
        for (QObject *o : parent->children()) {
            auto *child = qobject_cast<QWidget *>(o);
            if (child && !child->isWindow() && child->isVisibleTo(window))
                children << child;
        }
        for (int i = 0; i < children.size(); ++i) {
            QWidget *child = children[i];
            const QRect bounds(QPoint(0, 0), parent->size());
            if (isScrolledContent(child)) {
                if (child->width() > parent->width())
                    problems << describe(child) + QStringLiteral(" is wider than its scroll area");
            } else if (!bounds.contains(child->geometry())) {
                problems
                    << QStringLiteral("%1 lies outside %2").arg(describe(child), describe(parent));
            }
            for (int j = i + 1; j < children.size(); ++j) {
                if (child->geometry().intersects(children[j]->geometry()))
                    problems << QStringLiteral("%1 overlaps %2 in %3")
                                    .arg(describe(child), describe(children[j]), describe(parent));
            }
        }
        if (parent == window)
            continue;
        if (auto *label = qobject_cast<QLabel *>(parent); label && !label->text().isEmpty()) {
            const bool cut = label->wordWrap()
                                 ? label->height() < label->heightForWidth(label->width())
                                 : label->width() < label->minimumSizeHint().width() ||
                                       label->height() < label->minimumSizeHint().height();
            if (cut)
                problems << describe(label) + QStringLiteral(" is cut off");
        } else if (qobject_cast<QAbstractButton *>(parent) ||
                   qobject_cast<QAbstractSpinBox *>(parent)) {
            if (parent->width() < parent->minimumSizeHint().width() ||
                parent->height() < parent->minimumSizeHint().height())
                problems << describe(parent) + QStringLiteral(" is cut off");
        } else if (auto *chart = qobject_cast<QChartView *>(parent)) {
            const QList<QGraphicsItem *> items = chart->scene()->items();
            for (QGraphicsItem *item : items) {
                const auto *text = dynamic_cast<QGraphicsTextItem *>(item);
                if (text && text->isVisible() &&
                    (text->toPlainText().contains(QChar(0x2026)) ||
                     text->toPlainText().contains(QLatin1String("..."))))
                    problems << QStringLiteral("%1 shows \"%2\"")
                                    .arg(chart->accessibleName(), text->toPlainText());
            }
        }
    }
    return problems;
}

} // namespace

class TestDashboardWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The screens of the site laptops, at 100 % and 125 % scaling (a 1366x768 screen at
    // 125 % is 1093x614 device-independent pixels), less 60 pixels for a title bar and a
    // panel; in both languages, with the application's theme (its pixel-sized font).
    // The checks below see what they are for: an overlap, a cut label, a child outside.
    void layoutProblemsAreFound() {
        QWidget window;
        window.resize(300, 200);
        auto *a =
            new QLabel(QStringLiteral("A label far too long for the room it is given"), &window);
        a->setGeometry(10, 10, 60, 30);
        auto *b = new QWidget(&window);
        b->setGeometry(40, 20, 100, 100);
        auto *outside = new QWidget(&window);
        outside->setGeometry(250, 150, 100, 100);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString problems = layoutProblems(&window).join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QLatin1String("overlaps")), qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("is cut off")), qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("lies outside")), qPrintable(problems));
    }

    void fitsLaptopScreens_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("site");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            const QList<std::pair<const char *, QSize>> screens = {
                {"1366x768", QSize(1366, 768)},
                {"1280x720", QSize(1280, 720)},
                {"1366x768 at 125%", QSize(1093, 614)},
                {"1280x720 at 125%", QSize(1024, 576)}};
            for (const auto &[name, screen] : screens) {
                QTest::addRow("%s %s", qPrintable(language), name)
                    << language << QSize(screen.width(), screen.height() - 60) << false;
                // With every table of a large site, the hub cut off from the province.
                QTest::addRow("%s %s, site", qPrintable(language), name)
                    << language << QSize(screen.width(), screen.height() - 60) << true;
            }
        }
    }

    void fitsLaptopScreens() {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(bool, site);
        QTranslator translator;
        if (language != QLatin1String("en")) {
            QVERIFY(loadStationTranslation(translator, language));
            QCoreApplication::installTranslator(&translator);
        }
        const QLocale previousLocale;
        QLocale::setDefault(QLocale(language));
        theme::apply(*qApp);
        g_fontWarnings.clear();
        g_previousHandler = qInstallMessageHandler(recordFontWarnings);
        auto restore = qScopeGuard([&] {
            qInstallMessageHandler(g_previousHandler);
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(previousLocale);
            qApp->setStyleSheet(QString());
        });

        TempStation st;
        QVERIFY(st.ok());
        // Wednesday 2 December 2026, two operators' worth of a morning.
        const QDateTime t0 = zoned("Asia/Shanghai", 2026, 12, 2, 8, 0);
        int tube = 1;
        for (int i = 0; i < 45; ++i)
            QVERIFY(swabAt(st, t0.addSecs(80 * i), i + 1, tube) > 0);
        const QDateTime now = t0.addSecs(80 * 45 + 120);
        DashboardWindow window(
            databasePath(st.dataDir()), [now] { return now; }, QTimeZone("Asia/Shanghai"));
        QSignalSpy spy(&window, &DashboardWindow::refreshed);
        FakeSiteSource source;
        source.figures = busySite(now, 7);
        if (site)
            window.setSiteSource(&source);
        window.forecastPanel()->setPeopleRemaining(4200);
        window.forecastPanel()->setTarget(QTime(20, 0));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The laptop's size, after the window fitted itself to the test's own screen.
        window.resize(size);
        QVERIFY(!spy.isEmpty() || spy.wait(10000));
        QTest::qWait(50); // the layouts settle

        QVERIFY2(g_fontWarnings.isEmpty(), qPrintable(g_fontWarnings.join(QLatin1Char('\n'))));
        const QSize minimum = window.minimumSizeHint();
        QVERIFY2(
            minimum.width() <= size.width() && minimum.height() <= size.height(),
            qPrintable(
                QStringLiteral("needs at least %1x%2").arg(minimum.width()).arg(minimum.height())));
        QCOMPARE(window.size(), size);
        const QStringList problems = layoutProblems(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        // The day in the interface's language ("2026年12月2日星期三"), never in English.
        const QString day = QLocale(language).toString(QDate(2026, 12, 2), QLocale::LongFormat);
        const QList<QLabel *> labels = window.findChildren<QLabel *>();
        QVERIFY2(std::any_of(labels.cbegin(), labels.cend(),
                             [&](const QLabel *l) { return l->text() == day; }),
                 qPrintable(day));
        if (language == QLatin1String("zh_CN")) {
            QVERIFY(day.contains(QStringLiteral("星期三")));
            QVERIFY(std::none_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
                return l->text().contains(QLatin1String("Wednesday")) ||
                       l->text().contains(QLatin1String("December"));
            }));
        }
    }

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

    // The station's sync problems are alerts on the dashboard, refreshed off the GUI thread
    // like its other figures; F7 there asks for the list they name.
    void syncProblemsAreAlerts() {
        TempStation st;
        QVERIFY(st.ok());
        const QDateTime t0 = zoned("Asia/Shanghai", 2026, 11, 25, 9, 0);
        int tube = 1;
        QVERIFY(swabAt(st, t0, 1, tube) > 0);
        QSqlQuery q(st.db().connection());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO site_notes (uuid, kind, reason, noted_at) SELECT uuid, "
                           "'tube_code_reused', 'r', '2026-11-25T01:30:00.000Z' FROM tubes")));
        const QDateTime now = t0.addSecs(60);
        DashboardWindow window(
            databasePath(st.dataDir()), [now] { return now; }, QTimeZone("Asia/Shanghai"));
        QSignalSpy spy(&window, &DashboardWindow::refreshed);
        QSignalSpy wanted(&window, &DashboardWindow::syncProblemsRequested);
        window.show();
        QVERIFY(spy.wait(10000));
        const AlertListModel *alerts = window.findChild<AlertListModel *>();
        QVERIFY(alerts);
        QStringList texts;
        for (int r = 0; r < alerts->rowCount(); ++r)
            texts << alerts->index(r, 0).data().toString();
        QVERIFY2(texts.size() == 1 &&
                     texts.first().contains(QStringLiteral("1 tube code(s) of this table")) &&
                     texts.first().contains(QStringLiteral("See Sync problems (F7)")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        QCOMPARE(alerts->index(0, 0).data(AlertListModel::SeverityRole).toInt(),
                 int(AlertSeverity::Critical));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F7);
        QCOMPARE(wanted.size(), 1);
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

    // Every table of the site, with how fresh each one's figures are and the hub's backlog.
    void siteTablesAreShown() {
        TempStation st;
        QVERIFY(st.ok());
        const QDateTime now = zoned("Asia/Shanghai", 2026, 11, 25, 16, 42);
        DashboardWindow window(
            databasePath(st.dataDir()), [now] { return now; }, QTimeZone("Asia/Shanghai"));
        QSignalSpy spy(&window, &DashboardWindow::refreshed);
        QVERIFY(spy.wait(10000));
        FakeSiteSource source;
        source.figures = busySite(now.addSecs(-20), 7);
        window.setSiteSource(&source); // asks at once
        window.refreshNow();
        QVERIFY(spy.wait(10000));
        QCOMPARE(source.requests, 2);
        SiteTablesModel *model = window.siteTablesModel();
        QCOMPARE(model->rowCount(), 9); // eight from the hub and this station's own
        QStringList rows;
        for (int r = 0; r < model->rowCount(); ++r)
            rows << model->index(r, SiteTablesModel::TableColumn).data().toString() +
                        QStringLiteral(": ") +
                        model->index(r, SiteTablesModel::FreshnessColumn).data().toString();
        QCOMPARE(rows.at(0), QStringLiteral("Table 1: as of 16:41, 1 min ago"));
        QCOMPARE(rows.at(3), QStringLiteral("Table 4: NOT HEARD FROM since 16:16, 25 min ago"));
        QCOMPARE(rows.at(4), QStringLiteral("Table 5: NOT HEARD FROM yet"));
        QVERIFY2(rows.contains(QStringLiteral("Table 7 (this table): live, as of 16:42")),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(model->index(0, SiteTablesModel::BoxesColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("OVER 4 h")));
        // The forecast is the site's: six tables swabbed in the last hour and are not idle
        // (table 4 is silent, 5 never heard from, this one has no swab).
        QCOMPARE(window.forecastPanel()->tablesWorking(), 6);
        const QString state = window.siteStateText();
        QVERIFY2(state.startsWith(QStringLiteral("Figures from the site hub, as of 16:41 (just "
                                                 "now).")),
                 qPrintable(state));
        QVERIFY2(state.contains(QStringLiteral("The hub cannot reach the province: 1,234 records "
                                               "waiting (last sent 15:53).")),
                 qPrintable(state));
        const QList<QLabel *> labels = window.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
            return l->text().startsWith(
                QStringLiteral("Tables of the site from the site hub (as of 16:41)"));
        }));
    }

    // A site hub just restarted has sent nothing to the province yet: said so in words, not
    // "last sent never" ("最近一次上传在 从未"), in either language; and the site's sentences
    // follow each other as the language writes them (no space after "。").
    void aHubThatHasSentNothingYetSaysSo_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<qint64>("pending");
        QTest::addColumn<bool>("connected");
        QTest::addColumn<QString>("english");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            QTest::addRow("%s, cut off with a backlog", qPrintable(language))
                << language << qint64(1234) << false
                << QStringLiteral("The hub cannot reach the province: 1,234 records waiting "
                                  "(nothing sent yet). Nothing is lost; they go when the link "
                                  "is back.");
            QTest::addRow("%s, connected with a backlog", qPrintable(language))
                << language << qint64(12) << true
                << QStringLiteral("The hub's backlog to the province: 12 records, oldest from "
                                  "15:51 (nothing sent yet).");
            QTest::addRow("%s, connected, nothing waiting", qPrintable(language))
                << language << qint64(0) << true
                << QStringLiteral("The hub is connected to the province; nothing sent yet, "
                                  "nothing waiting.");
        }
    }

    void aHubThatHasSentNothingYetSaysSo() {
        QFETCH(QString, language);
        QFETCH(qint64, pending);
        QFETCH(bool, connected);
        QFETCH(QString, english);
        QTranslator translator;
        QVERIFY(loadStationTranslation(translator, language));
        QCoreApplication::installTranslator(&translator);
        const auto restore =
            qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        TempStation st;
        QVERIFY(st.ok());
        const QDateTime now = zoned("Asia/Shanghai", 2026, 11, 25, 16, 42);
        DashboardWindow window(
            databasePath(st.dataDir()), [now] { return now; }, QTimeZone("Asia/Shanghai"));
        QSignalSpy spy(&window, &DashboardWindow::refreshed);
        QVERIFY(spy.wait(10000));
        FakeSiteSource source;
        source.figures = busySite(now.addSecs(-20), 7);
        source.figures->upstream->pending = pending;
        source.figures->upstream->connected = connected;
        source.figures->upstream->lastSuccessAt = QDateTime(); // restarted: nothing sent yet
        if (pending == 0)
            source.figures->upstream->oldestPendingAt = QDateTime();
        window.setSiteSource(&source);
        window.refreshNow();
        QVERIFY(spy.wait(10000));
        const QString state = window.siteStateText();
        if (language == QLatin1String("en")) {
            QVERIFY2(state.startsWith(QStringLiteral("Figures from the site hub, as of 16:41 "
                                                     "(just now). ")),
                     qPrintable(state));
            QVERIFY2(state.endsWith(english), qPrintable(state));
        } else {
            QVERIFY2(state.startsWith(QStringLiteral("数据来自采样点中心，截至 16:41（")),
                     qPrintable(state));
            QVERIFY2(!state.contains(QStringLiteral("从未")), qPrintable(state));
            QVERIFY2(!state.contains(QStringLiteral("。 ")), qPrintable(state));
        }
        QVERIFY2(!state.contains(QLatin1String("never")), qPrintable(state));
    }

    // The hub goes away: its last figures stay, saying how old they are, and this table's
    // own figures are live.
    void unreachableHubKeepsTheLastFigures() {
        TempStation st;
        QVERIFY(st.ok());
        auto now = std::make_shared<QDateTime>(zoned("Asia/Shanghai", 2026, 11, 25, 16, 42));
        DashboardWindow window(
            databasePath(st.dataDir()), [now] { return *now; }, QTimeZone("Asia/Shanghai"));
        QSignalSpy spy(&window, &DashboardWindow::refreshed);
        QVERIFY(spy.wait(10000));
        FakeSiteSource source;
        source.figures = busySite(*now, 7);
        window.setSiteSource(&source);
        window.refreshNow();
        QVERIFY(spy.wait(10000));
        QCOMPARE(window.siteTablesModel()->rowCount(), 9);

        *now = now->addSecs(12 * 60);
        source.figures.reset();
        source.failure = QStringLiteral("The server cannot be reached (Connection refused).");
        window.refreshNow();
        QVERIFY(spy.wait(10000));
        QCOMPARE(source.requests, 3);
        const QString state = window.siteStateText();
        QVERIFY2(state.startsWith(QStringLiteral(
                     "The server cannot be reached (Connection refused). Showing the last figures "
                     "of the site hub, as of 16:42 (12 min ago); this table's own figures are "
                     "live.")),
                 qPrintable(state));
        SiteTablesModel *model = window.siteTablesModel();
        QCOMPARE(model->rowCount(), 9);
        // The hub's figures are 12 minutes old now: every table of it is marked so.
        QCOMPARE(model->index(0, SiteTablesModel::FreshnessColumn).data().toString(),
                 QStringLiteral("NOT HEARD FROM since 16:41, 12 min ago"));
        QVERIFY(model->index(6, SiteTablesModel::FreshnessColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("live, as of 16:54")));
        const QList<QLabel *> labels = window.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
            return l->text().startsWith(QStringLiteral("The site's tables are as of 16:42 (12 min "
                                                       "ago)"));
        }));
    }

    // The tester's site with the province stopped: table 2's swab reached the hub, not the
    // province. "0 — everything has reached the province" was not true.
    void recordsHeldAtTheHubAreNotAtTheProvince() {
        TempStation st;
        QVERIFY(st.ok());
        const QDateTime now = zoned("Asia/Shanghai", 2026, 11, 25, 16, 42);
        DashboardWindow window(
            databasePath(st.dataDir()), [now] { return now; }, QTimeZone("Asia/Shanghai"));
        QSignalSpy spy(&window, &DashboardWindow::refreshed);
        QVERIFY(spy.wait(10000));
        // Everything of this table acknowledged (by the hub).
        QSqlQuery(st.db().connection())
            .exec(QStringLiteral("UPDATE outbox SET state = 'acked', acked_at = created_at"));
        FakeSiteSource source;
        source.figures = busySite(now.addSecs(-20), 7);
        SiteTable own;
        own.station = source.figures->ownStation;
        own.label = QStringLiteral("Table 7");
        own.tableNumber = 7;
        own.pending = 0;
        own.heldAtHub = 1;
        source.figures->siteTables.append(own);
        window.setSiteSource(&source);
        window.refreshNow();
        QVERIFY(spy.wait(10000));
        QCOMPARE(window.snapshot().sync.pending, 0);
        const QList<QLabel *> labels = window.findChildren<QLabel *>();
        const auto shown = [&](const QString &text) {
            return std::any_of(labels.cbegin(), labels.cend(),
                               [&](const QLabel *l) { return l->text() == text; });
        };
        QVERIFY(shown(QStringLiteral("0 here · 1 at the site hub, not yet at the province")));
        QVERIFY(!shown(QStringLiteral("everything has reached the province")));
        // The hub relayed it: now it has.
        source.figures->siteTables.last().heldAtHub = 0;
        window.refreshNow();
        QVERIFY(spy.wait(10000));
        QVERIFY(shown(QStringLiteral("everything has reached the province")));
    }

    // The hub stopped before the dashboard was opened (F4 after the outage began): the
    // hub's last figures, with their age, not this table alone; and no "no alerts".
    void openedWhileTheHubIsDown() {
        TempStation st;
        QVERIFY(st.ok());
        auto now = std::make_shared<QDateTime>(zoned("Asia/Shanghai", 2026, 11, 25, 16, 42));
        FakeSiteSource source;
        source.figures = busySite(*now, 7);
        {
            DashboardWindow first(
                databasePath(st.dataDir()), [now] { return *now; }, QTimeZone("Asia/Shanghai"));
            QSignalSpy spy(&first, &DashboardWindow::refreshed);
            QVERIFY(spy.wait(10000));
            first.setSiteSource(&source);
            QCOMPARE(first.siteTablesModel()->rowCount(), 9);
        } // closed
        *now = now->addSecs(12 * 60);
        source.figures.reset();
        source.failure = QStringLiteral("The server cannot be reached (Connection refused).");
        source.request({}); // the application's source asks on its own, without a window
        DashboardWindow window(
            databasePath(st.dataDir()), [now] { return *now; }, QTimeZone("Asia/Shanghai"));
        QSignalSpy spy(&window, &DashboardWindow::refreshed);
        QVERIFY(spy.wait(10000));
        window.setSiteSource(&source);
        QCOMPARE(window.siteTablesModel()->rowCount(), 9);
        QCOMPARE(window.siteTablesModel()->index(0, SiteTablesModel::FreshnessColumn).data(),
                 QVariant(QStringLiteral("NOT HEARD FROM since 16:41, 12 min ago")));
        QVERIFY2(window.siteStateText().startsWith(QStringLiteral(
                     "The server cannot be reached (Connection refused). Showing the last figures "
                     "of the site hub, as of 16:42 (12 min ago)")),
                 qPrintable(window.siteStateText()));
        const AlertListModel *alerts = window.findChild<AlertListModel *>();
        QVERIFY(alerts);
        QStringList texts;
        for (int r = 0; r < alerts->rowCount(); ++r)
            texts << alerts->index(r, 0).data().toString();
        QVERIFY2(texts.contains(QStringLiteral(
                     "The site hub cannot be reached: the other tables' figures and alerts are as "
                     "of 16:42 (12 min ago) and may be out of date.")),
                 qPrintable(texts.join(QLatin1Char('\n'))));
        // Tables heard from when the hub last answered are not told to check their network.
        for (int r = 0; r < alerts->rowCount(); ++r) {
            const QString text = alerts->index(r, 0).data().toString();
            QVERIFY2(!text.startsWith(QStringLiteral("Table 1 has not been heard from")),
                     qPrintable(text));
        }
    }

    // Never answered and cannot be reached: the alerts do not say that every table is fine.
    void unreachableWithoutFiguresIsAnAlert() {
        TempStation st;
        QVERIFY(st.ok());
        const QDateTime now = zoned("Asia/Shanghai", 2026, 11, 25, 16, 42);
        DashboardWindow window(
            databasePath(st.dataDir()), [now] { return now; }, QTimeZone("Asia/Shanghai"));
        QSignalSpy spy(&window, &DashboardWindow::refreshed);
        QVERIFY(spy.wait(10000));
        FakeSiteSource source;
        source.failure = QStringLiteral("The server cannot be reached (Host unreachable).");
        window.setSiteSource(&source);
        const AlertListModel *alerts = window.findChild<AlertListModel *>();
        QVERIFY(alerts);
        QStringList texts;
        for (int r = 0; r < alerts->rowCount(); ++r)
            texts << alerts->index(r, 0).data().toString();
        QVERIFY2(texts.contains(QStringLiteral("The site's sync server cannot be reached: this "
                                               "station cannot know how the other tables are "
                                               "doing.")),
                 qPrintable(texts.join(QLatin1Char('\n'))));
    }

    // A station with no hub nor province answering yet: this table only, said so.
    void neverAnsweredShowsThisTable() {
        TempStation st;
        QVERIFY(st.ok());
        const QDateTime now = zoned("Asia/Shanghai", 2026, 11, 25, 16, 42);
        DashboardWindow window(
            databasePath(st.dataDir()), [now] { return now; }, QTimeZone("Asia/Shanghai"));
        QSignalSpy spy(&window, &DashboardWindow::refreshed);
        QVERIFY(spy.wait(10000));
        FakeSiteSource source;
        source.failure = QStringLiteral("The server cannot be reached (Host unreachable).");
        window.setSiteSource(&source);
        window.refreshNow();
        QVERIFY(spy.wait(10000));
        QCOMPARE(window.siteTablesModel()->rowCount(), 1);
        QVERIFY2(window.siteStateText().contains(
                     QStringLiteral("The server cannot be reached (Host unreachable). This "
                                    "table's own figures are live; the other tables appear when "
                                    "the site's sync server answers.")),
                 qPrintable(window.siteStateText()));
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
