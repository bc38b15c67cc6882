// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The laptop screens sites have, 1366x768 and 1280x720 at 100 % and 125 % scaling, as screens
// of the offscreen platform side by side (125 % as a logical DPI of 120, as desktops report
// it), for the tests that open windows on them (tst_screenfit, tst_tablemiddle).
#include <QByteArray>
#include <QFile>
#include <QGuiApplication>
#include <QScreen>
#include <QString>
#include <QTemporaryFile>

namespace station::test {

struct LaptopScreen {
    const char *name; // also the screen's name on the offscreen platform
    int width;
    int height;
    int logicalDpi; // 96 = 100 %, 120 = 125 %
};

inline constexpr LaptopScreen kScreens[] = {
    {"1366x768 100%", 1366, 768, 96},
    {"1280x720 100%", 1280, 720, 96},
    {"1366x768 125%", 1366, 768, 120},
    {"1280x720 125%", 1280, 720, 120},
};

// The offscreen platform with the four screens side by side; kept until the test ends.
inline void useLaptopScreens(QTemporaryFile &config) {
    QByteArray screens;
    int x = 0;
    for (const LaptopScreen &s : kScreens) {
        if (!screens.isEmpty())
            screens += ',';
        screens += QStringLiteral("{\"name\":\"%1\",\"x\":%2,\"y\":0,\"width\":%3,\"height\":%4,"
                                  "\"logicalDpi\":%5,\"logicalBaseDpi\":96}")
                       .arg(QLatin1String(s.name))
                       .arg(x)
                       .arg(s.width)
                       .arg(s.height)
                       .arg(s.logicalDpi)
                       .toUtf8();
        x += s.width;
    }
    if (!config.open())
        qFatal("cannot write the offscreen platform's screens");
    config.write("{\"screens\":[" + screens + "]}");
    config.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config.fileName()));
}

// The offscreen screen called `name` (one of kScreens' names, as set up by useLaptopScreens).
inline QScreen *laptopScreen(const QString &name) {
    for (QScreen *s : QGuiApplication::screens()) {
        if (s->name() == name)
            return s;
    }
    qFatal("no offscreen screen %s", qPrintable(name));
}

} // namespace station::test
