// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI speaks the language of the system locale, with the window's translations: its own
// messages (context "cli") and those of the core it runs.
#include "tests/support/CliRun.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Output {
    int exitCode = -1;
    QString out;
    QString err;
};

Output runIn(const QString &locale, const QStringList &args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), locale);
    const QMap<QString, QString> secrets = station::test::cliTestSecrets();
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(station::test::cliExecutable(), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class CliTranslationTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void usageFollowsTheLocale() {
        const Output zh = runIn(QStringLiteral("zh_CN.UTF-8"), {QStringLiteral("--help")});
        QCOMPARE(zh.exitCode, 0);
        QVERIFY2(zh.out.contains(QStringLiteral("用法：sampling-station-cli 命令 [选项]")),
                 qPrintable(zh.out));
        // The command summaries are marked with QT_TRANSLATE_NOOP and translated on output.
        QVERIFY2(zh.out.contains(QStringLiteral("以非交互方式设置工作站")), qPrintable(zh.out));

        const Output c = runIn(QStringLiteral("C.UTF-8"), {QStringLiteral("--help")});
        QCOMPARE(c.exitCode, 0);
        QVERIFY2(c.out.contains(QStringLiteral("Usage: sampling-station-cli COMMAND [options]")),
                 qPrintable(c.out));
    }

    // A command's own --help is QCommandLineParser's: its headings and the standard -h
    // option come from Qt's translations (qt6-translations-l10n), not the station's.
    void commandHelpUsesQtsTranslation() {
        const Output zh = runIn(QStringLiteral("zh_CN.UTF-8"),
                                {QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(zh.exitCode, 0);
        QVERIFY2(zh.out.contains(QStringLiteral("选项：")), qPrintable(zh.out));
        QVERIFY2(zh.out.contains(QStringLiteral("用法：")), qPrintable(zh.out));
        QVERIFY2(!zh.out.contains(QStringLiteral("Options:")), qPrintable(zh.out));

        const Output c =
            runIn(QStringLiteral("C.UTF-8"), {QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(c.exitCode, 0);
        QVERIFY2(c.out.contains(QStringLiteral("Options:")), qPrintable(c.out));
    }

    void commandMessagesAreTranslated() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Output r = runIn(QStringLiteral("zh_CN.UTF-8"),
                               {QStringLiteral("export"), QStringLiteral("--data-dir"), dir.path(),
                                QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("未知格式 xml：请使用 json 或 csv。")),
                 qPrintable(r.err));
    }

    void coreMessagesAreTranslated() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList args = station::test::cliInitArgs(dir.path());
        const int table = args.indexOf(QStringLiteral("--table"));
        QVERIFY(table >= 0);
        args[table + 1] = QStringLiteral("0");
        const Output r = runIn(QStringLiteral("zh_CN.UTF-8"), args);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("采样台号必须在 1 到 99999 之间。")),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(CliTranslationTest)
#include "tst_cli_translation.moc"
