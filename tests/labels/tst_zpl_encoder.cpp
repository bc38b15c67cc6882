// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/ZplEncoder.h"
#include "tests/labels/ZplFixture.h"
#include "tests/support/TestData.h"

#include <QFile>
#include <QtTest>

using namespace station::labels;

class TestZplEncoder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesGoldenFile() {
        QString error;
        const QByteArray zpl = ZplEncoder::encode(station::test::goldenTubeJob(), &error);
        QVERIFY2(!zpl.isEmpty(), qPrintable(error));
        QFile golden(station::test::testDataPath(QStringLiteral("labels/tube_50x25_203.zpl")));
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
        QCOMPARE(zpl, golden.readAll());
    }

    void code128FieldData_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("numeric even: start C")
            << QStringLiteral("12345678") << QStringLiteral(">;12345678");
        QTest::newRow("numeric odd: C then B")
            << QStringLiteral("123456789") << QStringLiteral(">:1>523456789");
        QTest::newRow("two digits") << QStringLiteral("42") << QStringLiteral(">;42");
        QTest::newRow("letters then even digits")
            << QStringLiteral("AB12345678") << QStringLiteral(">:AB>512345678");
        QTest::newRow("letters then odd digits")
            << QStringLiteral("ABC123456789") << QStringLiteral(">:ABC1>523456789");
        QTest::newRow("short digit run stays in B")
            << QStringLiteral("BX12A") << QStringLiteral(">:BX12A");
        QTest::newRow("digits in the middle")
            << QStringLiteral("BX123456Z") << QStringLiteral(">:BX>5123456>6Z");
        QTest::newRow("greater-than escaped") << QStringLiteral("A>B") << QStringLiteral(">:A><B");
    }
    void code128FieldData() {
        QFETCH(QString, code);
        QFETCH(QString, field);
        QCOMPARE(ZplEncoder::code128FieldData(code), field);
    }

    void escapesZplControlCharactersInText() {
        QCOMPARE(ZplEncoder::escapeText(QStringLiteral("a^b~c_d")),
                 QStringLiteral("a_5Eb_7Ec_5Fd"));
        QCOMPARE(ZplEncoder::escapeText(QStringLiteral("\u5929\u6CB3")),
                 QStringLiteral("\u5929\u6CB3"));
    }

    void copiesBecomePrintQuantity() {
        auto job = station::test::goldenTubeJob();
        job.copies = 7;
        const QByteArray zpl = ZplEncoder::encode(job);
        QVERIFY(zpl.contains("^PQ7,0,1,Y\n"));
        QVERIFY(zpl.startsWith("^XA\n"));
        QVERIFY(zpl.endsWith("^XZ\n"));
    }

    void moduleWidthAndLabelSizeFollowDpi_data() {
        QTest::addColumn<int>("dpi");
        QTest::addColumn<QByteArray>("width");
        QTest::addColumn<QByteArray>("module");
        QTest::newRow("203") << 203 << QByteArray("^PW400\n") << QByteArray("^BY2^BC");
        QTest::newRow("300") << 300 << QByteArray("^PW591\n") << QByteArray("^BY4^BC");
        QTest::newRow("600: ^BY stays within 1..10")
            << 600 << QByteArray("^PW1181\n") << QByteArray("^BY8^BC");
    }
    void moduleWidthAndLabelSizeFollowDpi() {
        QFETCH(int, dpi);
        QFETCH(QByteArray, width);
        QFETCH(QByteArray, module);
        auto job = station::test::goldenTubeJob();
        job.dpi = dpi;
        const QByteArray zpl = ZplEncoder::encode(job);
        QVERIFY2(zpl.contains(width), zpl.constData());
        QVERIFY2(zpl.contains(module), zpl.constData());
    }

    void utf8SiteNamesAreKept() {
        auto job = station::test::goldenTubeJob();
        std::get<TubeLabelData>(job.content).siteName = QStringLiteral("\u5929\u6CB3");
        const QByteArray zpl = ZplEncoder::encode(job);
        QVERIFY(zpl.contains("^CI28"));
        QVERIFY(zpl.contains(QStringLiteral("\u5929\u6CB3").toUtf8()));
    }

    void qrBoxLabelUsesNativeQrCommand() {
        BoxLabelData box{QStringLiteral("BX20261125A017"), QStringLiteral("Tianhe"), {}, true};
        const QByteArray zpl = ZplEncoder::encode(PrintJob::box(box));
        QVERIFY2(zpl.contains("^BQN,2,"), zpl.constData());
        QVERIFY2(zpl.contains("^FDMA,BX20261125A017^FS"), zpl.constData());
        QVERIFY(!zpl.contains("^BC"));
        QVERIFY(zpl.contains("^PQ1,0,1,Y"));
    }

    void moduleWidthStaysWithinZplRange() {
        auto job = station::test::goldenTubeJob();
        std::get<TubeLabelData>(job.content).tubeCode = QStringLiteral("12345678");
        job.dpi = 600; // 0.5 mm would be 11 dots; ^BY takes at most 10
        const QByteArray zpl = ZplEncoder::encode(job);
        QVERIFY2(zpl.contains("^BY10^BC"), zpl.constData());
    }

    void qrMagnificationStaysWithinZplRange() {
        BoxLabelData box{QStringLiteral("BX01"), {}, {}, true};
        const QByteArray zpl = ZplEncoder::encode(PrintJob::box(box, LabelSize{60, 40}, 600));
        QVERIFY2(zpl.contains("^BQN,2,10^FH_^FDMA,BX01^FS"), zpl.constData());
    }

    void caretAndTildeInACodeAreRefused() {
        auto job = station::test::goldenTubeJob();
        std::get<TubeLabelData>(job.content).tubeCode = QStringLiteral("AB^XZ1234");
        QString error;
        QVERIFY(ZplEncoder::encode(job, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("AB^XZ1234")), qPrintable(error));
    }

    void manifestIsRefusedWithAReason() {
        BoxManifestData manifest;
        manifest.boxCode = QStringLiteral("BX01");
        manifest.tubes.append({QStringLiteral("12345678"), 10, {}, {}, {}});
        QString error;
        QVERIFY(ZplEncoder::encode(PrintJob::manifest(manifest), &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("A4")), qPrintable(error));
    }

    void boxLabel() {
        const QByteArray zpl = ZplEncoder::encode(
            PrintJob::box({QStringLiteral("BX20261125A017"), QStringLiteral("Tianhe"), {}}));
        QVERIFY2(zpl.contains("^FD>:BX>520261125>6A017^FS"), zpl.constData());
        QVERIFY(zpl.contains("Transfer box"));
    }
};

QTEST_MAIN(TestZplEncoder)
#include "tst_zpl_encoder.moc"
