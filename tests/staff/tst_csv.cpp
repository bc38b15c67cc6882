// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader takes what spreadsheets write (byte-order mark, CRLF, quoted fields with
// commas, quotes and line breaks) and refuses broken text naming the line.
#include "core/domain/Csv.h"

#include <QTest>

using namespace station;

class tst_Csv : public QObject {
    Q_OBJECT

private:
    static QList<Csv::Record> parsed(const QByteArray &bytes) {
        const Result<QList<Csv::Record>> r = Csv::parse(bytes);
        if (!r) {
            qWarning() << r.message();
            return {};
        }
        return r.value();
    }

private Q_SLOTS:
    void lineEndsAndByteOrderMark_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("LF") << QByteArray("a,b\nc,d\n");
        QTest::newRow("CRLF") << QByteArray("a,b\r\nc,d\r\n");
        QTest::newRow("BOM CRLF") << QByteArray("\xEF\xBB\xBF"
                                                "a,b\r\nc,d\r\n");
        QTest::newRow("no final line end") << QByteArray("a,b\r\nc,d");
        QTest::newRow("blank lines") << QByteArray("\r\na,b\r\n\r\nc,d\r\n\r\n");
    }
    void lineEndsAndByteOrderMark() {
        QFETCH(QByteArray, bytes);
        const QList<Csv::Record> records = parsed(bytes);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).fields, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(records.at(1).fields, (QStringList{QStringLiteral("c"), QStringLiteral("d")}));
    }

    void quotedFieldsAsExcelWritesThem() {
        const QList<Csv::Record> records =
            parsed(QByteArray("S1,\"Li, Na\",\"She said \"\"hi\"\"\",\"\"\r\nS2,王芳,采样员,\r\n"));
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).fields, (QStringList{QStringLiteral("S1"), QStringLiteral("Li, Na"),
                                                    QStringLiteral("She said \"hi\""), QString()}));
        QCOMPARE(records.at(1).fields, (QStringList{QStringLiteral("S2"), QStringLiteral("王芳"),
                                                    QStringLiteral("采样员"), QString()}));
    }

    void embeddedLineBreakKeepsTheLineNumbers() {
        const QList<Csv::Record> records =
            parsed(QByteArray("id,note\r\nS1,\"two\r\nlines\"\r\nS2,x\r\n\r\nS3,y\r\n"));
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(1).fields.at(1), QStringLiteral("two\nlines"));
        QCOMPARE(records.at(0).line, 1);
        QCOMPARE(records.at(1).line, 2);
        QCOMPARE(records.at(2).line, 4); // after the two lines of the quoted field
        QCOMPARE(records.at(3).line, 6); // after the blank line
    }

    void brokenTextIsRefusedWithItsLine_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("line");
        QTest::newRow("unclosed quote") << QByteArray("a,b\r\nc,\"d\r\ne\r\n") << "Line 2";
        QTest::newRow("quote inside a field") << QByteArray("a,b\nc,d\"e\n") << "Line 2";
        QTest::newRow("text after the quote") << QByteArray("a\n\"b\"c\n") << "Line 2";
    }
    void brokenTextIsRefusedWithItsLine() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, line);
        const Result<QList<Csv::Record>> r = Csv::parse(bytes);
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), ErrorCode::InvalidInput);
        QVERIFY2(r.message().startsWith(line), qPrintable(r.message()));
    }

    void textThatIsNotUtf8IsRefused() {
        // "王芳" in GBK, as a spreadsheet saving plain "CSV" on a Chinese Windows writes it.
        const Result<QList<Csv::Record>> r = Csv::parse(QByteArray("S1,\xCD\xF5\xB7\xBC\r\n"));
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QLatin1String("UTF-8")), qPrintable(r.message()));
    }

    void writtenLinesReadBack() {
        const QStringList fields{QStringLiteral("S1"), QStringLiteral("Li, \"Na\""),
                                 QStringLiteral("two\nlines"), QStringLiteral("王芳"), QString()};
        const QByteArray line = Csv::line(fields);
        QVERIFY(line.endsWith("\r\n"));
        QVERIFY(Csv::line({QStringLiteral("plain")}) == "plain\r\n");
        const QList<Csv::Record> records = parsed(Csv::byteOrderMark() + line + line);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).fields, fields);
        QCOMPARE(records.at(1).fields, fields);
    }
};

QTEST_GUILESS_MAIN(tst_Csv)
#include "tst_csv.moc"
