// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ScanClassifier.h"

#include <QTest>

using namespace station;

Q_DECLARE_METATYPE(station::ScanKind)

class TestScanClassifier : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaults_data();
    void defaults();
    void customPatterns_data();
    void customPatterns();
    void invalidPattern_data();
    void invalidPattern();
    void unknownMessageSaysWhatWasRead_data();
    void unknownMessageSaysWhatWasRead();
    void joinCodeIsNeverATableCode();
};

void TestScanClassifier::defaults_data() {
    QTest::addColumn<QString>("scanned");
    QTest::addColumn<ScanKind>("kind");
    QTest::addColumn<QString>("text");

    auto row = [](const char *name, const QString &scanned, ScanKind kind, const QString &text) {
        QTest::newRow(name) << scanned << kind << text;
    };
    const QString code = QStringLiteral(R"({"t":"rc","v":1})");
    row("resident code", code, ScanKind::ResidentCode, code);
    row("broken resident code is still one", QStringLiteral("{not json"), ScanKind::ResidentCode,
        QStringLiteral("{not json"));
    row("tube 8 digits", QStringLiteral("12345678"), ScanKind::Tube, QStringLiteral("12345678"));
    row("tube 16 digits", QStringLiteral("1234567890123456"), ScanKind::Tube,
        QStringLiteral("1234567890123456"));
    row("tube with prefix", QStringLiteral("GZYX00012345"), ScanKind::Tube,
        QStringLiteral("GZYX00012345"));
    row("tube 7 digits", QStringLiteral("1234567"), ScanKind::Unknown, QStringLiteral("1234567"));
    row("tube 17 digits", QStringLiteral("12345678901234567"), ScanKind::Unknown,
        QStringLiteral("12345678901234567"));
    row("tube 5 letter prefix", QStringLiteral("ABCDE12345678"), ScanKind::Unknown,
        QStringLiteral("ABCDE12345678"));
    row("tube lower-case prefix", QStringLiteral("ab12345678"), ScanKind::Unknown,
        QStringLiteral("ab12345678"));
    row("box", QStringLiteral("BX2021A7"), ScanKind::Box, QStringLiteral("BX2021A7"));
    row("box 18 after BX", QStringLiteral("BX0123456789ABCDEFGH"), ScanKind::Box,
        QStringLiteral("BX0123456789ABCDEFGH"));
    row("box that also looks like a tube", QStringLiteral("BX12345678"), ScanKind::Box,
        QStringLiteral("BX12345678"));
    row("box too short", QStringLiteral("BX12345"), ScanKind::Unknown, QStringLiteral("BX12345"));
    row("box lower-case", QStringLiteral("bx123456"), ScanKind::Unknown,
        QStringLiteral("bx123456"));
    // Scanners add suffixes; they are not part of the code.
    row("CR LF suffix", QStringLiteral("12345678\r\n"), ScanKind::Tube, QStringLiteral("12345678"));
    row("tab and spaces", QStringLiteral(" \t BX123456 \t"), ScanKind::Box,
        QStringLiteral("BX123456"));
    row("GS separator and BOM", QChar(0xfeff) + QStringLiteral("12345678") + QChar(0x1d),
        ScanKind::Tube, QStringLiteral("12345678"));
    row("resident code after CR", QStringLiteral("\r") + code + QStringLiteral("\n"),
        ScanKind::ResidentCode, code);
    row("inner space kept", QStringLiteral("1234 5678"), ScanKind::Unknown,
        QStringLiteral("1234 5678"));
    row("empty", QString(), ScanKind::Unknown, QString());
    row("only noise", QStringLiteral(" \r\n\t"), ScanKind::Unknown, QString());
    row("trailing newline is not matched by $", QStringLiteral("12345678\nX"), ScanKind::Unknown,
        QStringLiteral("12345678\nX"));
}

void TestScanClassifier::defaults() {
    QFETCH(QString, scanned);
    QFETCH(ScanKind, kind);
    QFETCH(QString, text);

    const ScanClassifier classifier;
    QVERIFY(classifier.isValid());
    QVERIFY(classifier.patternError().isEmpty());
    const ScanClassification result = classifier.classify(scanned);
    QCOMPARE(result.kind, kind);
    QCOMPARE(result.text, text);
    QCOMPARE(result.message.isEmpty(), kind != ScanKind::Unknown);
}

void TestScanClassifier::customPatterns_data() {
    QTest::addColumn<QString>("tubePattern");
    QTest::addColumn<QString>("boxPattern");
    QTest::addColumn<QString>("scanned");
    QTest::addColumn<ScanKind>("kind");

    const QString tube = QStringLiteral("^GZ[0-9]{10}$");
    const QString box = QStringLiteral("^(BAG|BOX)-[0-9]{4}$");
    QTest::newRow("site tube") << tube << box << QStringLiteral("GZ0123456789") << ScanKind::Tube;
    QTest::newRow("default tube refused")
        << tube << box << QStringLiteral("12345678") << ScanKind::Unknown;
    QTest::newRow("site bag") << tube << box << QStringLiteral("BAG-0001") << ScanKind::Box;
    QTest::newRow("site box") << tube << box << QStringLiteral("BOX-0002") << ScanKind::Box;
    QTest::newRow("default box refused")
        << tube << box << QStringLiteral("BX123456") << ScanKind::Unknown;
    // Patterns without anchors still have to match the whole scan.
    QTest::newRow("unanchored tube matches whole")
        << QStringLiteral("[0-9]{8}") << CodePatterns::defaultBoxPattern()
        << QStringLiteral("12345678") << ScanKind::Tube;
    QTest::newRow("unanchored tube not a substring")
        << QStringLiteral("[0-9]{8}") << CodePatterns::defaultBoxPattern()
        << QStringLiteral("X12345678X") << ScanKind::Unknown;
    QTest::newRow("resident code regardless of patterns")
        << tube << box << QStringLiteral(R"({"t":"rc"})") << ScanKind::ResidentCode;
}

void TestScanClassifier::customPatterns() {
    QFETCH(QString, tubePattern);
    QFETCH(QString, boxPattern);
    QFETCH(QString, scanned);
    QFETCH(ScanKind, kind);

    CodePatterns patterns;
    patterns.tube = tubePattern;
    patterns.box = boxPattern;
    const ScanClassifier classifier(patterns);
    QVERIFY(classifier.isValid());
    QCOMPARE(classifier.classify(scanned).kind, kind);
}

void TestScanClassifier::invalidPattern_data() {
    QTest::addColumn<QString>("tubePattern");
    QTest::addColumn<QString>("boxPattern");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("tube") << QStringLiteral("^[0-9{8}$") << CodePatterns::defaultBoxPattern()
                          << QStringLiteral("The tube pattern “^[0-9{8}$”");
    QTest::newRow("box") << CodePatterns::defaultTubePattern() << QStringLiteral("^BX(")
                         << QStringLiteral("The box pattern “^BX(”");
    QTest::newRow("both: tube reported first")
        << QStringLiteral("(") << QStringLiteral(")") << QStringLiteral("The tube pattern “(”");
}

void TestScanClassifier::invalidPattern() {
    QFETCH(QString, tubePattern);
    QFETCH(QString, boxPattern);
    QFETCH(QString, messagePart);

    CodePatterns patterns;
    patterns.tube = tubePattern;
    patterns.box = boxPattern;
    const ScanClassifier classifier(patterns);
    QVERIFY(!classifier.isValid());
    QVERIFY2(classifier.patternError().contains(messagePart),
             qPrintable(classifier.patternError()));
    QVERIFY(classifier.patternError().contains(QStringLiteral("at character")));

    // Nothing matches a broken pattern, and staff are told why.
    const ScanClassification result = classifier.classify(QStringLiteral("12345678"));
    QCOMPARE(result.kind, ScanKind::Unknown);
    QVERIFY2(result.message.contains(QStringLiteral("a number with 8 digits")),
             qPrintable(result.message));
    QVERIFY2(!result.message.contains(QStringLiteral("12345678")), qPrintable(result.message));
    QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
}

void TestScanClassifier::unknownMessageSaysWhatWasRead_data() {
    QTest::addColumn<QString>("scanned");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("ID number") << QStringLiteral("44010319800101123X")
                               << QStringLiteral(
                                      "a number with 18 characters that looks like an ID");
    QTest::newRow("ID number, lower-case x")
        << QStringLiteral("44010319800101123x") << QStringLiteral("looks like an ID number");
    QTest::newRow("web address") << QStringLiteral(
                                        "https://jkm.example.gov.cn/q?id=440103198001011234")
                                 << QStringLiteral("a web address");
    QTest::newRow("www") << QStringLiteral("www.example.cn/x") << QStringLiteral("a web address");
    QTest::newRow("number") << QStringLiteral("1234567")
                            << QStringLiteral("a number with 7 digits");
    QTest::newRow("plain") << QStringLiteral("HELLO") << QStringLiteral("text with 5 characters");
    QTest::newRow("trimmed before counting")
        << QStringLiteral("  HELLO\r\n") << QStringLiteral("Read text with 5 characters:");
    QTest::newRow("control characters")
        << QStringLiteral("AB") + QChar(0x1d) + QStringLiteral("CD")
        << QStringLiteral("text with 5 characters, some of them control");
    QTest::newRow("long text") << QString(60, QLatin1Char('Z'))
                               << QStringLiteral("text with 60 characters");
    QTest::newRow("Chinese") << QStringLiteral("采样管")
                             << QStringLiteral("text with 3 characters");
    QTest::newRow("empty") << QStringLiteral("\r\n") << QStringLiteral("empty");
}

void TestScanClassifier::unknownMessageSaysWhatWasRead() {
    QFETCH(QString, scanned);
    QFETCH(QString, messagePart);
    const ScanClassification result = ScanClassifier().classify(scanned);
    QCOMPARE(result.kind, ScanKind::Unknown);
    QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
    // The text itself is never echoed: no four characters of it in a row.
    const QString text = result.text;
    for (qsizetype i = 0; i + 4 <= text.size(); ++i)
        QVERIFY2(!result.message.contains(text.mid(i, 4)), qPrintable(result.message));
}

// A hub's join code is refused at the table with where it goes, even under a site pattern
// that would take any text as a tube.
void TestScanClassifier::joinCodeIsNeverATableCode() {
    CodePatterns anything;
    anything.tube = QStringLiteral(".*");
    const QString code =
        QStringLiteral("SSJOIN1;U=https://192.168.1.20:8443;F=%1;S=GZ-TH-017;C=ABCD-EFGH\r\n")
            .arg(QString(64, QLatin1Char('0')));
    for (const ScanClassifier &classifier : {ScanClassifier(), ScanClassifier(anything)}) {
        const ScanClassification result = classifier.classify(code);
        QCOMPARE(result.kind, ScanKind::Unknown);
        QVERIFY2(result.message.contains(QLatin1String("Join a site hub")),
                 qPrintable(result.message));
        QVERIFY(!result.message.contains(QLatin1String("192.168")));
    }
}

QTEST_GUILESS_MAIN(TestScanClassifier)
#include "tst_scanclassifier.moc"
