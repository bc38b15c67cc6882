// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: builds a temporary provisioned station, drives the real main window with key
// events through its main screens and saves a picture of each (used by scripts/screenshots).
//   station_screenshot_tour OUT_DIR LANG QM_FILE
#include "core/domain/IdDocument.h"
#include "core/domain/ResidentCode.h"
#include "core/sampling/SamplingService.h"
#include "core/settings/StationSettings.h"
#include "core/storage/Database.h"
#include "core/storage/PersonalDataCodec.h"
#include "core/storage/StationPaths.h"
#include "core/storage/StationStore.h"
#include "widgets/LoginScreen.h"
#include "widgets/MainWindow.h"
#include "widgets/SamplingScreen.h"
#include "widgets/ScanField.h"
#include "widgets/Theme.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cstdio>

using namespace station;

namespace {

void typeText(QWidget *w, const QString &text) {
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f)
            QTest::keyClick(w, static_cast<char>(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

QString residentScan(int n, const QString &name) {
    ResidentCode r;
    r.registrationId = QStringLiteral("R2026-%1").arg(n, 6, 10, QLatin1Char('0'));
    r.name = name;
    const QString first17 = QStringLiteral("44010619850312") +
                            QStringLiteral("%1").arg(n * 37 % 1000, 3, 10, QLatin1Char('0'));
    r.idNumber = first17 + gb11643CheckCharacter(first17);
    r.phone = QStringLiteral("1380013%1").arg(n, 4, 10, QLatin1Char('0'));
    return QString::fromUtf8(encodeResidentCode(r));
}

bool save(QWidget *w, const QString &dir, const QString &name) {
    QTest::qWait(150);
    const QString path = QDir(dir).filePath(name);
    const bool ok = w->grab().save(path);
    std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: station_screenshot_tour OUT_DIR LANG QM_FILE\n");
        return 2;
    }
    const QString outDir = QString::fromLocal8Bit(argv[1]);
    const bool chinese = QString::fromLocal8Bit(argv[2]) == QLatin1String("zh_CN");
    QTranslator translator;
    if (!translator.load(QString::fromLocal8Bit(argv[3])))
        std::fprintf(stderr, "cannot load %s\n", argv[3]);
    app.installTranslator(&translator);
    QLocale::setDefault(QLocale(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en_GB")));
    theme::apply(app);
    QDir().mkpath(outDir);
    const QString prefix = chinese ? QStringLiteral("zh_CN-") : QStringLiteral("en-");

    QTemporaryDir data;
    Database db;
    if (!db.open(databasePath(data.path())).ok())
        return 1;
    PlaintextPersonalDataCodec codec;
    StationStore store(db);
    StationIdentity id;
    id.siteCode = QStringLiteral("GZ-TH-0001");
    id.siteName =
        chinese ? QStringLiteral("天河体育中心采样点") : QStringLiteral("Tianhe Sports Centre");
    id.district = QStringLiteral("440106");
    id.tableNumber = 3;
    const Status provisioned =
        store.provision(id, NewOperator{QStringLiteral("S001"),
                                        chinese ? QStringLiteral("李娜") : QStringLiteral("Li Na"),
                                        QStringLiteral("246810")});
    if (!provisioned.ok())
        return 1;
    SamplingService service(db, codec, *store.identity());
    StationSettings settings(settingsPath(data.path()));
    settings.setSoundEnabled(false);
    MainWindow window(store, service, settings);
    window.resize(1280, 800);
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    if (!QTest::qWaitForWindowActive(&window))
        std::fprintf(stderr, "the window did not become active\n");

    bool ok = true;
    LoginScreen *login = window.loginScreen();
    login->reset();
    login->staffIdField()->setFocus();
    typeText(login->staffIdField(), QStringLiteral("S001"));
    QTest::keyClick(login->staffIdField(), Qt::Key_Tab);
    typeText(login->pinField(), QStringLiteral("2468"));
    ok &= save(&window, outDir, prefix + QStringLiteral("login.png"));
    typeText(login->pinField(), QStringLiteral("10"));
    QTest::keyClick(login->pinField(), Qt::Key_Return);
    // The PIN is checked on a worker thread.
    if (!QTest::qWaitFor([login] { return !login->isChecking(); }, 30000))
        std::fprintf(stderr, "the PIN check did not finish\n");

    ScanField *field = window.samplingScreen()->scanField();
    const auto scan = [field](const QString &text) {
        typeText(field, text);
        QTest::keyClick(field, Qt::Key_Return);
    };
    const QStringList names =
        chinese
            ? QStringList{QStringLiteral("陈秀英"), QStringLiteral("王建国"),
                          QStringLiteral("李明"), QStringLiteral("张伟"), QStringLiteral("黄丽华")}
            : QStringList{QStringLiteral("Chen Xiuying"), QStringLiteral("Wang Jianguo"),
                          QStringLiteral("Li Ming"), QStringLiteral("Zhang Wei"),
                          QStringLiteral("Huang Lihua")};
    ok &= save(&window, outDir, prefix + QStringLiteral("empty.png"));
    scan(QStringLiteral("GZ20260604001"));
    for (int i = 0; i < names.size(); ++i)
        scan(residentScan(i + 1, names.at(i)));
    ok &= save(&window, outDir, prefix + QStringLiteral("sampling.png"));
    scan(residentScan(2, names.at(1)));
    ok &= save(&window, outDir, prefix + QStringLiteral("refusal.png"));
    return ok ? 0 : 1;
}
