// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: builds a temporary provisioned station, drives the real main window with key
// events through its main screens and saves a picture of each (used by scripts/screenshots).
//   station_screenshot_tour OUT_DIR LANG QM_FILE
//   station_screenshot_tour --write-demo-video FILE.avi   (a camera video for --video-source)
#include "core/domain/IdDocument.h"
#include "core/domain/ResidentCode.h"
#include "core/sampling/SamplingService.h"
#include "core/security/PersonalDataAccess.h"
#include "core/settings/StationSettings.h"
#include "core/storage/Database.h"
#include "core/storage/StationPaths.h"
#include "core/storage/StationStore.h"
#include "scan/CodeRenderer.h"
#include "scan/VideoFileScanner.h"
#include "table/TableWorkflow.h"
#include "tests/scan/MjpegAviWriter.h"
#include "widgets/CameraPreview.h"
#include "widgets/LoginScreen.h"
#include "widgets/MainWindow.h"
#include "widgets/SamplingScreen.h"
#include "widgets/Theme.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cmath>
#include <cstdio>
#include <functional>

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

// What is held up in front of the webcam in one frame of a generated camera video.
enum class Held { Nothing, TubeLabel, Phone, TwoPhones };

void drawPhone(QPainter &p, QPointF centre, qreal angle, const QString &code, bool chinese) {
    p.save();
    p.translate(centre);
    p.rotate(angle);
    const QRectF body(-190, -360, 380, 760);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(28, 30, 34));
    p.drawRoundedRect(body, 40, 40);
    const QRectF screen = body.adjusted(14, 60, -14, -60);
    p.setBrush(QColor(248, 250, 252));
    p.drawRoundedRect(screen, 8, 8);
    p.setBrush(QColor(31, 95, 139));
    p.drawRect(QRectF(screen.left(), screen.top(), screen.width(), 70));
    QFont f;
    f.setPixelSize(26);
    f.setBold(true);
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(QRectF(screen.left(), screen.top(), screen.width(), 70), Qt::AlignCenter,
               chinese ? QStringLiteral("核酸采样码") : QStringLiteral("Sampling code"));
    const QImage qr = scan::renderCode(scan::CodeFormat::QRCode, code, 5, 3);
    p.drawImage(QPointF(-qr.width() / 2.0, screen.top() + 100), qr);
    p.restore();
}

void drawTubeLabel(QPainter &p, QPointF centre, qreal angle, const QString &code) {
    p.save();
    p.translate(centre);
    p.rotate(angle);
    const QImage bars = scan::renderCode(scan::CodeFormat::Code128, code, 3, 10, 50);
    const QRectF label(-bars.width() / 2.0 - 10, -bars.height() / 2.0 - 20, bars.width() + 20,
                       bars.height() + 70);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(60, 50, 40, 80)); // fingers' shadow
    p.drawRoundedRect(label.translated(6, 8), 6, 6);
    p.setBrush(QColor(252, 252, 248));
    p.drawRoundedRect(label, 6, 6);
    p.drawImage(QPointF(-bars.width() / 2.0, -bars.height() / 2.0 - 10), bars);
    QFont f;
    f.setPixelSize(24);
    p.setFont(f);
    p.setPen(QColor(20, 20, 20));
    p.drawText(QRectF(label.left(), label.bottom() - 46, label.width(), 40), Qt::AlignCenter, code);
    p.restore();
}

// One frame of a webcam looking over a sampling table: a tube label or a phone held up,
// slightly turned and drifting a little from frame to frame.
QImage cameraScene(Held held, int frameIndex, bool chinese, const QString &code,
                   const QString &secondCode = QString()) {
    QImage image(1280, 720, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient wall(0, 0, 0, 720);
    wall.setColorAt(0, QColor(176, 186, 196));
    wall.setColorAt(0.62, QColor(150, 160, 170));
    wall.setColorAt(0.63, QColor(120, 98, 78)); // table edge
    wall.setColorAt(1, QColor(96, 78, 62));
    p.fillRect(image.rect(), wall);
    // The tent behind, so the picture reads as a camera view.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(70, 110, 160, 90));
    p.drawRect(QRectF(0, 90, 300, 360));
    p.drawRect(QRectF(1010, 60, 270, 400));
    const qreal drift = 6.0 * std::sin(frameIndex / 5.0);
    switch (held) {
    case Held::Nothing:
        break;
    case Held::TubeLabel:
        drawTubeLabel(p, QPointF(640 + drift, 340), 4, code);
        break;
    case Held::Phone:
        drawPhone(p, QPointF(650 + drift, 400 + drift / 2), -7, code, chinese);
        break;
    case Held::TwoPhones:
        p.save();
        p.scale(0.8, 0.8);
        drawPhone(p, QPointF(480 + drift, 520), -5, code, chinese);
        drawPhone(p, QPointF(1120 - drift, 540), 6, secondCode, chinese);
        p.restore();
        break;
    }
    p.end();
    return image;
}

// A demo video for `sampling-station --video-source`: an empty table (time to sign in), a
// tube label, a resident's phone, then two phones at once (one code at a time), 10 fps.
bool writeDemoVideo(const QString &path, const QString &tube, const QString &resident,
                    const QString &otherResident) {
    QList<QImage> frames;
    const auto add = [&frames](int count, const std::function<QImage(int)> &make) {
        for (int i = 0; i < count; ++i)
            frames.append(make(int(frames.size())));
    };
    add(60, [](int i) { return cameraScene(Held::Nothing, i, false, {}); });
    add(40, [&](int i) { return cameraScene(Held::TubeLabel, i, false, tube); });
    add(15, [](int i) { return cameraScene(Held::Nothing, i, false, {}); });
    add(40, [&](int i) { return cameraScene(Held::Phone, i, false, resident); });
    add(15, [](int i) { return cameraScene(Held::Nothing, i, false, {}); });
    add(40, [&](int i) { return cameraScene(Held::TwoPhones, i, false, otherResident, resident); });
    return test::writeMjpegAvi(path, frames, 10, 80);
}

// The camera picture at work: a generated video played through the real pipeline
// (QMediaPlayer -> QVideoSink -> FrameDecodeWorker -> scan -> table screen and preview).
bool cameraShot(MainWindow &window, const QString &workDir, Held held, const QString &code,
                const QString &secondCode, bool chinese, const QString &outDir,
                const QString &name) {
    QList<QImage> frames;
    for (int i = 0; i < 40; ++i)
        frames.append(cameraScene(held, i, chinese, code, secondCode));
    const QString video = QDir(workDir).filePath(name + QStringLiteral(".avi"));
    if (!test::writeMjpegAvi(video, frames, 10)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(video));
        return false;
    }
    SamplingScreen *screen = window.samplingScreen();
    CameraPreview *preview = screen->cameraPreview();
    screen->setCameraPreviewShown(true);
    scan::VideoFileScanner scanner;
    scanner.setLooping(true);
    // Wired as StationApp wires a camera.
    QObject::connect(&scanner, &scan::VideoFileScanner::scanned, &window, &MainWindow::onScanned);
    QObject::connect(&scanner, &scan::VideoFileScanner::oneCodeAtATime, &window,
                     &MainWindow::showScanNotice);
    QObject::connect(&scanner, &scan::VideoFileScanner::frameReady, preview,
                     &CameraPreview::presentFrame);
    QObject::connect(&scanner, &scan::VideoFileScanner::codesFound, preview,
                     &CameraPreview::showCodes);
    bool answered = false;
    QObject::connect(&scanner, &scan::VideoFileScanner::scanned, [&answered] { answered = true; });
    QObject::connect(&scanner, &scan::VideoFileScanner::oneCodeAtATime,
                     [&answered] { answered = true; });
    QObject::connect(&scanner, &scan::VideoFileScanner::statusChanged,
                     [](const QString &m, bool working) {
                         if (!working)
                             std::fprintf(stderr, "%s\n", qPrintable(m));
                     });
    preview->setCameraStatus(QStringLiteral("video"), true);
    scanner.play(video);
    const int outlines = held == Held::TwoPhones ? 2 : 1;
    const bool seen = QTest::qWaitFor(
        [&] { return answered && preview->visibleOutlineCount() == outlines; }, 15000);
    if (!seen)
        std::fprintf(stderr, "the video's code was not read\n");
    const bool ok = seen && save(&window, outDir, name + QStringLiteral(".png"));
    scanner.stop();
    return ok;
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--write-demo-video") {
        const bool written = writeDemoVideo(
            QString::fromLocal8Bit(argv[2]), QStringLiteral("GZ20260604002"),
            residentScan(7, QStringLiteral("Zhou Min")), residentScan(8, QStringLiteral("Wu Lei")));
        std::printf("%s %s\n", written ? "wrote" : "FAILED", argv[2]);
        return written ? 0 : 1;
    }
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
    const QString kPassphrase = QStringLiteral("screenshot tour passphrase");
    Database db;
    if (!db.open(databasePath(data.path())).ok())
        return 1;
    StationStore store(db);
    StationIdentity id;
    id.siteCode = QStringLiteral("GZ-TH-0001");
    id.siteName =
        chinese ? QStringLiteral("天河体育中心采样点") : QStringLiteral("Tianhe Sports Centre");
    id.district = QStringLiteral("440106");
    id.tableNumber = 3;
    const Status provisioned =
        store.provision(id,
                        NewOperator{QStringLiteral("S001"),
                                    chinese ? QStringLiteral("李娜") : QStringLiteral("Li Na"),
                                    QStringLiteral("246810")},
                        kPassphrase, PassphraseCost::minimal());
    if (!provisioned.ok())
        return 1;
    const auto codec = unlockPersonalData(db, kPassphrase);
    if (!codec.ok())
        return 1;
    SamplingService service(db, *codec.value(), *store.identity());
    StationSettings settings(settingsPath(data.path()));
    settings.setSoundEnabled(false);
    TableWorkflow table(service);
    MainWindow window(store, table, settings);
    // A table with a handheld scanner only, as in the first pictures; the camera comes last.
    window.samplingScreen()->setCameraPreviewShown(false);
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

    // A handheld scanner's scans (text typed into the scan field would be a manual entry).
    const auto scan = [&window](const QString &text) {
        window.onScanned(text, EntryMethod::Scanner);
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
    const QString liuFang =
        residentScan(6, chinese ? QStringLiteral("刘芳") : QStringLiteral("Liu Fang"));
    ok &= cameraShot(window, data.path(), Held::Phone, liuFang, QString(), chinese, outDir,
                     prefix + QStringLiteral("camera"));
    ok &= cameraShot(window, data.path(), Held::TwoPhones,
                     residentScan(7, chinese ? QStringLiteral("周敏") : QStringLiteral("Zhou Min")),
                     residentScan(8, chinese ? QStringLiteral("吴磊") : QStringLiteral("Wu Lei")),
                     chinese, outDir, prefix + QStringLiteral("camera-two-codes"));

    // The tube fills up and seals itself: it stays on screen until its label is on and the
    // next tube is scanned.
    window.samplingScreen()->setCameraPreviewShown(false);
    const QStringList more =
        chinese
            ? QStringList{QStringLiteral("赵磊"), QStringLiteral("孙丽"), QStringLiteral("郭强"),
                          QStringLiteral("何静"), QStringLiteral("林涛"), QStringLiteral("高敏")}
            : QStringList{QStringLiteral("Zhao Lei"),  QStringLiteral("Sun Li"),
                          QStringLiteral("Guo Qiang"), QStringLiteral("He Jing"),
                          QStringLiteral("Lin Tao"),   QStringLiteral("Gao Min")};
    for (int i = 0; i < more.size() && service.openTubeSnapshot(); ++i)
        scan(residentScan(20 + i, more.at(i)));
    ok &= save(&window, outDir, prefix + QStringLiteral("sealed.png"));

    // The next tube, two people, then the station stops without closing (a power cut): the
    // window made at the next start says so and shows the tube.
    scan(QStringLiteral("GZ20260604002"));
    scan(residentScan(30, chinese ? QStringLiteral("马超") : QStringLiteral("Ma Chao")));
    scan(residentScan(31, chinese ? QStringLiteral("陈秀英") : QStringLiteral("Chen Xiuying")));
    ok &= save(&window, outDir, prefix + QStringLiteral("success.png"));
    window.hide();
    TableWorkflow restartedTable(service);
    MainWindow restarted(store, restartedTable, settings);
    restarted.samplingScreen()->setCameraPreviewShown(false);
    restarted.resize(1280, 800);
    restarted.show();
    restarted.activateWindow();
    if (!QTest::qWaitForWindowExposed(&restarted))
        return 1;
    if (!QTest::qWaitForWindowActive(&restarted))
        std::fprintf(stderr, "the restarted window did not become active\n");
    LoginScreen *again = restarted.loginScreen();
    again->staffIdField()->setFocus();
    typeText(again->staffIdField(), QStringLiteral("S001"));
    QTest::keyClick(again->staffIdField(), Qt::Key_Tab);
    typeText(again->pinField(), QStringLiteral("246810"));
    QTest::keyClick(again->pinField(), Qt::Key_Return);
    if (!QTest::qWaitFor([again] { return !again->isChecking(); }, 30000))
        std::fprintf(stderr, "the PIN check did not finish\n");
    ok &= save(&restarted, outDir, prefix + QStringLiteral("recovered.png"));

    // An ID card's number scanned by mistake: refused, and not shown.
    restarted.onScanned(QStringLiteral("44010619850312037X"), EntryMethod::Scanner);
    ok &= save(&restarted, outDir, prefix + QStringLiteral("refusal-unknown-code.png"));
    restarted.recordCleanShutdown();
    return ok ? 0 : 1;
}
