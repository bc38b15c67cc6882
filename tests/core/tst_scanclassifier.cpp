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
    QVERIFY2(result.message.contains(QStringLiteral("“12345678”")), qPrintable(result.message));
    QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
}

void TestScanClassifier::unknownMessageSaysWhatWasRead_data() {
    QTest::addColumn<QString>("scanned");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("plain") << QStringLiteral("HELLO") << QStringLiteral("Read “HELLO”");
    QTest::newRow("trimmed before quoting")
        << QStringLiteral("  HELLO\r\n") << QStringLiteral("Read “HELLO”:");
    QTest::newRow("control shown as code point")
        << QStringLiteral("AB") + QChar(0x1d) + QStringLiteral("CD")
        << QStringLiteral("“AB<U+001D>CD”");
    QTest::newRow("long text cut")
        << QString(60, QLatin1Char('Z'))
        << QString(40, QLatin1Char('Z')) + QChar(0x2026) + QStringLiteral("”");
    QTest::newRow("Chinese kept") << QStringLiteral("采样管") << QStringLiteral("“采样管”");
    QTest::newRow("empty") << QStringLiteral("\r\n") << QStringLiteral("empty");
}

void TestScanClassifier::unknownMessageSaysWhatWasRead() {
    QFETCH(QString, scanned);
    QFETCH(QString, messagePart);
    const ScanClassification result = ScanClassifier().classify(scanned);
    QCOMPARE(result.kind, ScanKind::Unknown);
    QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
}

QTEST_GUILESS_MAIN(TestScanClassifier)
#include "tst_scanclassifier.moc"
