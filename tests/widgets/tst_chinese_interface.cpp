// SPDX-License-Identifier: GPL-3.0-or-later
// The zh_CN interface speaks Chinese throughout: the station's windows and dialogs are opened in
// zh_CN, as the station starts them (its translation, Qt's own, the locale), and every text a
// visible widget shows is read: button and label texts, group titles, window titles, tooltips,
// placeholders, combo box items, spin box affixes, column headers, actions. A text with an
// English word fails, naming the window, the widget and the text. Latin that is no English
// (ID, QR, PIN, units, key names, printer addresses, example codes, test data) is allowed.
// Sentences meet as Chinese writes them: a space after a full-width mark ("。 请") fails too.
#include "core/domain/IdDocument.h"
#include "core/security/IdReveal.h"
#include "core/staff/StaffService.h"
#include "models/TodaysSamplesModel.h"
#include "tests/widgets/TableDriver.h"
#include "translations/StationTranslation.h"
#include "widgets/BoxPanel.h"
#include "widgets/FirstRunWizard.h"
#include "widgets/HandOverDialog.h"
#include "widgets/ManualEntryDialog.h"
#include "widgets/RevealIdDialog.h"
#include "widgets/SettingsDialog.h"
#include "widgets/StaffDialog.h"
#include "widgets/TodaysListDialog.h"
#include "widgets/printing/ReprintReasonDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLibraryInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTableWidget>
#include <QTextDocumentFragment>
#include <QTranslator>
#include <QWizard>

using namespace station;
using namespace station::test;

namespace {

// Latin words that are no English: abbreviations and names printed as they are in Chinese
// text, units, the keys' names on the keyboard, code kinds and check-digit schemes.
const QSet<QString> &allowedWords() {
    static const QSet<QString> words = {
        // abbreviations and protocol, product and format names
        QStringLiteral("ID"),
        QStringLiteral("QR"),
        QStringLiteral("PIN"),
        QStringLiteral("CSV"),
        QStringLiteral("URL"),
        QStringLiteral("TLS"),
        QStringLiteral("HID"),
        QStringLiteral("POS"),
        QStringLiteral("USB"),
        QStringLiteral("VID"),
        QStringLiteral("PID"),
        QStringLiteral("CUPS"),
        QStringLiteral("PDF"),
        QStringLiteral("PNG"),
        QStringLiteral("ZPL"),
        QStringLiteral("IP"),
        QStringLiteral("HTTPS"),
        QStringLiteral("HTTP"),
        QStringLiteral("UTF"),
        QStringLiteral("ASCII"),
        QStringLiteral("JSON"),
        QStringLiteral("ISO"),
        QStringLiteral("MOD"),
        QStringLiteral("GB"),
        QStringLiteral("Luhn"),
        QStringLiteral("Damm"),
        QStringLiteral("Zebra"),
        QStringLiteral("SG"),
        QStringLiteral("BX"),
        QStringLiteral("TB"),
        QStringLiteral("App"),
        QStringLiteral("APP"),
        QStringLiteral("WIDTHxHEIGHT"),
        QStringLiteral("WIDTH"),
        QStringLiteral("HEIGHT"),
        QStringLiteral("HOST"),
        QStringLiteral("PORT"),
        QStringLiteral("FILE"),
        QStringLiteral("PATH"),
        QStringLiteral("QUEUE"),
        QStringLiteral("auto"),
        QStringLiteral("none"),
        // commands and their options (lp -o raw)
        QStringLiteral("lp"),
        QStringLiteral("raw"),
        // units
        QStringLiteral("mm"),
        QStringLiteral("ms"),
        QStringLiteral("cm"),
        QStringLiteral("dpi"),
        // keys
        QStringLiteral("Ctrl"),
        QStringLiteral("Shift"),
        QStringLiteral("Alt"),
        QStringLiteral("Del"),
        QStringLiteral("Ins"),
        QStringLiteral("Esc"),
        QStringLiteral("Enter"),
        QStringLiteral("Tab"),
        QStringLiteral("Up"),
        QStringLiteral("Down"),
        QStringLiteral("Home"),
        QStringLiteral("End"),
        QStringLiteral("PgUp"),
        QStringLiteral("PgDown"),
        QStringLiteral("Backspace"),
        QStringLiteral("Space"),
        QStringLiteral("Delete"),
        QStringLiteral("Insert"),
    };
    return words;
}

// Whether `token` (a run of ASCII without spaces) is a code, an address, a path or an example
// rather than words: digits, slashes, colons, @, _ and dots between letters.
bool isCodeLike(const QString &token) {
    static const QRegularExpression codeLike(
        QStringLiteral(R"([0-9/\\:@_=#{}<>]|[A-Za-z]\.[A-Za-z])"));
    return codeLike.match(token).hasMatch();
}

class EnglishCheck {
public:
    // Shown as it is, not interface text: the fixture's site and staff names, and a language's
    // own name in the language list.
    QStringList shownAsIs;
    // Qt's own texts, allowed in English only when Qt's translation is not installed.
    QSet<QString> qtEnglish;
    QStringList problems;
    // Texts read, so that a walk that reads nothing cannot pass.
    int checked = 0;

    void check(const QString &window, const QString &widget, const QString &rawText) {
        if (rawText.trimmed().isEmpty())
            return;
        ++checked;
        QString text = rawText;
        if (Qt::mightBeRichText(text))
            text = QTextDocumentFragment::fromHtml(text).toPlainText();
        text.remove(QLatin1Char('&'));
        if (qtEnglish.contains(text.trimmed()))
            return;
        if (hasSpaceAfterFullWidthMark(text))
            problems << QStringLiteral("%1 › %2: \"%3\" (a space after a full-width mark)")
                            .arg(window, widget, rawText);
        for (const QString &d : std::as_const(shownAsIs))
            text.replace(d, QStringLiteral(" "));
        const QStringList words = englishWords(text);
        if (!words.isEmpty())
            problems << QStringLiteral("%1 › %2: \"%3\" (%4)")
                            .arg(window, widget, rawText, words.join(QStringLiteral(", ")));
    }

    // "已作废。 请扫描": sentences joined with a space after 。！？）… (core/domain/Sentences).
    static bool hasSpaceAfterFullWidthMark(const QString &text) {
        static const QRegularExpression spaced(
            QStringLiteral("[\\x{3001}-\\x{303F}\\x{FF01}-\\x{FF0F}\\x{FF1A}-\\x{FF1F}] "));
        return spaced.match(text).hasMatch();
    }

    static QStringList englishWords(const QString &text) {
        QStringList found;
        QString token;
        const auto flush = [&] {
            if (!token.isEmpty() && !isCodeLike(token)) {
                static const QRegularExpression letters(QStringLiteral("[A-Za-z]{2,}"));
                for (auto m = letters.globalMatch(token); m.hasNext();) {
                    const QString word = m.next().captured();
                    if (!allowedWords().contains(word) && !allowedWords().contains(word.toUpper()))
                        found << word;
                }
            }
            token.clear();
        };
        for (const QChar c : text) {
            if (c.unicode() < 0x80 && !c.isSpace())
                token += c;
            else
                flush();
        }
        flush();
        return found;
    }

    static QString nameOf(const QWidget *w) {
        QString name = QString::fromLatin1(w->metaObject()->className());
        if (!w->objectName().isEmpty())
            name += QLatin1Char('#') + w->objectName();
        return name;
    }

    void checkWidget(const QString &window, QWidget *w) {
        const QString name = nameOf(w);
        if (!w->toolTip().isEmpty())
            check(window, name + QStringLiteral(" (tooltip)"), w->toolTip());
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            check(window, name, b->text());
        if (auto *l = qobject_cast<QLabel *>(w))
            check(window, name, l->text());
        if (auto *g = qobject_cast<QGroupBox *>(w))
            check(window, name, g->title());
        if (auto *e = qobject_cast<QLineEdit *>(w))
            check(window, name + QStringLiteral(" (placeholder)"), e->placeholderText());
        if (auto *e = qobject_cast<QPlainTextEdit *>(w))
            check(window, name + QStringLiteral(" (placeholder)"), e->placeholderText());
        if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i) {
                check(window, name + QStringLiteral(" (item %1)").arg(i), c->itemText(i));
                check(window, name + QStringLiteral(" (item %1 tooltip)").arg(i),
                      c->itemData(i, Qt::ToolTipRole).toString());
            }
        }
        if (auto *s = qobject_cast<QSpinBox *>(w)) {
            check(window, name + QStringLiteral(" (suffix)"), s->suffix());
            check(window, name + QStringLiteral(" (prefix)"), s->prefix());
            check(window, name + QStringLiteral(" (special value)"), s->specialValueText());
        }
        if (auto *s = qobject_cast<QDoubleSpinBox *>(w)) {
            check(window, name + QStringLiteral(" (suffix)"), s->suffix());
            check(window, name + QStringLiteral(" (prefix)"), s->prefix());
        }
        if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
            for (int c = 0; c < v->model()->columnCount(); ++c)
                check(window, name + QStringLiteral(" (column %1)").arg(c),
                      v->model()->headerData(c, Qt::Horizontal).toString());
        }
        if (auto *t = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                check(window, name + QStringLiteral(" (tab %1)").arg(i), t->tabText(i));
        }
        const QList<QAction *> actions = w->actions();
        for (QAction *a : actions) {
            check(window, name + QStringLiteral(" (action)"), a->text());
            if (a->toolTip() != a->text())
                check(window, name + QStringLiteral(" (action tooltip)"), a->toolTip());
        }
    }

    // Every widget of `root` that is shown (or would be, with `root`), and `root` itself.
    void walk(QWidget *root, const QString &window) {
        const int before = checked;
        check(window, QStringLiteral("window title"), root->windowTitle());
        checkWidget(window, root);
        const QList<QWidget *> children = root->findChildren<QWidget *>();
        for (QWidget *w : children) {
            if (w->isWindow() || !w->isVisibleTo(root))
                continue;
            checkWidget(window, w);
        }
        if (checked - before < 3)
            problems << QStringLiteral("%1: only %2 text(s) read; is it shown?")
                            .arg(window)
                            .arg(checked - before);
    }
};

// The texts Qt gives its standard buttons, the wizard's buttons and the text field's menu,
// read before any translation is installed.
QSet<QString> qtOwnTexts() {
    QSet<QString> texts;
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save |
                         QDialogButtonBox::Close | QDialogButtonBox::Yes | QDialogButtonBox::No |
                         QDialogButtonBox::Discard | QDialogButtonBox::Apply |
                         QDialogButtonBox::Retry | QDialogButtonBox::Abort |
                         QDialogButtonBox::Ignore);
    for (QAbstractButton *b : box.buttons())
        texts << b->text().remove(QLatin1Char('&'));
    QWizard wizard;
    for (auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                       QWizard::CancelButton, QWizard::CommitButton, QWizard::HelpButton})
        texts << wizard.buttonText(which).remove(QLatin1Char('&'));
    QLineEdit edit;
    std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    for (QAction *a : menu->actions())
        texts << a->text().remove(QLatin1Char('&')).section(QLatin1Char('\t'), 0, 0);
    texts.remove(QString());
    return texts;
}

} // namespace

class TestChineseInterface : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void loginAndSamplingScreens();
    void settingsDialog();
    void firstRunWizard();
    void staffDialog();
    void handOverDialog();
    void manualEntryDialog();
    void todaysList();
    void reprintReason();
    void revealId();
    void messageBoxesAndStandardButtons();
    void qtCancelReadsChinese();
    void theFinderFindsEnglish();

private:
    void expectNoEnglish();

    QTranslator m_station;
    QTranslator m_qt;
    bool m_qtTranslated = false;
    EnglishCheck m_check;
};

void TestChineseInterface::initTestCase() {
    const QSet<QString> qtTexts = qtOwnTexts();
    // As the station starts in zh_CN (StationApp::installTranslations).
    QVERIFY(loadStationTranslation(m_station, QStringLiteral("zh_CN")));
    QCoreApplication::installTranslator(&m_station);
    m_qtTranslated = loadQtTranslation(m_qt, QStringLiteral("zh_CN"));
    if (m_qtTranslated) {
        QCoreApplication::installTranslator(&m_qt);
    } else {
        qWarning("Qt's Chinese translation (qtbase_zh_CN.qm, package qt6-translations-l10n) is "
                 "not installed in %s: Qt's own button texts are allowed in English",
                 qPrintable(QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        m_check.qtEnglish = qtTexts;
    }
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    m_check.shownAsIs = {QStringLiteral("Tianhe Sports Centre"), QStringLiteral("Li Na"),
                         QStringLiteral("English")};
}

void TestChineseInterface::cleanup() {
    expectNoEnglish();
}

void TestChineseInterface::expectNoEnglish() {
    const QStringList problems = m_check.problems;
    m_check.problems.clear();
    // Each on its own line: a long list would be cut in the failure message.
    for (const QString &problem : problems)
        qWarning("In the zh_CN interface: %s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 text(s) with English words or "
                                                           "a space after a full-width mark, "
                                                           "listed above; the first: %2")
                                                .arg(problems.size())
                                                .arg(problems.value(0))));
}

void TestChineseInterface::loginAndSamplingScreens() {
    TableDriver t;
    m_check.walk(&t.window, QStringLiteral("main window (sign-in)"));
    expectNoEnglish();
    t.signIn();
    m_check.walk(&t.window, QStringLiteral("main window (table, idle)"));
    expectNoEnglish();
    t.scan(tubeCode(1));
    t.scan(residentScan(resident(1, QStringLiteral("陈秀英"))));
    t.window.samplingScreen()->setCameraPreviewShown(true);
    m_check.walk(&t.window, QStringLiteral("main window (table, tube open)"));
    expectNoEnglish();
    t.scan(QStringLiteral("not a code"));
    m_check.walk(&t.window, QStringLiteral("main window (table, a refusal)"));
    expectNoEnglish();
    t.window.lock();
    m_check.walk(&t.window, QStringLiteral("main window (locked)"));
}

void TestChineseInterface::settingsDialog() {
    TableDriver t;
    SettingsDialog dialog(*t.settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    m_check.walk(&dialog, QStringLiteral("Settings"));
}

void TestChineseInterface::firstRunWizard() {
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(databasePath(dir.path())).ok());
    StationStore store(db);
    FirstRunWizard wizard(db, store);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    m_check.walk(&wizard, QStringLiteral("first-run wizard"));
    expectNoEnglish();
    wizard.accept(); // nothing filled in: the problem is said
    QVERIFY(!wizard.problemText().isEmpty());
    m_check.walk(&wizard, QStringLiteral("first-run wizard (a problem)"));
}

void TestChineseInterface::staffDialog() {
    StationFixture f;
    StaffService staff(f.db, f.codec, *f.store->identity(), f.clock());
    const Result<OperatorRef> admin = f.store->signIn(kStaffId, kPin);
    QVERIFY(admin.ok());
    StaffDialog dialog(staff, admin.value());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    m_check.walk(&dialog, QStringLiteral("Staff"));
    expectNoEnglish();
    // Ins: the form for a new operator.
    bool walked = false;
    onNextDialog([this, &walked](QWidget *form) {
        m_check.walk(form, QStringLiteral("Staff › new operator"));
        walked = true;
        static_cast<QDialog *>(form)->reject();
    });
    dialog.table()->setFocus();
    QTest::keyClick(dialog.table(), Qt::Key_Insert);
    QVERIFY(walked);
}

void TestChineseInterface::handOverDialog() {
    TableDriver t;
    t.signIn();
    t.scan(tubeCode(1));
    t.scan(residentScan(resident(1, QStringLiteral("陈秀英"))));
    answerNextQuestion(QStringLiteral("队列已空"));
    t.key(Qt::Key_E, Qt::ControlModifier);
    const QString box = QStringLiteral("BX000001");
    t.scan(box);
    m_check.walk(&t.window, QStringLiteral("main window (box open)"));
    expectNoEnglish();
    t.scan(tubeCode(1));
    t.scan(box);
    const Result<BoxSnapshot> sealed = t.f.service->box(box);
    QVERIFY(sealed.ok());
    m_check.walk(&t.window, QStringLiteral("main window (box sealed)"));
    expectNoEnglish();
    HandOverDialog dialog(t.table, {sealed.value()});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    m_check.walk(&dialog, QStringLiteral("hand-over"));
    expectNoEnglish();
    // Two boxes: the list, and an intro of two sentences ("…（在列表中按空格键）。已选：…").
    t.scan(tubeCode(2));
    t.scan(residentScan(resident(2, QStringLiteral("王芳"))));
    answerNextQuestion(QStringLiteral("队列已空"));
    t.key(Qt::Key_E, Qt::ControlModifier);
    const QString second = QStringLiteral("BX000002");
    t.scan(second);
    t.scan(tubeCode(2));
    t.scan(second);
    const Result<BoxSnapshot> sealedToo = t.f.service->box(second);
    QVERIFY(sealedToo.ok());
    HandOverDialog both(t.table, {sealed.value(), sealedToo.value()});
    both.show();
    QVERIFY(QTest::qWaitForWindowExposed(&both));
    m_check.walk(&both, QStringLiteral("hand-over (two boxes)"));
}

void TestChineseInterface::manualEntryDialog() {
    ManualEntryDialog dialog(QDate(2026, 6, 4));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    m_check.walk(&dialog, QStringLiteral("manual entry"));
}

void TestChineseInterface::todaysList() {
    TableDriver t;
    t.signIn();
    t.scan(tubeCode(1));
    t.scan(residentScan(resident(1, QStringLiteral("陈秀英"))));
    TodaysListDialog dialog(*t.f.service);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.model()->rowCount() > 0);
    m_check.walk(&dialog, QStringLiteral("today's list"));
}

void TestChineseInterface::reprintReason() {
    widgets::ReprintReasonDialog dialog(QStringLiteral("采样管 TB00000001 的标签"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    m_check.walk(&dialog, QStringLiteral("reprint reason"));
    // A reason typed in Chinese through an input method: no Latin-only hint sends it to
    // English, and what it commits is the reason; a scan it commits is kept out.
    QLineEdit *other = dialog.otherField();
    QVERIFY(!(other->inputMethodHints() & (Qt::ImhLatinOnly | Qt::ImhPreferLatin)));
    QSignalSpy scans(&dialog, &widgets::ReprintReasonDialog::scanTypedIn);
    QInputMethodEvent scanned;
    scanned.setCommitString(QStringLiteral("TB00000001"));
    QCoreApplication::sendEvent(other, &scanned);
    QCOMPARE(other->text(), QString());
    QCOMPARE(scans.count(), 1);
    QInputMethodEvent typed;
    typed.setCommitString(QStringLiteral("标签被雨淋湿"));
    QCoreApplication::sendEvent(other, &typed);
    QCOMPARE(dialog.reason(), QStringLiteral("标签被雨淋湿"));
}

void TestChineseInterface::revealId() {
    StationFixture f;
    f.signIn();
    QVERIFY(f.service->openTube(tubeCode(1)).ok());
    const ResidentCode person = resident(5, QStringLiteral("陈秀英"));
    const Result<SampleAdded> added = f.service->addResident(person, EntryMethod::Scanner);
    QVERIFY(added.ok());
    IdReveal reveal{f.db, *f.store, f.codec, f.clock()};
    const RevealSubject subject{added->sampleUuid, person.name, maskIdNumber(person.idNumber),
                                tubeCode(1), added->position};
    RevealIdDialog dialog(reveal, f.service->currentOperator(), subject);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    m_check.walk(&dialog, QStringLiteral("full ID number"));
}

void TestChineseInterface::messageBoxesAndStandardButtons() {
    QMessageBox message(QMessageBox::Question, QStringLiteral("标题"), QStringLiteral("内容"),
                        QMessageBox::Yes | QMessageBox::No | QMessageBox::Ok | QMessageBox::Cancel |
                            QMessageBox::Save | QMessageBox::Close);
    message.show();
    QVERIFY(QTest::qWaitForWindowExposed(&message));
    m_check.walk(&message, QStringLiteral("QMessageBox"));
    QDialog dialog;
    dialog.setWindowTitle(QStringLiteral("对话框"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                             QDialogButtonBox::Save | QDialogButtonBox::Close |
                                             QDialogButtonBox::Yes | QDialogButtonBox::No,
                                         &dialog);
    buttons->show();
    m_check.walk(&dialog, QStringLiteral("QDialogButtonBox"));
    QWizard wizard;
    wizard.setWindowTitle(QStringLiteral("向导"));
    for (auto which :
         {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton})
        m_check.check(QStringLiteral("QWizard"),
                      QStringLiteral("button %1").arg(static_cast<int>(which)),
                      wizard.buttonText(which));
    QLineEdit edit;
    std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    for (QAction *a : menu->actions())
        m_check.check(QStringLiteral("QLineEdit context menu"), QStringLiteral("action"),
                      a->text().section(QLatin1Char('\t'), 0, 0));
}

// Qt's own buttons come from Qt's translation, a dependency of the package.
void TestChineseInterface::qtCancelReadsChinese() {
    if (!m_qtTranslated)
        QSKIP("Qt's Chinese translation (qtbase_zh_CN.qm) is not installed on this machine: "
              "install qt6-translations-l10n (scripts/packages.txt)");
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')),
             QStringLiteral("取消"));
    QCOMPARE(box.button(QDialogButtonBox::Ok)->text().remove(QLatin1Char('&')),
             QStringLiteral("确定"));
}

// The finder itself: English words are found, codes, addresses, keys and units are not.
void TestChineseInterface::theFinderFindsEnglish() {
    QCOMPARE(EnglishCheck::englishWords(QStringLiteral("Set up statio")),
             (QStringList{QStringLiteral("Set"), QStringLiteral("up"), QStringLiteral("statio")}));
    QCOMPARE(EnglishCheck::englishWords(QStringLiteral("扫码（Ctrl+Z）")), QStringList());
    QCOMPARE(EnglishCheck::englishWords(QStringLiteral("如 zpl://HOST、pdf:FILE 或 0c2e:0b61")),
             QStringList());
    QCOMPARE(EnglishCheck::englishWords(QStringLiteral("身份证 ID 与 PIN、二维码 QR，50 mm")),
             QStringList());
    QCOMPARE(EnglishCheck::englishWords(QStringLiteral("采样管 TB00000001 已打开")), QStringList());
    QCOMPARE(EnglishCheck::englishWords(QStringLiteral("请重试 (Cancel)")),
             QStringList{QStringLiteral("Cancel")});
    QVERIFY(EnglishCheck::hasSpaceAfterFullWidthMark(QStringLiteral("已作废。 请扫描")));
    QVERIFY(EnglishCheck::hasSpaceAfterFullWidthMark(QStringLiteral("（空格键） 已选")));
    QVERIFY(!EnglishCheck::hasSpaceAfterFullWidthMark(QStringLiteral("已作废。请扫描")));
    QVERIFY(!EnglishCheck::hasSpaceAfterFullWidthMark(QStringLiteral("✓ 已打印 · 本台 3 条")));
}

QTEST_MAIN(TestChineseInterface)
#include "tst_chinese_interface.moc"
