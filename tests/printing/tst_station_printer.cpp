// SPDX-License-Identifier: GPL-3.0-or-later
// The station's printer setting: widgets/ adds the system printers to the labels' registry,
// for any name no printer prefix claims.
#include "widgets/printing/StationPrinter.h"

#include <QtTest>

using station::widgets::StationPrinter;

class TestStationPrinter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addressesGoToTheirBackends_data();
    void addressesGoToTheirBackends();
    void systemPrintersAreTheCatchAll();
    void labelsAndManifestsApart();
};

void TestStationPrinter::addressesGoToTheirBackends_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description"); // empty: refused
    QTest::newRow("system printer")
        << QStringLiteral("Zebra_ZD420") << QStringLiteral("Printer Zebra_ZD420");
    QTest::newRow("padded") << QStringLiteral("  pdf:/tmp/l.pdf ")
                            << QStringLiteral("PDF file /tmp/l.pdf");
    QTest::newRow("zebra") << QStringLiteral("zpl://10.0.0.5")
                           << QStringLiteral("Zebra printer 10.0.0.5:9100");
    QTest::newRow("cups raw") << QStringLiteral("cups-raw:zebra")
                              << QStringLiteral("CUPS raw queue zebra");
    QTest::newRow("no queue") << QStringLiteral("cups:") << QString();
    QTest::newRow("no host") << QStringLiteral("zpl://") << QString();
}

void TestStationPrinter::addressesGoToTheirBackends() {
    QFETCH(QString, name);
    QFETCH(QString, description);
    QString error;
    const auto printer = StationPrinter::create(name, &error);
    if (description.isEmpty()) {
        QVERIFY(!printer);
        QVERIFY2(error.contains(name.trimmed()), qPrintable(error));
    } else {
        QVERIFY2(printer, qPrintable(error));
        QCOMPARE(printer->description(), description);
    }
}

void TestStationPrinter::systemPrintersAreTheCatchAll() {
    const auto registry = StationPrinter::registry();
    const auto labelKinds = station::labels::PrinterRegistry::labelBackends().kinds();
    QCOMPARE(registry.kinds().size(), labelKinds.size() + 1);
    QVERIFY(registry.kinds().last().prefix.isEmpty());
    QCOMPARE(registry.kindOf(QStringLiteral("HP_LaserJet")), &registry.kinds().last());
    QCOMPARE(registry.kindOf(QStringLiteral("png:a.png"))->prefix, QStringLiteral("png:"));
    QVERIFY(registry.syntaxHelp().endsWith(QStringLiteral(" or a system printer's name")));
    QString error;
    QVERIFY(!StationPrinter::create(QStringLiteral("   "), &error)); // no printer set up
    QVERIFY(error.isEmpty());
}

void TestStationPrinter::labelsAndManifestsApart() {
    QString error;
    const auto split = StationPrinter::create(QStringLiteral("zpl://10.0.0.5"),
                                              QStringLiteral("A4_Office"), &error);
    QVERIFY2(split, qPrintable(error));
    QVERIFY(split->description().contains(QStringLiteral("Printer A4_Office")));
    QVERIFY(
        !StationPrinter::create(QStringLiteral("zpl://10.0.0.5"), QStringLiteral("pdf:"), &error));
    QVERIFY(error.contains(QStringLiteral("pdf:")));
}

QTEST_MAIN(TestStationPrinter)
#include "tst_station_printer.moc"
