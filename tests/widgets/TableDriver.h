// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Drives the real main window the way staff do: key events only. Dialogs opened by an
// action are answered by a callback that runs once the dialog is on screen.
#include "core/settings/StationSettings.h"
#include "scan/HidScanEventFilter.h"
#include "table/TableWorkflow.h"
#include "tests/models/StationFixture.h"
#include "widgets/LoginScreen.h"
#include "widgets/MainWindow.h"
#include "widgets/SamplingScreen.h"
#include "widgets/ScanField.h"
#include "widgets/StatusBanner.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace station::test {

// Types `text` as key events; characters outside ASCII arrive as text-only key events, as
// an input method or a scanner in Unicode mode delivers them.
inline void typeText(QWidget *w, const QString &text) {
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f)
            QTest::keyClick(w, static_cast<char>(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Key code of a character as a US keyboard (or a scanner typing like one) sends it.
inline int keyOfCharacter(QChar c) {
    if (c == QLatin1Char('\r'))
        return Qt::Key_Return;
    if (c == QLatin1Char('\t'))
        return Qt::Key_Tab;
    if (c.unicode() >= 0x7f)
        return Qt::Key_unknown;
    if (c.isLetter())
        return Qt::Key_A + (c.toUpper().unicode() - 'A');
    return c.unicode(); // digits and punctuation share their Latin-1 code
}

// Press and release of each character, through the application's event filters, the presses
// `gapMs` apart by their event timestamps (what the scanner's key filter judges), starting at
// `clockMs`, which moves on.
inline void sendTimedKeys(QWidget *target, const QString &text, ulong &clockMs, int gapMs) {
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, keyOfCharacter(c), Qt::NoModifier, QString(c));
        press.setTimestamp(clockMs);
        QCoreApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, keyOfCharacter(c), Qt::NoModifier, QString(c));
        release.setTimestamp(clockMs + 1);
        QCoreApplication::sendEvent(target, &release);
        clockMs += ulong(gapMs);
    }
}

// Runs `act` on the next modal dialog that `wanted` accepts, as soon as it is shown
// (inside its exec()). Gives up after 3,000 polls (at least 30 s): generous, because on a
// loaded shared machine building a dialog can take seconds, and a pass costs no waiting.
inline void onNextDialog(std::function<void(QWidget *)> act,
                         std::function<bool(QWidget *)> wanted = {}) {
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    auto remaining = std::make_shared<int>(3000);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, act, wanted, remaining] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (dialog && wanted && !wanted(dialog))
            dialog = nullptr;
        if (!dialog && --*remaining > 0)
            return;
        timer->stop();
        timer->deleteLater();
        if (dialog)
            act(dialog);
    });
    timer->start();
}

// Answers the next text question (a reason) by typing `answer` and pressing Enter.
inline void answerNextQuestion(const QString &answer, QString *question = nullptr) {
    onNextDialog(
        [answer, question](QWidget *dialog) {
            if (question) {
                QStringList texts;
                for (auto *label : dialog->findChildren<QLabel *>())
                    texts << label->text();
                *question = texts.join(QLatin1Char('\n'));
            }
            auto *edit = dialog->findChild<QLineEdit *>();
            QVERIFY(edit);
            typeText(edit, answer);
            QTest::keyClick(edit, Qt::Key_Return);
        },
        [](QWidget *dialog) { return dialog->findChild<QLineEdit *>() != nullptr; });
}

inline std::unique_ptr<StationSettings> quietSettings(const QString &dataDir) {
    auto s = std::make_unique<StationSettings>(settingsPath(dataDir));
    s->setSoundEnabled(false);
    return s;
}

// Argon2id on a loaded two-core CI machine: generous, and only reached on failure.
inline constexpr int kPinCheckTimeoutMs = 30000;

// Signs in on `window`'s sign-in screen with key events.
inline void signInWith(MainWindow &window, const QString &staffId = kStaffId,
                       const QString &pin = kPin) {
    LoginScreen *login = window.loginScreen();
    QVERIFY(login->isVisible());
    login->staffIdField()->setFocus();
    typeText(login->staffIdField(), staffId);
    QTest::keyClick(login->staffIdField(), Qt::Key_Tab);
    QVERIFY(login->pinField()->hasFocus());
    typeText(login->pinField(), pin);
    QTest::keyClick(login->pinField(), Qt::Key_Return);
    // The PIN is checked on a worker thread; the outcome arrives through the event loop.
    QTRY_VERIFY_WITH_TIMEOUT(!login->isChecking(), kPinCheckTimeoutMs);
}

class TableDriver {
public:
    TableDriver()
        : settings(quietSettings(f.dir.path()))
        , table(*f.service)
        , window(*f.store, table, *settings) {
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }

    void signIn(const QString &staffId = kStaffId, const QString &pin = kPin) {
        signInWith(window, staffId, pin);
    }

    static constexpr int kPinCheckTimeoutMs = test::kPinCheckTimeoutMs;

    ScanField *scanField() const { return window.samplingScreen()->scanField(); }
    StatusBanner *banner() const { return window.samplingScreen()->banner(); }

    // A handheld scanner's scan: a burst of keys 3 ms apart ending in Enter, read by the
    // application's key filter as the station does. The scan is handed to the window once the
    // keys are through (the filter is off again), so that a question it raises is answered
    // by plain key presses.
    void scan(const QString &text) {
        scan::HidScanEventFilter wedge;
        QStringList scans;
        QObject::connect(&wedge, &scan::Scanner::scanned,
                         [&scans](const QString &s) { scans.append(s); });
        QVERIFY(wedge.start());
        scannerClockMs += 10000;
        sendTimedKeys(scanField(), text + QLatin1Char('\r'), scannerClockMs, 3);
        wedge.stop();
        QCOMPARE(scans, QStringList{text});
        window.onScanned(scans.constFirst(), EntryMethod::Scanner);
    }

    // A handheld scanner's burst typed into whatever has the keyboard in `front` (a window
    // in front of the table: the dashboard, the sync problems list), read by the
    // application's key filter as the station does; the scan goes to the main window.
    void scanInto(QWidget *front, const QString &text) {
        scan::HidScanEventFilter wedge;
        QStringList scans;
        QObject::connect(&wedge, &scan::Scanner::scanned,
                         [&scans](const QString &s) { scans.append(s); });
        QVERIFY(wedge.start());
        scannerClockMs += 10000;
        QWidget *focused = front->focusWidget() ? front->focusWidget() : front;
        sendTimedKeys(focused, text + QLatin1Char('\r'), scannerClockMs, 3);
        wedge.stop();
        QCOMPARE(scans, QStringList{text});
        window.onScanned(scans.constFirst(), EntryMethod::Scanner);
    }

    // A code typed by a person into the scan field, ending in Enter (keys 150 ms apart).
    void typeIntoScanField(const QString &text) {
        scannerClockMs += 10000;
        sendTimedKeys(scanField(), text + QLatin1Char('\r'), scannerClockMs, 150);
    }

    // A shortcut key pressed on the table screen. A closed dialog hands activation back to
    // the window through the window manager; offscreen, the test does it.
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier) {
        if (!window.isActiveWindow()) {
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
        }
        QTest::keyClick(scanField(), k, mods);
    }

    // The window system's clock for timed key events.
    ulong scannerClockMs = 1000000;
    StationFixture f;
    std::unique_ptr<StationSettings> settings;
    TableWorkflow table;
    MainWindow window;
};

} // namespace station::test
