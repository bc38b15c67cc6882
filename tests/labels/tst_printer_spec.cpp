// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/PrinterSpec.h"

#include <QtTest>

using namespace station::labels;

class TestPrinterSpec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void create_data() {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("description"); // empty: refused
        QTest::newRow("zpl default port")
            << QStringLiteral("zpl://10.0.0.5") << QStringLiteral("Zebra printer 10.0.0.5:9100");
        QTest::newRow("zpl port") << QStringLiteral("zpl://printer.local:6101")
                                  << QStringLiteral("Zebra printer printer.local:6101");
        QTest::newRow("cups") << QStringLiteral("cups:Label_1")
                              << QStringLiteral("CUPS printer Label_1");
        QTest::newRow("cups raw") << QStringLiteral("cups-raw:zebra")
                                  << QStringLiteral("CUPS raw queue zebra");
        QTest::newRow("pdf") << QStringLiteral("pdf:/tmp/a.pdf")
                             << QStringLiteral("PDF file /tmp/a.pdf");
        QTest::newRow("png") << QStringLiteral("png:a.png") << QStringLiteral("PNG file a.png");
        QTest::newRow("zpl file") << QStringLiteral("zpl-file:/dev/usb/lp0")
                                  << QStringLiteral("ZPL file /dev/usb/lp0");
        QTest::newRow("no host") << QStringLiteral("zpl://") << QString();
        QTest::newRow("no queue") << QStringLiteral("cups:") << QString();
        QTest::newRow("unknown") << QStringLiteral("lpt1") << QString();
    }
    void create() {
        QFETCH(QString, spec);
        QFETCH(QString, description);
        QString error;
        const auto printer = PrinterSpec::create(spec, &error);
        if (description.isEmpty()) {
            QVERIFY(!printer);
            QVERIFY2(error.contains(spec), qPrintable(error));
        } else {
            QVERIFY2(printer, qPrintable(error));
            QCOMPARE(printer->description(), description);
        }
    }
};

QTEST_GUILESS_MAIN(TestPrinterSpec)
#include "tst_printer_spec.moc"
