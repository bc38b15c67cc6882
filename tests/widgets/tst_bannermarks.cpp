// SPDX-License-Identifier: GPL-3.0-or-later
// The banner's marks (✓ done, ✕ refused) look the same in Chinese and English. The station
// takes the system's font, and a Chinese system's (WenQuanYi Micro Hei) draws U+2713 ✓ as a
// square root √: a tester saw √ on the Chinese banner where English shows ✓. Each language is
// set up as its system gives it (translation, locale, application font), the banner shows
// each of its looks, and the font each headline's mark is drawn from is read from the text
// layout.
#include "table/ScanOutcome.h"
#include "translations/StationTranslation.h"
#include "widgets/StatusBanner.h"

#include <QApplication>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QLabel>
#include <QRawFont>
#include <QTest>
#include <QTextLayout>
#include <QTranslator>

using namespace station;

namespace {

// The family the first character of `label`'s text is drawn from.
QString markFamily(const QLabel *label) {
    QTextLayout layout(label->text().left(1), label->font());
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    const QList<QGlyphRun> runs = layout.glyphRuns();
    return runs.isEmpty() ? QString() : runs.constFirst().rawFont().familyName();
}

struct Headline {
    QString text;
    QString markFamily;
};

// The banner's headline for each look, in `language` with `systemFont` as the application's
// font.
QList<Headline> headlines(const QString &language, const QString &systemFont) {
    QTranslator translator;
    if (!loadStationTranslation(translator, language))
        qFatal("no %s translation", qPrintable(language));
    qApp->installTranslator(&translator);
    const QFont before = QApplication::font();
    QFont font = before;
    font.setFamilies({systemFont});
    QApplication::setFont(font);
    QList<Headline> seen;
    {
        StatusBanner banner;
        auto *headline = banner.findChild<QLabel *>(QStringLiteral("bannerHeadline"));
        if (!headline)
            qFatal("no headline");
        ScanOutcome done = ScanOutcome::success(QStringLiteral("x"));
        ScanOutcome refused = ScanOutcome::refusal(QStringLiteral("x"));
        for (const ScanOutcome &outcome :
             {done, refused, ScanOutcome::printDone(QStringLiteral("x"))}) {
            banner.showOutcome(outcome);
            seen.append({headline->text(), markFamily(headline)});
        }
        banner.setCompact(true); // a laptop's short screen: the headline's font is set again
        banner.showOutcome(done);
        seen.append({headline->text(), markFamily(headline)});
    }
    QApplication::setFont(before);
    qApp->removeTranslator(&translator);
    return seen;
}

} // namespace

class TestBannerMarks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void marksAreTheSameInChineseAndEnglish() {
        const QString chineseFont = QStringLiteral("WenQuanYi Micro Hei");
        const QString latinFont = QStringLiteral("DejaVu Sans");
        for (const QString &family : {chineseFont, latinFont}) {
            if (!QFontDatabase::families().contains(family))
                QSKIP(qPrintable(family +
                                 QStringLiteral(" is not installed (scripts/packages.txt)")));
        }
        const QList<Headline> english = headlines(QStringLiteral("en"), latinFont);
        const QList<Headline> chinese = headlines(QStringLiteral("zh_CN"), chineseFont);
        QCOMPARE(chinese.size(), english.size());
        for (int i = 0; i < english.size(); ++i) {
            const QString what = QStringLiteral("en \"%1\" from %2, zh \"%3\" from %4")
                                     .arg(english[i].text, english[i].markFamily, chinese[i].text,
                                          chinese[i].markFamily);
            // The same mark, drawn from the same font.
            QVERIFY2(!english[i].text.isEmpty() && !chinese[i].text.isEmpty(), qPrintable(what));
            QVERIFY2(english[i].text.at(0) == chinese[i].text.at(0), qPrintable(what));
            QVERIFY2(!english[i].markFamily.isEmpty(), qPrintable(what));
            QVERIFY2(english[i].markFamily == chinese[i].markFamily, qPrintable(what));
        }
        QCOMPARE(english.constFirst().text.at(0), QChar(0x2713)); // ✓, never √
    }
};

QTEST_MAIN(TestBannerMarks)
#include "tst_bannermarks.moc"
