// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded translations load, and messages translated through Q_DECLARE_TR_FUNCTIONS
// (in a class, or in a file-local struct of free functions) reach their Chinese text: the
// context the code asks for is the one lupdate filed the message under.
#include "core/domain/StationIdentity.h"
#include "core/security/IdReveal.h"
#include "core/storage/StationStore.h"
#include "models/SyncStatusText.h"
#include "translations/StationTranslation.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace station;

class TranslationsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bothLanguagesAreEmbedded() {
        QTranslator zh;
        QVERIFY(loadStationTranslation(zh, QStringLiteral("zh_CN")));
        QTranslator en;
        QVERIFY(loadStationTranslation(en, QStringLiteral("en")));
        QTranslator none;
        QVERIFY(!loadStationTranslation(none, QStringLiteral("xx")));
    }

    void anExplicitLanguageWins() {
        QCOMPARE(chooseLanguage(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(chooseLanguage(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    }

    void classMessagesAreTranslated() {
        const Installed chinese(QStringLiteral("zh_CN"));
        NewOperator op{QStringLiteral("S001"), QStringLiteral(" "), QStringLiteral("246810")};
        QCOMPARE(StationStore::validateOperator(op).message(),
                 QStringLiteral("必须填写操作员姓名。"));
        // A free function of the file reaches the class's context too.
        QCOMPARE(revealPurposeDisplayName(RevealPurpose::Other),
                 QStringLiteral("其他（请在备注中说明原因）"));
    }

    void freeFunctionMessagesAreTranslated() {
        const Installed chinese(QStringLiteral("zh_CN"));
        QCOMPARE(waitedText(125 * 60), QStringLiteral("2 小时 5 分钟"));
    }

    void englishIsTheSourceText() {
        const Installed english(QStringLiteral("en"));
        QCOMPARE(waitedText(125 * 60), QStringLiteral("2 h 5 min"));
        QCOMPARE(QCoreApplication::translate("station::StationStore",
                                             "Wrong PIN. %n attempt(s) left before you "
                                             "are locked out.",
                                             nullptr, 1),
                 QStringLiteral("Wrong PIN. 1 attempt left before you are locked out."));
    }

    // The interface's language is the default locale's too: dates and numbers follow it.
    void theLanguageSetsTheLocale() {
        QTranslator station;
        QTranslator qt;
        const InstalledLanguage installed = installLanguage(QStringLiteral("zh_CN"), station, qt);
        QVERIFY(installed.station);
        QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
        const QString day = QLocale().toString(QDate(2026, 12, 2), QLocale::LongFormat);
        QVERIFY2(day.contains(QStringLiteral("2026年12月2日")), qPrintable(day));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1,234.5"));
        const NewOperator op{QStringLiteral("S001"), QStringLiteral(" "), QStringLiteral("246810")};
        QCOMPARE(StationStore::validateOperator(op).message(),
                 QStringLiteral("必须填写操作员姓名。"));
        if (installed.qt)
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                     QStringLiteral("取消"));
        QCoreApplication::removeTranslator(&station);
        QCoreApplication::removeTranslator(&qt);

        const InstalledLanguage english = installLanguage(QStringLiteral("en"), station, qt);
        QVERIFY(english.station);
        QVERIFY(english.qt); // Qt's own texts are English
        QVERIFY(QLocale()
                    .toString(QDate(2026, 12, 2), QLocale::LongFormat)
                    .contains(QLatin1String("December")));
        QCoreApplication::removeTranslator(&station);
        QCoreApplication::removeTranslator(&qt);
        QLocale::setDefault(QLocale::c());
    }

private:
    // A translation installed for the scope of one test.
    class Installed {
    public:
        explicit Installed(const QString &language) {
            if (loadStationTranslation(m_translator, language))
                QCoreApplication::installTranslator(&m_translator);
        }
        ~Installed() { QCoreApplication::removeTranslator(&m_translator); }
        Installed(const Installed &) = delete;
        Installed &operator=(const Installed &) = delete;

    private:
        QTranslator m_translator;
    };
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
