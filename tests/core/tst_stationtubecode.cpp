// SPDX-License-Identifier: GPL-3.0-or-later
// Station-generated tube codes: the format, the Damm check digit, and that every
// single-digit substitution and adjacent transposition of generated codes is caught.
#include "core/domain/ScanClassifier.h"
#include "core/domain/StationTubeCode.h"

#include <QRandomGenerator>
#include <QTest>

using namespace station;
namespace code = station::stationtubecode;

namespace {

// Every code that differs from `valid` by one wrong digit or by two neighbouring digits
// swapped (the digits only; the SG prefix is fixed).
QStringList typingErrors(const QString &valid) {
    QStringList wrong;
    for (qsizetype i = 2; i < valid.size(); ++i) {
        for (char d = '0'; d <= '9'; ++d) {
            if (valid.at(i) == QLatin1Char(d))
                continue;
            QString w = valid;
            w[i] = QLatin1Char(d);
            wrong << w;
        }
        if (i + 1 < valid.size() && valid.at(i) != valid.at(i + 1)) {
            QString w = valid;
            std::swap(w[i], w[i + 1]);
            wrong << w;
        }
    }
    return wrong;
}

} // namespace

class TestStationTubeCode : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dammKnownValues_data();
    void dammKnownValues();
    void formatLayout_data();
    void formatLayout();
    void outOfRangeIsRefused_data();
    void outOfRangeIsRefused();
    void everyTypingErrorIsCaught_data();
    void everyTypingErrorIsCaught();
    void preprintedCodesAreNeverChecked_data();
    void preprintedCodesAreNeverChecked();
    void twoTablesNeverShareACode();
};

void TestStationTubeCode::dammKnownValues_data() {
    QTest::addColumn<QString>("digits");
    QTest::addColumn<int>("check");
    // The worked example published with the algorithm, and small hand-computed ones.
    QTest::newRow("572") << QStringLiteral("572") << 4;
    QTest::newRow("0") << QStringLiteral("0") << 0;
    QTest::newRow("1") << QStringLiteral("1") << 3;
    QTest::newRow("12") << QStringLiteral("12") << 5;
    QTest::newRow("not digits") << QStringLiteral("57A") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestStationTubeCode::dammKnownValues() {
    QFETCH(QString, digits);
    QFETCH(int, check);
    QCOMPARE(code::dammCheckDigit(digits), check);
    if (check >= 0)
        QVERIFY(code::dammValid(digits + QString::number(check)));
}

void TestStationTubeCode::formatLayout_data() {
    QTest::addColumn<int>("table");
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<QString>("withoutCheck");
    QTest::newRow("table 3, first") << 3 << qint64(1) << QStringLiteral("SG0000300000001");
    QTest::newRow("table 42") << 42 << qint64(12345) << QStringLiteral("SG0004200012345");
    QTest::newRow("largest") << 99999 << qint64(99999999) << QStringLiteral("SG9999999999999");
}

void TestStationTubeCode::formatLayout() {
    QFETCH(int, table);
    QFETCH(qint64, sequence);
    QFETCH(QString, withoutCheck);
    const std::optional<QString> c = code::format(table, sequence);
    QVERIFY(c);
    QCOMPARE(c->size(), code::kLength);
    QCOMPARE(c->left(c->size() - 1), withoutCheck);
    QVERIFY(code::looksStationGenerated(*c));
    QCOMPARE(code::checkDigitProblem(*c), QString());
    const auto parts = code::parse(*c);
    QVERIFY(parts);
    QCOMPARE(parts->tableNumber, table);
    QCOMPARE(parts->sequence, sequence);
    // A generated code is a tube code under the default pattern, not a box code.
    QCOMPARE(ScanClassifier().classify(*c).kind, ScanKind::Tube);
}

void TestStationTubeCode::outOfRangeIsRefused_data() {
    QTest::addColumn<int>("table");
    QTest::addColumn<qint64>("sequence");
    QTest::newRow("table 0") << 0 << qint64(1);
    QTest::newRow("table 100000") << 100000 << qint64(1);
    QTest::newRow("sequence 0") << 1 << qint64(0);
    QTest::newRow("sequence past 8 digits") << 1 << qint64(100000000);
}

void TestStationTubeCode::outOfRangeIsRefused() {
    QFETCH(int, table);
    QFETCH(qint64, sequence);
    QVERIFY(!code::format(table, sequence));
}

void TestStationTubeCode::everyTypingErrorIsCaught_data() {
    QTest::addColumn<int>("table");
    QTest::addColumn<qint64>("firstSequence");
    QTest::addColumn<int>("count");
    QTest::newRow("table 1, from 1") << 1 << qint64(1) << 200;
    QTest::newRow("table 3, across 10^4") << 3 << qint64(9901) << 200;
    QTest::newRow("table 90909") << 90909 << qint64(9090900) << 200;
    QTest::newRow("table 99999, top") << 99999 << qint64(99999800) << 200;
    // Seeded, so a failure can be reproduced: tables and sequences spread over the range.
    QRandomGenerator rng(20260604);
    for (int i = 0; i < 6; ++i) {
        const int table = rng.bounded(1, code::kMaxTable + 1);
        const qint64 first = rng.bounded(1, int(code::kMaxSequence - 200));
        QTest::addRow("random %d: table %d from %lld", i, table, first) << table << first << 200;
    }
}

void TestStationTubeCode::everyTypingErrorIsCaught() {
    QFETCH(int, table);
    QFETCH(qint64, firstSequence);
    QFETCH(int, count);
    int checked = 0;
    for (qint64 n = firstSequence; n < firstSequence + count; ++n) {
        const QString valid = *code::format(table, n);
        const QStringList errors = typingErrors(valid);
        QVERIFY(errors.size() >= 9 * 14); // every digit replaced by each other digit
        for (const QString &wrong : errors) {
            QVERIFY2(!code::parse(wrong), qPrintable(valid + QStringLiteral(" -> ") + wrong));
            QVERIFY2(!code::checkDigitProblem(wrong).isEmpty(), qPrintable(wrong));
            QVERIFY2(code::checkDigitProblem(wrong).contains(wrong), qPrintable(wrong));
            ++checked;
        }
    }
    QVERIFY(checked >= count * 9 * 14);
}

void TestStationTubeCode::preprintedCodesAreNeverChecked_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("plain digits") << QStringLiteral("12345678901234");
    QTest::newRow("other prefix") << QStringLiteral("TB00000001");
    QTest::newRow("SG but shorter") << QStringLiteral("SG123456789012");
    QTest::newRow("SG but longer") << QStringLiteral("SG123456789012345");
    QTest::newRow("other prefix, same length") << QStringLiteral("SH00003000000011");
}

void TestStationTubeCode::preprintedCodesAreNeverChecked() {
    QFETCH(QString, text);
    QVERIFY(!code::looksStationGenerated(text));
    QCOMPARE(code::checkDigitProblem(text), QString());
}

void TestStationTubeCode::twoTablesNeverShareACode() {
    QSet<QString> seen;
    for (int table : {1, 2, 10, 11, 100}) {
        for (qint64 n = 1; n <= 2000; ++n) {
            const QString c = *code::format(table, n);
            QVERIFY2(!seen.contains(c), qPrintable(c));
            seen.insert(c);
        }
    }
    QCOMPARE(seen.size(), 5 * 2000);
}

QTEST_GUILESS_MAIN(TestStationTubeCode)
#include "tst_stationtubecode.moc"
