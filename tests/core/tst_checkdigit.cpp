// SPDX-License-Identifier: GPL-3.0-or-later
// The check-digit schemes a site may require of its pre-printed tube codes, against
// published vectors, and the rule that applies them to tube codes (station-generated codes
// keep their own Damm check digit).
#include "core/domain/CheckDigit.h"
#include "core/domain/StationTubeCode.h"
#include "core/domain/TubeCodeCheck.h"

#include <QTest>

using namespace station;
namespace cd = station::checkdigit;

Q_DECLARE_METATYPE(station::CheckDigitScheme)

class TestCheckDigit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void luhnKnownValues();
    void dammKnownValues();
    void mod37_2KnownValues();
    void mod37_2CatchesSubstitutions();
    void keysRoundTrip();
    void tubeCodes_data();
    void tubeCodes();
    void stationCodesKeepTheirOwnCheck_data();
    void stationCodesKeepTheirOwnCheck();
    void refusalNamesCodeAndScheme();
};

void TestCheckDigit::luhnKnownValues() {
    // The worked example of ISO/IEC 7812-1 Annex B as widely published.
    QVERIFY(cd::luhnValid(QStringLiteral("79927398713")));
    QCOMPARE(cd::luhnCheckDigit(QStringLiteral("7992739871")), 3);
    for (char wrong = '0'; wrong <= '9'; ++wrong) {
        if (wrong != '3')
            QVERIFY(!cd::luhnValid(QStringLiteral("7992739871") + QLatin1Char(wrong)));
    }
    // A test card number: 4111 1111 1111 1111.
    QVERIFY(cd::luhnValid(QStringLiteral("4111111111111111")));
    QCOMPARE(cd::luhnCheckDigit(QStringLiteral("0")), 0);
    QCOMPARE(cd::luhnCheckDigit(QStringLiteral("12A")), -1);
    QVERIFY(!cd::luhnValid(QStringLiteral("7")));
}

void TestCheckDigit::dammKnownValues() {
    // The worked example published with the algorithm: 572 -> 4.
    QCOMPARE(cd::dammCheckDigit(QStringLiteral("572")), 4);
    QVERIFY(cd::dammValid(QStringLiteral("5724")));
    QVERIFY(!cd::dammValid(QStringLiteral("5274"))); // adjacent transposition
    QVERIFY(!cd::dammValid(QStringLiteral("5723")));
    QCOMPARE(cd::dammCheckDigit(QString()), -1);
}

void TestCheckDigit::mod37_2KnownValues() {
    // python-stdnum, stdnum/iso7064/mod_37_2.py and tests/test_iso7064.doctest.
    QCOMPARE(cd::mod37_2CheckCharacter(QStringLiteral("G123489654321")), QLatin1Char('Y'));
    QVERIFY(cd::mod37_2Valid(QStringLiteral("G123489654321Y")));
    QCOMPARE(cd::mod37_2CheckCharacter(QStringLiteral("G123498654321")), QLatin1Char('H'));
    QVERIFY(cd::mod37_2Valid(QStringLiteral("G123498654321H")));
    QVERIFY(!cd::mod37_2Valid(QStringLiteral("G123489654321H")));
    // Characters outside 0-9, A-Z are not covered; '*' is only ever a check character.
    QCOMPARE(cd::mod37_2CheckCharacter(QStringLiteral("g12")), QChar());
    QCOMPARE(cd::mod37_2CheckCharacter(QStringLiteral("G1*2")), QChar());
    QVERIFY(!cd::mod37_2Valid(QStringLiteral("*")));
}

void TestCheckDigit::mod37_2CatchesSubstitutions() {
    // Every code gets a check character that makes it valid, and every single-character
    // substitution of such a code is caught (a property of the pure MOD 37-2 system).
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    for (const QString &body : {QStringLiteral("GZ20261101"), QStringLiteral("TUBE000123"),
                                QStringLiteral("0000000000")}) {
        const QChar check = cd::mod37_2CheckCharacter(body);
        QVERIFY(!check.isNull());
        const QString valid = body + check;
        QVERIFY2(cd::mod37_2Valid(valid), qPrintable(valid));
        for (qsizetype i = 0; i < body.size(); ++i) {
            for (const QChar c : alphabet) {
                if (c == valid.at(i))
                    continue;
                QString wrong = valid;
                wrong[i] = c;
                QVERIFY2(!cd::mod37_2Valid(wrong), qPrintable(wrong));
            }
        }
    }
}

void TestCheckDigit::keysRoundTrip() {
    for (const CheckDigitScheme scheme : cd::schemes()) {
        QCOMPARE(cd::fromKey(cd::key(scheme)), std::optional<CheckDigitScheme>(scheme));
        QVERIFY(!cd::displayName(scheme).isEmpty());
    }
    QCOMPARE(cd::fromKey(QStringLiteral(" LUHN ")),
             std::optional<CheckDigitScheme>(CheckDigitScheme::Luhn));
    QVERIFY(!cd::fromKey(QStringLiteral("mod11-2")));
}

void TestCheckDigit::tubeCodes_data() {
    QTest::addColumn<CheckDigitScheme>("scheme");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("none takes anything")
        << CheckDigitScheme::None << QStringLiteral("GZ12345678") << true;
    QTest::newRow("luhn, digits") << CheckDigitScheme::Luhn << QStringLiteral("79927398713")
                                  << true;
    QTest::newRow("luhn, prefix not covered")
        << CheckDigitScheme::Luhn << QStringLiteral("GZ79927398713") << true;
    QTest::newRow("luhn, wrong") << CheckDigitScheme::Luhn << QStringLiteral("GZ79927398710")
                                 << false;
    QTest::newRow("luhn, letter after digits")
        << CheckDigitScheme::Luhn << QStringLiteral("7992739871A3") << false;
    QTest::newRow("damm") << CheckDigitScheme::Damm << QStringLiteral("TB5724") << true;
    QTest::newRow("damm, wrong") << CheckDigitScheme::Damm << QStringLiteral("TB5742") << false;
    QTest::newRow("mod37-2, whole code")
        << CheckDigitScheme::Iso7064Mod37_2 << QStringLiteral("G123498654321H") << true;
    QTest::newRow("mod37-2, wrong")
        << CheckDigitScheme::Iso7064Mod37_2 << QStringLiteral("G123498654321Y") << false;
}

void TestCheckDigit::tubeCodes() {
    QFETCH(CheckDigitScheme, scheme);
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(cd::tubeCodeValid(scheme, code), valid);
    QCOMPARE(tubeCodeCheckProblem(code, scheme).isEmpty(), valid);
}

void TestCheckDigit::stationCodesKeepTheirOwnCheck_data() {
    QTest::addColumn<CheckDigitScheme>("scheme");
    for (const CheckDigitScheme scheme : cd::schemes())
        QTest::newRow(qPrintable(cd::key(scheme))) << scheme;
}

void TestCheckDigit::stationCodesKeepTheirOwnCheck() {
    QFETCH(CheckDigitScheme, scheme);
    // Generated codes pass under every site scheme: they are checked by their Damm digit.
    for (const qint64 sequence : {1, 2, 3, 17, 4242, 99999999}) {
        const QString code = *stationtubecode::format(3, sequence);
        QVERIFY2(tubeCodeCheckProblem(code, scheme).isEmpty(), qPrintable(code));
        // and a misread one still fails, with the station code's own message
        QString wrong = code;
        wrong[wrong.size() - 1] = QLatin1Char(code.back() == QLatin1Char('0') ? '1' : '0');
        QCOMPARE(tubeCodeCheckProblem(wrong, scheme), stationtubecode::checkDigitProblem(wrong));
        QVERIFY(!tubeCodeCheckProblem(wrong, scheme).isEmpty());
    }
}

void TestCheckDigit::refusalNamesCodeAndScheme() {
    const QString problem =
        tubeCodeCheckProblem(QStringLiteral("GZ79927398710"), CheckDigitScheme::Luhn);
    QVERIFY(problem.contains(QStringLiteral("GZ79927398710")));
    QVERIFY(problem.contains(QStringLiteral("(Luhn)")));
    QVERIFY(problem.contains(QStringLiteral("scan the tube again")));
}

QTEST_GUILESS_MAIN(TestCheckDigit)
#include "tst_checkdigit.moc"
