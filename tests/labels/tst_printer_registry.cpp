// SPDX-License-Identifier: GPL-3.0-or-later
// Printer addresses: every prefix of the registry parses and builds its backend; what no
// prefix claims gets a clear, translated message.
#include "labels/PrinterRegistry.h"

#include <QSet>
#include <QTranslator>
#include <QtTest>

using namespace station::labels;

namespace {

// Marks every message of the registry, to show that it went through tr() in its context.
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *,
                      int) const override {
        if (qstrcmp(context, "station::labels::PrinterRegistry") != 0)
            return {};
        return QStringLiteral("[zh] ") + QString::fromUtf8(sourceText);
    }
};

} // namespace

class TestPrinterRegistry : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void create_data();
    void create();
    void everyPrefixHasARow();
    void longestPrefixWins();
    void aLayerAboveAddsACatchAll();
    void unknownPrefixIsSaidInTheUsersLanguage();

private:
    QSet<QString> m_testedPrefixes;
};

void TestPrinterRegistry::create_data() {
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("prefix");      // the kind that takes it; empty: none
    QTest::addColumn<QString>("description"); // of the backend; empty: refused
    QTest::newRow("zpl default port")
        << QStringLiteral("zpl://10.0.0.5") << QStringLiteral("zpl://")
        << QStringLiteral("Zebra printer 10.0.0.5:9100");
    QTest::newRow("zpl port") << QStringLiteral("zpl://printer.local:6101")
                              << QStringLiteral("zpl://")
                              << QStringLiteral("Zebra printer printer.local:6101");
    QTest::newRow("cups") << QStringLiteral("cups:Label_1") << QStringLiteral("cups:")
                          << QStringLiteral("CUPS printer Label_1");
    QTest::newRow("cups raw") << QStringLiteral("cups-raw:zebra") << QStringLiteral("cups-raw:")
                              << QStringLiteral("CUPS raw queue zebra");
    QTest::newRow("pdf") << QStringLiteral("pdf:/tmp/a.pdf") << QStringLiteral("pdf:")
                         << QStringLiteral("PDF file /tmp/a.pdf");
    QTest::newRow("png") << QStringLiteral("png:a.png") << QStringLiteral("png:")
                         << QStringLiteral("PNG file a.png");
    QTest::newRow("zpl file") << QStringLiteral("zpl-file:/dev/usb/lp0")
                              << QStringLiteral("zpl-file:")
                              << QStringLiteral("ZPL file /dev/usb/lp0");
    QTest::newRow("no host") << QStringLiteral("zpl://") << QStringLiteral("zpl://") << QString();
    QTest::newRow("bad port") << QStringLiteral("zpl://host:port") << QStringLiteral("zpl://")
                              << QString();
    QTest::newRow("no queue") << QStringLiteral("cups:") << QStringLiteral("cups:") << QString();
    QTest::newRow("unknown") << QStringLiteral("lpt1") << QString() << QString();
    QTest::newRow("unknown prefix") << QStringLiteral("ipp://host/queue") << QString() << QString();
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestPrinterRegistry::create() {
    QFETCH(QString, address);
    QFETCH(QString, prefix);
    QFETCH(QString, description);
    const PrinterRegistry registry = PrinterRegistry::labelBackends();
    const PrinterKind *kind = registry.kindOf(address);
    QCOMPARE(kind ? kind->prefix : QString(), prefix);
    QString error;
    const auto printer = registry.create(address, &error);
    if (description.isEmpty()) {
        QVERIFY(!printer);
        QVERIFY2(!error.isEmpty() && error.contains(address.mid(prefix.size())), qPrintable(error));
    } else {
        QVERIFY2(printer, qPrintable(error));
        QCOMPARE(printer->description(), description);
        m_testedPrefixes.insert(prefix);
    }
}

// Runs after create(): a new kind in the registry without a row above fails here.
void TestPrinterRegistry::everyPrefixHasARow() {
    const PrinterRegistry registry = PrinterRegistry::labelBackends();
    QSet<QString> prefixes;
    for (const PrinterKind &kind : registry.kinds()) {
        QVERIFY(!kind.prefix.isEmpty());
        QVERIFY2(!prefixes.contains(kind.prefix), qPrintable(kind.prefix));
        prefixes.insert(kind.prefix);
        QVERIFY2(m_testedPrefixes.contains(kind.prefix), qPrintable(kind.prefix));
        QVERIFY(kind.syntax.startsWith(kind.prefix));
        QVERIFY(!kind.description.isEmpty());
        QVERIFY(kind.create);
        QVERIFY(registry.syntaxHelp().contains(kind.syntax));
        QVERIFY(registry.kindsHelp().contains(kind.description));
    }
}

void TestPrinterRegistry::longestPrefixWins() {
    PrinterRegistry registry = PrinterRegistry::labelBackends();
    registry.add({QStringLiteral("zpl://backup."), QStringLiteral("zpl://backup.HOST"),
                  QStringLiteral("the backup Zebra"), [](const QString &target, QString *error) {
                      return PrinterRegistry::labelBackends().create(
                          QStringLiteral("pdf:") + target, error);
                  }});
    QCOMPARE(registry.kindOf(QStringLiteral("zpl://backup.site"))->prefix,
             QStringLiteral("zpl://backup."));
    QCOMPARE(registry.kindOf(QStringLiteral("zpl://main.site"))->prefix, QStringLiteral("zpl://"));
    const auto printer = registry.create(QStringLiteral("zpl://backup.site"), nullptr);
    QVERIFY(printer);
    QCOMPARE(printer->description(), QStringLiteral("PDF file site"));
}

void TestPrinterRegistry::aLayerAboveAddsACatchAll() {
    PrinterRegistry registry = PrinterRegistry::labelBackends();
    registry.add({QString(), QStringLiteral("NAME"), QStringLiteral("anything else"),
                  [](const QString &name, QString *error) {
                      return PrinterRegistry::labelBackends().create(QStringLiteral("png:") + name,
                                                                     error);
                  }});
    QCOMPARE(registry.kindOf(QStringLiteral("Zebra_ZD420"))->prefix, QString());
    QCOMPARE(registry.kindOf(QStringLiteral("pdf:x.pdf"))->prefix, QStringLiteral("pdf:"));
    QString error;
    const auto printer = registry.create(QStringLiteral("Zebra_ZD420"), &error);
    QVERIFY2(printer, qPrintable(error));
    QCOMPARE(printer->description(), QStringLiteral("PNG file Zebra_ZD420"));
    QVERIFY(registry.syntaxHelp().endsWith(QStringLiteral(" or NAME")));
    QVERIFY(!registry.create(QString(), &error));
}

void TestPrinterRegistry::unknownPrefixIsSaidInTheUsersLanguage() {
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QString error;
    const auto printer =
        PrinterRegistry::labelBackends().create(QStringLiteral("ipp://host/queue"), &error);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(!printer);
    QVERIFY2(error.startsWith(QStringLiteral("[zh] Unknown printer \"ipp://host/queue\"")),
             qPrintable(error));
    // It says what would be understood, also in the user's language.
    QVERIFY2(error.contains(QStringLiteral("; use [zh] ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("[zh] zpl://HOST[:PORT]")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("[zh] png:PATH")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestPrinterRegistry)
#include "tst_printer_registry.moc"
