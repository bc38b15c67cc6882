// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/IdDocument.h"

#include <QTest>

using namespace station;

Q_DECLARE_METATYPE(station::IdType)
Q_DECLARE_METATYPE(station::IdProblem)

namespace {

// The day the tests pretend it is; birth dates after it are in the future.
const QDate kToday(2026, 6, 1);

const char *const kSpecVectors[] = {"11010519491231002X", "440524188001010014",
                                    "513101198201130014"};

} // namespace

class TestIdNumber : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void specVectorsAreValid_data();
    void specVectorsAreValid();
    void everySingleSubstitutionIsRejected_data();
    void everySingleSubstitutionIsRejected();
    void checkCharacter_data();
    void checkCharacter();
    void checkDigitMessageDoesNotTellTheFittingDigit();
    void typeRules_data();
    void typeRules();
    void messagesAreGivenForEveryRefusal_data();
    void messagesAreGivenForEveryRefusal();
    void masking_data();
    void masking();
    void typeCodesRoundTrip();
    void unknownTypeCodes_data();
    void unknownTypeCodes();
};

void TestIdNumber::specVectorsAreValid_data() {
    QTest::addColumn<QString>("number");
    for (const char *vector : kSpecVectors)
        QTest::newRow(vector) << QString::fromLatin1(vector);
}

void TestIdNumber::specVectorsAreValid() {
    QFETCH(QString, number);
    const IdCheck check = validateIdNumber(IdType::ResidentCard, number, kToday);
    QVERIFY2(check.ok, qPrintable(check.message));
    QCOMPARE(check.normalized, number);
    QCOMPARE(check.problem, IdProblem::None);
    QVERIFY(check.message.isEmpty());
}

void TestIdNumber::everySingleSubstitutionIsRejected_data() {
    QTest::addColumn<QString>("number");
    // Every other digit, the check letter, a letter that is never allowed, and a space.
    const QString replacements = QStringLiteral("0123456789XA ");
    int rows = 0;
    for (const char *vector : kSpecVectors) {
        const QString original = QString::fromLatin1(vector);
        for (qsizetype pos = 0; pos < original.size(); ++pos) {
            for (QChar replacement : replacements) {
                if (replacement == original.at(pos))
                    continue;
                QString corrupted = original;
                corrupted[pos] = replacement;
                QTest::addRow("%s pos %d -> '%c'", vector, int(pos) + 1, replacement.toLatin1())
                    << corrupted;
                ++rows;
            }
        }
    }
    // 3 vectors x 18 positions x 12 replacements each.
    QCOMPARE(rows, 3 * 18 * 12);
}

void TestIdNumber::everySingleSubstitutionIsRejected() {
    QFETCH(QString, number);
    const IdCheck check = validateIdNumber(IdType::ResidentCard, number, kToday);
    QVERIFY2(!check.ok, qPrintable(number));
    QVERIFY(check.problem != IdProblem::None);
    QVERIFY(!check.message.isEmpty());
}

void TestIdNumber::checkCharacter_data() {
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("expected");
    QTest::newRow("X") << QStringLiteral("11010519491231002") << QChar(QLatin1Char('X'));
    QTest::newRow("4") << QStringLiteral("44052418800101001") << QChar(QLatin1Char('4'));
    QTest::newRow("0") << QStringLiteral("81000019900101123") << QChar(QLatin1Char('0'));
    QTest::newRow("16 digits") << QStringLiteral("1101051949123100") << QChar();
    QTest::newRow("18 digits") << QStringLiteral("110105194912310021") << QChar();
    QTest::newRow("a letter") << QStringLiteral("1101051949123100A") << QChar();
}

void TestIdNumber::checkCharacter() {
    QFETCH(QString, first17);
    QFETCH(QChar, expected);
    QCOMPARE(gb11643CheckCharacter(first17), expected);
}

// A message that named the digit that would fit (here X) had nurses change the last digit to
// it, leaving the real typo: the result then matched no one. It says to compare every digit.
void TestIdNumber::checkDigitMessageDoesNotTellTheFittingDigit() {
    const IdCheck check =
        validateIdNumber(IdType::ResidentCard, QStringLiteral("110105194912310021"), kToday);
    QVERIFY(!check.ok);
    QCOMPARE(check.problem, IdProblem::BadCheckDigit);
    QVERIFY2(!check.message.contains(QLatin1Char('X')), qPrintable(check.message));
    for (const QChar c : check.message)
        QVERIFY2(!c.isDigit(), qPrintable(check.message));
    QVERIFY2(check.message.contains(QStringLiteral("compare every digit")),
             qPrintable(check.message));
}

void TestIdNumber::typeRules_data() {
    QTest::addColumn<IdType>("type");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<IdProblem>("problem");
    QTest::addColumn<QString>("normalized"); // checked when accepted

    const IdType card = IdType::ResidentCard;
    auto ok = [](const char *name, IdType type, const char *raw, const char *normalized) {
        QTest::newRow(name) << type << QString::fromUtf8(raw) << IdProblem::None
                            << QString::fromUtf8(normalized);
    };
    auto bad = [](const char *name, IdType type, const char *raw, IdProblem problem) {
        QTest::newRow(name) << type << QString::fromUtf8(raw) << problem << QString();
    };

    // 01 resident identity card
    ok("01 lower-case x normalised", card, "11010519491231002x", "11010519491231002X");
    ok("01 surrounding spaces trimmed", card, "  440524188001010014 ", "440524188001010014");
    ok("01 born today", card, "110105202606010018", "110105202606010018");
    ok("01 15 digits upgraded", card, "440103800101001", "44010319800101001X");
    bad("01 empty", card, "", IdProblem::Empty);
    bad("01 only spaces", card, "   ", IdProblem::Empty);
    bad("01 17 characters", card, "11010519491231002", IdProblem::BadLength);
    bad("01 19 characters", card, "11010519491231002X1", IdProblem::BadLength);
    bad("01 16 characters", card, "4401038001010011", IdProblem::BadLength);
    bad("01 letter inside", card, "1101051949123A002X", IdProblem::BadCharacters);
    bad("01 inner space", card, "1101051949 231002X", IdProblem::BadCharacters);
    bad("01 full-width digit", card, "11010519491231002１", IdProblem::BadCharacters);
    bad("01 wrong check", card, "110105194912310021", IdProblem::BadCheckDigit);
    bad("01 born tomorrow", card, "110105202606020013", IdProblem::FutureBirthDate);
    bad("01 30 February", card, "110105198002300015", IdProblem::BadBirthDate);
    bad("01 month 13", card, "110105190013010017", IdProblem::BadBirthDate);
    bad("01 15 digits 30 February", card, "440103800230001", IdProblem::BadBirthDate);
    bad("01 15 with a letter", card, "44010380010100X", IdProblem::BadCharacters);

    // 02 Hong Kong / Macao permit: H or M + 10 digits
    const IdType hkm = IdType::HkMacaoPermit;
    ok("02 H", hkm, "H1234567801", "H1234567801");
    ok("02 m lower-case", hkm, "m1234567802", "M1234567802");
    bad("02 10 characters", hkm, "H123456780", IdProblem::BadLength);
    bad("02 12 characters", hkm, "H12345678012", IdProblem::BadLength);
    bad("02 starts with C", hkm, "C1234567801", IdProblem::BadFormat);
    bad("02 letter in digits", hkm, "H12345678A1", IdProblem::BadFormat);
    bad("02 dash", hkm, "H1234567-01", IdProblem::BadCharacters);

    // 03 Taiwan permit: 8-10 alphanumerics
    const IdType tw = IdType::TaiwanPermit;
    ok("03 8 digits", tw, "12345678", "12345678");
    ok("03 10 with letter", tw, "123456789b", "123456789B");
    bad("03 7", tw, "1234567", IdProblem::BadLength);
    bad("03 11", tw, "12345678901", IdProblem::BadLength);
    bad("03 brackets", tw, "12345678(B", IdProblem::BadCharacters);

    // 04 passport: 5-17 alphanumerics
    const IdType pp = IdType::Passport;
    ok("04 5", pp, "E1234", "E1234");
    ok("04 17", pp, "ABCDEFGH123456789", "ABCDEFGH123456789");
    ok("04 lower-case", pp, "e12345678", "E12345678");
    bad("04 4", pp, "E123", IdProblem::BadLength);
    bad("04 18", pp, "ABCDEFGH1234567890", IdProblem::BadLength);
    bad("04 dot", pp, "E1234.678", IdProblem::BadCharacters);
    bad("04 Chinese", pp, "护照12345", IdProblem::BadCharacters);

    // 05 foreign permanent resident: 2023 (9 + MOD 11-2) or 2017 (3 letters + 12 digits)
    const IdType fp = IdType::ForeignPermanent;
    ok("05 2023", fp, "944012199001011239", "944012199001011239");
    ok("05 2017", fp, "usa123456789012", "USA123456789012");
    bad("05 2023 not starting 9", fp, "11010519491231002X", IdProblem::BadRegionPrefix);
    bad("05 2023 wrong check", fp, "944012199001011238", IdProblem::BadCheckDigit);
    bad("05 2023 letter", fp, "9440121990010A1239", IdProblem::BadCharacters);
    bad("05 2017 two letters", fp, "US1123456789012", IdProblem::BadFormat);
    bad("05 2017 letter in digits", fp, "USA12345678901A", IdProblem::BadFormat);
    bad("05 16 characters", fp, "USA1234567890123", IdProblem::BadLength);

    // 06 residence permit for Hong Kong, Macao, Taiwan: MOD 11-2, prefix 81/82/83
    const IdType rp = IdType::HkMacaoTaiwanResidence;
    ok("06 81", rp, "810000199001011230", "810000199001011230");
    ok("06 82", rp, "820000199001011232", "820000199001011232");
    ok("06 83", rp, "830000199001011234", "830000199001011234");
    bad("06 prefix 11", rp, "110000199001011235", IdProblem::BadRegionPrefix);
    bad("06 wrong check", rp, "810000199001011231", IdProblem::BadCheckDigit);
    bad("06 15 digits", rp, "810000900101123", IdProblem::BadLength);

    // 99 other: 1-32 alphanumerics
    const IdType other = IdType::Other;
    ok("99 1", other, "a", "A");
    ok("99 32", other, "ABCDEFGHIJKLMNOPQRSTUVWXYZ123456", "ABCDEFGHIJKLMNOPQRSTUVWXYZ123456");
    bad("99 33", other, "ABCDEFGHIJKLMNOPQRSTUVWXYZ1234567", IdProblem::BadLength);
    bad("99 slash", other, "AB/12", IdProblem::BadCharacters);
    bad("99 empty", other, "", IdProblem::Empty);
}

void TestIdNumber::typeRules() {
    QFETCH(IdType, type);
    QFETCH(QString, raw);
    QFETCH(IdProblem, problem);
    QFETCH(QString, normalized);

    const IdCheck check = validateIdNumber(type, raw, kToday);
    QCOMPARE(check.problem, problem);
    QCOMPARE(check.ok, problem == IdProblem::None);
    if (check.ok) {
        QCOMPARE(check.normalized, normalized);
        QVERIFY(check.message.isEmpty());
    } else {
        QVERIFY(!check.message.isEmpty());
    }
}

void TestIdNumber::messagesAreGivenForEveryRefusal_data() {
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expectedPart");
    QTest::newRow("length") << QStringLiteral("1234") << QStringLiteral("4 character");
    QTest::newRow("character") << QStringLiteral("1101051949123A002X")
                               << QStringLiteral("“A” at position 14");
    QTest::newRow("bad date") << QStringLiteral("110105198002300015") << QStringLiteral("19800230");
    QTest::newRow("future") << QStringLiteral("110105202606020013") << QStringLiteral("2026-06-02");
}

void TestIdNumber::messagesAreGivenForEveryRefusal() {
    QFETCH(QString, raw);
    QFETCH(QString, expectedPart);
    const IdCheck check = validateIdNumber(IdType::ResidentCard, raw, kToday);
    QVERIFY(!check.ok);
    QVERIFY2(check.message.contains(expectedPart), qPrintable(check.message));
}

void TestIdNumber::masking_data() {
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("masked");
    QTest::newRow("18") << QStringLiteral("440103198001011234")
                        << QStringLiteral("4401**********1234");
    QTest::newRow("18 with X") << QStringLiteral("11010519491231002X")
                               << QStringLiteral("1101**********002X");
    QTest::newRow("16") << QStringLiteral("ABCD12345678WXYZ") << QStringLiteral("ABCD********WXYZ");
    QTest::newRow("11") << QStringLiteral("H1234567801") << QStringLiteral("H1*******01");
    QTest::newRow("8") << QStringLiteral("12345678") << QStringLiteral("12****78");
    QTest::newRow("5") << QStringLiteral("E1234") << QStringLiteral("E***4");
    QTest::newRow("3") << QStringLiteral("ABC") << QStringLiteral("***");
    QTest::newRow("1") << QStringLiteral("A") << QStringLiteral("*");
    QTest::newRow("empty") << QString() << QString();
}

void TestIdNumber::masking() {
    QFETCH(QString, number);
    QFETCH(QString, masked);
    const QString result = maskIdNumber(number);
    QCOMPARE(result, masked);
    QCOMPARE(result.size(), number.size());
    const qsizetype kept = result.size() - result.count(QLatin1Char('*'));
    QVERIFY(kept * 2 <= number.size());
}

void TestIdNumber::typeCodesRoundTrip() {
    const QList<IdType> types = allIdTypes();
    QCOMPARE(types.size(), 7);
    QStringList codes;
    for (IdType type : types) {
        const QString code = idTypeCode(type);
        codes << code;
        QCOMPARE(idTypeFromCode(code), std::optional<IdType>(type));
        QVERIFY(!idTypeDisplayName(type).isEmpty());
    }
    QCOMPARE(codes, QStringList({QStringLiteral("01"), QStringLiteral("02"), QStringLiteral("03"),
                                 QStringLiteral("04"), QStringLiteral("05"), QStringLiteral("06"),
                                 QStringLiteral("99")}));
}

void TestIdNumber::unknownTypeCodes_data() {
    QTest::addColumn<QString>("code");
    QTest::newRow("07") << QStringLiteral("07");
    QTest::newRow("1") << QStringLiteral("1");
    QTest::newRow("empty") << QString();
    QTest::newRow("padded") << QStringLiteral(" 01");
}

void TestIdNumber::unknownTypeCodes() {
    QFETCH(QString, code);
    QVERIFY(!idTypeFromCode(code).has_value());
}

QTEST_GUILESS_MAIN(TestIdNumber)
#include "tst_idnumber.moc"
