// SPDX-License-Identifier: GPL-3.0-or-later
// Replays the fuzz corpora (tests/fuzz/corpus/<target>/) through the fuzz targets' own
// code, so every input the fuzzers kept is a regression test of the normal build.
#include "bench/fuzz/FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <functional>

using Target = std::function<int(const std::uint8_t *, std::size_t)>;
Q_DECLARE_METATYPE(Target)

class FuzzCorpus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void corpusReplays_data();
    void corpusReplays();
};

void FuzzCorpus::corpusReplays_data() {
    QTest::addColumn<QString>("corpus");
    QTest::addColumn<Target>("target");
    const QString root = QStringLiteral(STATION_FUZZ_CORPUS);
    QTest::newRow("resident_code")
        << root + QStringLiteral("/resident_code") << Target(station::fuzz::residentCode);
    QTest::newRow("scan_classifier")
        << root + QStringLiteral("/scan_classifier") << Target(station::fuzz::scanClassifier);
    QTest::newRow("hid_burst") << root + QStringLiteral("/hid_burst")
                               << Target(station::fuzz::hidBurst);
    QTest::newRow("sync_response")
        << root + QStringLiteral("/sync_response") << Target(station::fuzz::syncResponse);
    QTest::newRow("join_code") << root + QStringLiteral("/join_code")
                               << Target(station::fuzz::joinCode);
}

void FuzzCorpus::corpusReplays() {
    QFETCH(QString, corpus);
    QFETCH(Target, target);
    const QFileInfoList files = QDir(corpus).entryInfoList(QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 10, qPrintable(corpus));
    for (const QFileInfo &info : files) {
        QFile f(info.filePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        // A broken invariant aborts inside the target, which fails the test.
        QCOMPARE(target(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                        std::size_t(bytes.size())),
                 0);
    }
}

QTEST_GUILESS_MAIN(FuzzCorpus)
#include "tst_fuzzcorpus.moc"
