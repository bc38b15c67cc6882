// SPDX-License-Identifier: GPL-3.0-or-later
// Labels to the label printer, manifests to the page printer.
#include "labels/SplitPrinter.h"

#include <QTest>

using namespace station::labels;

namespace {

// Remembers what it was asked to print.
class RecordingPrinter final : public LabelPrinter {
public:
    explicit RecordingPrinter(QString name)
        : m_name(std::move(name)) {}
    QString description() const override { return m_name; }
    PrintResult print(const PrintJob &job) override {
        jobs.append(job);
        return PrintResult::success();
    }
    QList<PrintJob> jobs;

private:
    QString m_name;
};

PrintJob tubeJob() {
    TubeLabelData data;
    data.tubeCode = QStringLiteral("AB12345678");
    return PrintJob::tube(data);
}

PrintJob manifestJob() {
    BoxManifestData data;
    data.boxCode = QStringLiteral("BX00000001");
    data.tubes.append({QStringLiteral("AB12345678"), 3, {}, {}, {}});
    return PrintJob::manifest(data);
}

} // namespace

class TestSplitPrinter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void routesByDocument_data() {
        QTest::addColumn<bool>("manifest");
        QTest::addColumn<bool>("toLabelPrinter");
        QTest::newRow("tube label") << false << true;
        QTest::newRow("manifest") << true << false;
    }
    void routesByDocument() {
        QFETCH(bool, manifest);
        QFETCH(bool, toLabelPrinter);
        auto labels = std::make_shared<RecordingPrinter>(QStringLiteral("Zebra"));
        auto pages = std::make_shared<RecordingPrinter>(QStringLiteral("A4"));
        SplitPrinter split(labels, pages);
        QVERIFY(split.print(manifest ? manifestJob() : tubeJob()).ok);
        QCOMPARE(labels->jobs.size(), toLabelPrinter ? 1 : 0);
        QCOMPARE(pages->jobs.size(), toLabelPrinter ? 0 : 1);
        QCOMPARE(split.description(), QStringLiteral("Zebra (labels), A4 (manifests)"));
    }

    void withoutManifestPrinterEverythingGoesToLabels() {
        auto labels = std::make_shared<RecordingPrinter>(QStringLiteral("Zebra"));
        SplitPrinter split(labels, nullptr);
        QVERIFY(split.print(manifestJob()).ok);
        QVERIFY(split.print(tubeJob()).ok);
        QCOMPARE(labels->jobs.size(), 2);
        QCOMPARE(split.description(), QStringLiteral("Zebra"));
    }

    void missingLabelPrinterFailsWithMessage() {
        auto pages = std::make_shared<RecordingPrinter>(QStringLiteral("A4"));
        SplitPrinter split(nullptr, pages);
        const PrintResult result = split.print(tubeJob());
        QVERIFY(!result.ok);
        QVERIFY2(result.userMessage.contains(QStringLiteral("labels")),
                 qPrintable(result.userMessage));
        QVERIFY(split.print(manifestJob()).ok);
        QCOMPARE(pages->jobs.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSplitPrinter)
#include "tst_split_printer.moc"
