// SPDX-License-Identifier: GPL-3.0-or-later
// Voiding a tube at the table, without widgets: what the reason question and the outcome say,
// in English and in Chinese. A tube with people names how many must be sampled again; an
// empty tube says no one does ("0 people must be sampled again" read as a task); the two
// sentences meet as their language writes them (no space after "。").
#include "core/domain/Sentences.h"
#include "table/TableWorkflow.h"
#include "tests/models/StationFixture.h"
#include "translations/StationTranslation.h"

#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

using namespace station;
using namespace station::test;

namespace {

// Answers every reason question with "tube dropped" and keeps what was asked.
class ReasonAsker : public TableAsker {
public:
    QList<TableQuestion> asked;
    std::optional<QString> ask(const TableQuestion &question) override {
        asked.append(question);
        return QStringLiteral("tube dropped");
    }
};

} // namespace

class TestVoidTube : public QObject {
    Q_OBJECT

    // Opens tube 1 with `people` in it and voids it; the outcome and the question asked.
    static std::pair<ScanOutcome, QString> voidTubeWith(int people) {
        StationFixture f;
        f.signIn();
        TableWorkflow table(*f.service);
        ReasonAsker asker;
        table.setAsker(&asker);
        table.signIn(f.service->currentOperator());
        [&] { QVERIFY(table.scan(tubeCode(1), EntryMethod::Scanner).recorded); }();
        for (int i = 1; i <= people; ++i)
            [&] { QVERIFY(table.scan(residentScan(i), EntryMethod::Scanner).recorded); }();
        const ScanOutcome voided = table.voidTube();
        [&] {
            QVERIFY2(voided.recorded, qPrintable(voided.message));
            QCOMPARE(f.service->tube(tubeCode(1))->state, TubeState::Voided);
            QCOMPARE(asker.asked.size(), 1);
        }();
        return {voided, asker.asked.value(0).text};
    }

private Q_SLOTS:
    void sentencesJoinAsTheirLanguageWritesThem() {
        QCOMPARE(joinSentences(QStringLiteral("Tube voided."), QStringLiteral("Scan a tube.")),
                 QStringLiteral("Tube voided. Scan a tube."));
        QCOMPARE(joinSentences(QStringLiteral("采样管已作废。"), QStringLiteral("请扫描。")),
                 QStringLiteral("采样管已作废。请扫描。"));
        QCOMPARE(joinSentences(QStringLiteral("还有人吗？"), QStringLiteral("请扫描。")),
                 QStringLiteral("还有人吗？请扫描。"));
        // A Chinese sentence after an English one (an untranslated message) keeps its space.
        QCOMPARE(joinSentences(QStringLiteral("Tube voided."), QStringLiteral("请扫描。")),
                 QStringLiteral("Tube voided. 请扫描。"));
        QCOMPARE(joinSentences(QString(), QStringLiteral("请扫描。")), QStringLiteral("请扫描。"));
        QCOMPARE(joinSentences(QStringLiteral("Tube voided."), QString()),
                 QStringLiteral("Tube voided."));
    }

    void voidingSaysWhoMustBeSampledAgain_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("people");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("question");
        const QString code = tubeCode(1);
        QTest::newRow("en, three people")
            << QStringLiteral("en") << 3
            << QStringLiteral(
                   "Tube %1 voided. 3 people must be sampled again. Scan a new tube code "
                   "to open the next tube.")
                   .arg(code)
            << QStringLiteral("Why is tube %1 voided? Its people must be sampled again.").arg(code);
        QTest::newRow("en, one person")
            << QStringLiteral("en") << 1
            << QStringLiteral(
                   "Tube %1 voided. 1 person must be sampled again. Scan a new tube code "
                   "to open the next tube.")
                   .arg(code)
            << QStringLiteral("Why is tube %1 voided? Its people must be sampled again.").arg(code);
        QTest::newRow("zh_CN, three people")
            << QStringLiteral("zh_CN") << 3
            << QStringLiteral("采样管 %1 已作废。3 人必须重新采样。请扫描新的采样管码，开始下一支"
                              "采样管。")
                   .arg(code)
            << QStringLiteral("为什么作废采样管 %1？管内人员都必须重新采样。").arg(code);
    }

    void voidingSaysWhoMustBeSampledAgain() {
        QFETCH(QString, language);
        QFETCH(int, people);
        QFETCH(QString, message);
        QFETCH(QString, question);
        QTranslator translator;
        QVERIFY(loadStationTranslation(translator, language));
        QCoreApplication::installTranslator(&translator);
        const auto restore =
            qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        const auto [voided, asked] = voidTubeWith(people);
        QCOMPARE(voided.message, message);
        QCOMPARE(asked, question);
    }

    // An empty tube voided: no one is to be sampled again, and nothing says "0 people".
    void voidingAnEmptyTubeAsksNoOneBack_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void voidingAnEmptyTubeAsksNoOneBack() {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(loadStationTranslation(translator, language));
        QCoreApplication::installTranslator(&translator);
        const auto restore =
            qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        const auto [voided, asked] = voidTubeWith(0);
        const QString nextStep = QCoreApplication::translate(
            "station::TableWorkflow", "Scan a new tube code to open the next tube.");
        QVERIFY2(voided.message.endsWith(nextStep), qPrintable(voided.message));
        for (const QString &said : {voided.message, asked}) {
            QVERIFY2(!said.contains(QLatin1String("0 ")), qPrintable(said));
            QVERIFY2(!said.contains(QStringLiteral("。 ")), qPrintable(said));
            QVERIFY2(!said.contains(QLatin1String("must be sampled again")), qPrintable(said));
            QVERIFY2(!said.contains(QStringLiteral("必须重新采样")), qPrintable(said));
        }
        if (language == QLatin1String("en")) {
            QCOMPARE(voided.message,
                     QStringLiteral("Tube %1 voided; it was empty, so no one needs sampling again. "
                                    "Scan a new tube code to open the next tube.")
                         .arg(tubeCode(1)));
            QCOMPARE(asked,
                     QStringLiteral("Why is tube %1 voided? It holds no one.").arg(tubeCode(1)));
        }
    }
};

QTEST_GUILESS_MAIN(TestVoidTube)
#include "tst_voidtube.moc"
