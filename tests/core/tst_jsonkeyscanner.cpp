// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/JsonKeyScanner.h"

#include <QJsonDocument>
#include <QTest>

using namespace station;

class TestJsonKeyScanner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void duplicates_data();
    void duplicates();
};

void TestJsonKeyScanner::duplicates_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("duplicate"); // null: none

    QTest::newRow("empty object") << QByteArray("{}") << QString();
    QTest::newRow("distinct keys") << QByteArray(R"({"a":1,"b":2,"ab":3})") << QString();
    QTest::newRow("plain duplicate") << QByteArray(R"({"a":1,"b":2,"a":3})") << QStringLiteral("a");
    QTest::newRow("first duplicate reported")
        << QByteArray(R"({"b":1,"a":1,"a":2,"b":2})") << QStringLiteral("a");
    QTest::newRow("escaped duplicate")
        << QByteArray(R"({"t":1,"\u0074":2})") << QStringLiteral("t");
    QTest::newRow("escaped quote in key")
        << QByteArray(R"({"a\"b":1,"a\"b":2})") << QStringLiteral("a\"b");
    QTest::newRow("keys differing after an escape")
        << QByteArray(R"({"a\"b":1,"a\"c":2})") << QString();
    QTest::newRow("non-ASCII duplicate")
        << QByteArray(R"({"名":1,"\u540d":2})") << QStringLiteral("名");
    QTest::newRow("surrogate pair duplicate")
        << QByteArray(R"({"😀":1,"\ud83d\ude00":2})") << QStringLiteral("😀");
    QTest::newRow("nested duplicate is not top-level")
        << QByteArray(R"({"x":{"a":1,"a":2}})") << QString();
    QTest::newRow("key text inside a value")
        << QByteArray(R"({"a":"\",\"a\":","b":["a",{"a":0}]})") << QString();
    QTest::newRow("braces inside strings")
        << QByteArray(R"({"a":"}{][","a":1})") << QStringLiteral("a");
    QTest::newRow("after nested values")
        << QByteArray(R"({"a":[1,[2,{"b":3}]],"c":{},"a":0})") << QStringLiteral("a");
    QTest::newRow("scalars and whitespace")
        << QByteArray(" {\n\"a\" : true ,\t\"b\":null,\r\n\"c\":-1.5e3 , \"b\" : false }\n")
        << QStringLiteral("b");
    QTest::newRow("case matters") << QByteArray(R"({"a":1,"A":2})") << QString();
}

void TestJsonKeyScanner::duplicates() {
    QFETCH(QByteArray, json);
    QFETCH(QString, duplicate);
    // The scanner is only given JSON that Qt accepts; make sure each row is such JSON.
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);

    const std::optional<QString> found = findDuplicateTopLevelKey(json);
    QCOMPARE(found.has_value(), !duplicate.isNull());
    if (found)
        QCOMPARE(*found, duplicate);
}

QTEST_GUILESS_MAIN(TestJsonKeyScanner)
#include "tst_jsonkeyscanner.moc"
