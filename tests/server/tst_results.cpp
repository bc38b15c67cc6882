// SPDX-License-Identifier: GPL-3.0-or-later
// The projection of tubes, people, boxes and hand-overs, and the labs' results, on the
// server library over an SQLite file: what ingest projects (people by their site person
// key, never the ID number), the refusal of a tube code of another site, a rebuild that
// gives the same rows, result files in English and Chinese, idempotent results, matching
// with its unmatched reasons, re-matching when the missing records arrive, and the
// matched-result hook (once per result).
#include "TubeStory.h"
#include "protocol/SitePersonKey.h"
#include "server/Database.h"
#include "server/LabResultFile.h"
#include "server/RecordStore.h"
#include "server/Results.h"
#include "server/TubeProjection.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace station::server;
using namespace station::test;

namespace {

const QString kSiteA = QStringLiteral("GZ-TH-017");
const QString kSiteB = QStringLiteral("GZ-YX-002");
const QString kStation1 = QStringLiteral("gz-th-017-t01");
const QString kStation2 = QStringLiteral("gz-th-017-t02");
const QString kStationB = QStringLiteral("gz-yx-002-t01");
const QString kLab = QStringLiteral("KingMed-GZ");
const QStringList kPeople{QStringLiteral("44010619800101123X"),
                          QStringLiteral("440106198502023456"),
                          QStringLiteral("440106199003034567")};

QStringList statuses(const BatchOutcome &outcome) {
    QStringList list;
    for (const RecordResult &result : outcome.results)
        list << recordStatusName(result.status);
    return list;
}

LabResultInput result(const QString &tube, const QString &outcome,
                      const QString &testedAt = QStringLiteral("2026-11-25T12:00:00.000Z")) {
    return labResultFromJson(QJsonObject{{QStringLiteral("tube"), tube},
                                         {QStringLiteral("lab"), kLab},
                                         {QStringLiteral("result"), outcome},
                                         {QStringLiteral("tested_at"), testedAt}},
                             QString());
}

} // namespace

class tst_Results : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<RecordStore> m_store;
    QList<MatchedResult> m_hookCalls;
    qint64 m_seq = 0;

    BatchOutcome ingest(const QString &site, const QString &station,
                        const QList<SyncTestRecord> &records) {
        return m_store->ingest(DeviceIdentity{station, site, DeviceRole::Station},
                               recordArray(records), ServerLimits{});
    }
    // Every row of the projection's tables, as text, sorted: what a rebuild must give again.
    QStringList projectionRows() {
        QStringList rows;
        QSqlQuery query(m_database->connection());
        for (const QString &table : TubeProjection::tables()) {
            if (!query.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
                return {QStringLiteral("cannot read ") + table};
            while (query.next()) {
                QStringList cells{table};
                for (int i = 0; i < query.record().count(); ++i)
                    cells << (query.value(i).isNull() ? QStringLiteral("<null>")
                                                      : query.value(i).toString());
                rows << cells.join(QLatin1Char('|'));
            }
        }
        rows.sort();
        return rows;
    }
    QString scalar(const QString &sql) {
        QSqlQuery query(m_database->connection());
        if (!query.exec(sql) || !query.next())
            return QStringLiteral("<none>");
        return query.value(0).isNull() ? QStringLiteral("<null>") : query.value(0).toString();
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        DatabaseTarget target;
        target.sqlitePath = m_dir->filePath(QStringLiteral("server.db"));
        target.createIfMissing = true;
        m_database = std::make_unique<Database>(target);
        QString error;
        QVERIFY2(m_database->open(&error), qPrintable(error));
        m_store = std::make_unique<RecordStore>(*m_database);
        m_hookCalls.clear();
        m_store->results().setMatchedHook([this](const MatchedResult &matched, QString *) {
            m_hookCalls.append(matched);
            return true;
        });
    }

    void cleanup() {
        m_store.reset();
        m_database.reset();
        m_dir.reset();
    }

    void ingestProjectsTubesPeopleAndBoxes() {
        TubeStory story(kSiteA, kStation1, QStringLiteral("GZ00000001"), &m_seq);
        QList<SyncTestRecord> records{story.opened(10)};
        for (const QString &id : kPeople)
            records.append(story.taken(id));
        records.append(story.removed(records.at(2).uuid)); // the second person, scanned twice
        records.append(story.sealed(2));
        records.append(story.boxed(QStringLiteral("BOX-0001"), 2));
        const BatchOutcome first = ingest(kSiteA, kStation1, records);
        QVERIFY2(first.stored, qPrintable(first.error));
        QVERIFY(!statuses(first).contains(QStringLiteral("rejected")));
        const QString tube = QStringLiteral("SELECT %1 FROM tubes WHERE tube_uuid = '") +
                             story.tubeUuid() + QLatin1Char('\'');
        QCOMPARE(scalar(tube.arg(QStringLiteral("state"))), QStringLiteral("sealed"));
        QCOMPARE(scalar(tube.arg(QStringLiteral("people"))), QStringLiteral("2"));
        QCOMPARE(scalar(tube.arg(QStringLiteral("pool_size"))), QStringLiteral("10"));
        QCOMPARE(scalar(tube.arg(QStringLiteral("site"))), kSiteA);
        QCOMPARE(scalar(tube.arg(QStringLiteral("box_uuid"))), story.boxUuid());
        QCOMPARE(scalar(tube.arg(QStringLiteral("handed_over_at"))), QStringLiteral("<null>"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM tube_people WHERE state = 'active'")),
                 QStringLiteral("2"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM tube_people WHERE state = 'removed'")),
                 QStringLiteral("1"));
        // People by the site person key, which a station computes from the same site key.
        QString keyError;
        const auto siteKey = m_store->siteFacts().siteKey(kSiteA, &keyError);
        QVERIFY2(siteKey, qPrintable(keyError));
        QCOMPARE(scalar(QStringLiteral("SELECT person_key FROM tube_people WHERE sample_uuid = '") +
                        records.at(1).uuid + QLatin1Char('\'')),
                 station::protocol::sitePersonKey(*siteKey, QStringLiteral("resident_id"),
                                                  kPeople.at(0)));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT id_number_hash) FROM tube_people")),
                 QStringLiteral("3"));
        // No ID number in any row of the projection.
        for (const QString &row : projectionRows()) {
            for (const QString &id : kPeople)
                QVERIFY2(!row.contains(id), qPrintable(row));
        }
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM boxes")), QStringLiteral("sealed"));

        // The hand-over, from another table of the site, reaches the tube.
        const BatchOutcome handOver = ingest(kSiteA, kStation1, {story.handedOver()});
        QVERIFY2(handOver.stored, qPrintable(handOver.error));
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM boxes")), QStringLiteral("handed_over"));
        QCOMPARE(scalar(tube.arg(QStringLiteral("handed_over_at"))),
                 scalar(QStringLiteral("SELECT at FROM hand_overs")));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM hand_overs")), QStringLiteral("1"));
    }

    void sampleIntoAnotherSitesTubeIsRefused() {
        TubeStory a(kSiteA, kStation1, QStringLiteral("GZ00000002"), &m_seq);
        QVERIFY(ingest(kSiteA, kStation1, {a.opened(), a.taken(kPeople.at(0))}).stored);
        TubeStory b(kSiteB, kStationB, QStringLiteral("GZ00000002"), &m_seq);
        const BatchOutcome outcome =
            ingest(kSiteB, kStationB, {b.opened(), b.taken(kPeople.at(1)), b.taken(QString())});
        QVERIFY2(outcome.stored, qPrintable(outcome.error));
        QCOMPARE(statuses(outcome),
                 (QStringList{QStringLiteral("accepted"), QStringLiteral("rejected"),
                              QStringLiteral("rejected")}));
        QVERIFY2(outcome.results.at(1).reason.contains(QLatin1String("another site")),
                 qPrintable(outcome.results.at(1).reason));
        // Not stored, and listed among the station's sync problems.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM records WHERE site = '") + kSiteB +
                        QStringLiteral("' AND kind = 'sample.taken'")),
                 QStringLiteral("0"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sync_issues WHERE status = "
                                       "'rejected' AND station = '") +
                        kStationB + QLatin1Char('\'')),
                 QStringLiteral("2"));
        // The site that owns the code goes on sampling into it.
        const BatchOutcome more = ingest(kSiteA, kStation1, {a.taken(kPeople.at(2))});
        QCOMPARE(statuses(more), QStringList{QStringLiteral("accepted")});
    }

    void rebuildGivesTheSameRows() {
        TubeStory one(kSiteA, kStation1, QStringLiteral("GZ00000003"), &m_seq);
        TubeStory two(kSiteA, kStation2, QStringLiteral("GZ00000004"), &m_seq);
        TubeStory three(kSiteA, kStation2, QStringLiteral("GZ00000005"), &m_seq);
        QVERIFY(ingest(kSiteA, kStation1, one.wholePool(kPeople, QStringLiteral("BOX-1"))).stored);
        QList<SyncTestRecord> records = two.wholePool(kPeople.mid(0, 2), QStringLiteral("BOX-2"));
        records.append(three.opened());
        records.append(three.taken(kPeople.at(2)));
        records.append(three.voided());
        QVERIFY(ingest(kSiteA, kStation2, records).stored);
        const QStringList live = projectionRows();
        QVERIFY(live.size() > 15);
        TubeProjection projection(*m_database, m_store->siteFacts());
        QString error;
        const std::optional<qint64> projected = projection.rebuild(&error);
        QVERIFY2(projected, qPrintable(error));
        QCOMPARE(*projected, qint64(one.wholePool(kPeople, QString()).size() + records.size()));
        QCOMPARE(projectionRows(), live);
    }

    void labFilesInEnglishAndChinese() {
        QString error;
        const QByteArray chinese =
            QStringLiteral("\xFEFF管码,检测机构,检测结果,ORF1ab Ct值,N基因Ct值,检测时间\r\n"
                           "GZ00000010,金域,阳性,28.1,30.2,2026-11-25 14:03:00\r\n"
                           "GZ00000011,金域,阴性,,,2026-11-25 14:03\r\n"
                           "GZ00000012,金域,待定,,,2026-11-25 14:03\r\n"
                           "\"GZ00000013\",金域,无效,,,\r\n")
                .toUtf8();
        const auto parsed = parseLabResultFile(chinese, QString(), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->size(), 4);
        QVERIFY(parsed->at(0).result);
        QCOMPARE(parsed->at(0).result->tube, QStringLiteral("GZ00000010"));
        QCOMPARE(parsed->at(0).result->lab, QStringLiteral("金域"));
        QCOMPARE(parsed->at(0).result->outcome, QStringLiteral("positive"));
        QCOMPARE(parsed->at(0).result->ctValues.value(QStringLiteral("ORF1ab Ct值")).toDouble(),
                 28.1);
        QCOMPARE(parsed->at(0).result->ctValues.size(), 2);
        QCOMPARE(parsed->at(0).result->testedAt,
                 QDateTime::fromString(QStringLiteral("2026-11-25 14:03:00"),
                                       QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                     .toUTC()
                     .toString(Qt::ISODateWithMs));
        QCOMPARE(parsed->at(1).result->outcome, QStringLiteral("negative"));
        QVERIFY(parsed->at(1).result->ctValues.isEmpty());
        QVERIFY(!parsed->at(2).result);
        QVERIFY(parsed->at(2).reason.contains(QStringLiteral("待定")));
        QCOMPARE(parsed->at(2).line, 4);
        QVERIFY(!parsed->at(3).result); // no tested time
        QVERIFY(parsed->at(3).reason.contains(QLatin1String("tested time")));

        const QByteArray english = "tube,result,Ct_N,tested_at\n"
                                   "GZ00000020,Positive,31.5,2026-11-25T06:03:00Z\n";
        const auto fromEnglish = parseLabResultFile(english, kLab, &error);
        QVERIFY2(fromEnglish, qPrintable(error));
        QCOMPARE(fromEnglish->size(), 1);
        QCOMPARE(fromEnglish->at(0).result->lab, kLab); // --lab for a file that names none
        QCOMPARE(fromEnglish->at(0).result->testedAt, QStringLiteral("2026-11-25T06:03:00.000Z"));
        QCOMPARE(fromEnglish->at(0).result->ctValues.value(QStringLiteral("Ct_N")).toDouble(),
                 31.5);

        const QByteArray lines = "{\"tube\":\"GZ00000030\",\"lab\":\"L1\",\"result\":\"invalid\","
                                 "\"tested_at\":\"2026-11-25T06:03:00+08:00\",\"ct\":{\"N\":38}}\n"
                                 "\n"
                                 "not json\n";
        const auto fromLines = parseLabResultFile(lines, QString(), &error);
        QVERIFY2(fromLines, qPrintable(error));
        QCOMPARE(fromLines->size(), 2);
        QCOMPARE(fromLines->at(0).result->outcome, QStringLiteral("invalid"));
        QCOMPARE(fromLines->at(0).result->testedAt, QStringLiteral("2026-11-24T22:03:00.000Z"));
        QCOMPARE(fromLines->at(0).result->ctValues.value(QStringLiteral("N")).toInt(), 38);
        QVERIFY(!fromLines->at(1).result);
        QCOMPARE(fromLines->at(1).line, 3);

        QVERIFY(!parseLabResultFile("a,b,c\n1,2,3\n", QString(), &error));
        QVERIFY(error.contains(QLatin1String("header")));
    }

    // A large file without quotes is read in two halves at once: the same inputs, line
    // numbers and reasons as the same rows read in one piece (a quoted cell keeps a file
    // whole: a quote may hold a line break).
    void largeFileReadInTwoHalvesGivesTheSameInputs() {
        QByteArray text = "tube,lab,result,ORF1ab Ct,tested_at\r\n";
        QList<int> expectedLines;
        int line = 1;
        for (int i = 0; i < 12000; ++i) {
            ++line;
            if (i % 997 == 5) { // blank lines are no inputs, but they count as lines
                text += i % 2 ? ",,,,\r\n" : "\r\n";
                continue;
            }
            const char *outcome = i % 1501 == 7 ? "unclear" : i % 10 == 3 ? "阳性" : "negative";
            text += QStringLiteral("GZ%1,Lab-%2,%3,%4,2026-11-25T%5:%6:00.000Z\r\n")
                        .arg(i, 8, 10, QLatin1Char('0'))
                        .arg(i % 3)
                        .arg(QString::fromUtf8(outcome),
                             i % 10 == 3 ? QStringLiteral("27.5") : QString())
                        .arg(i / 600 % 24, 2, 10, QLatin1Char('0'))
                        .arg(i / 10 % 60, 2, 10, QLatin1Char('0'))
                        .toUtf8();
            expectedLines.append(line);
        }
        QVERIFY(text.size() > 2 * 256 * 1024);
        QString error;
        const auto halves = parseLabResultFile(text, QString(), &error);
        QVERIFY2(halves, qPrintable(error));
        QByteArray quoted = text;
        quoted.replace("GZ00000000,", "\"GZ00000000\",");
        const auto whole = parseLabResultFile(quoted, QString(), &error);
        QVERIFY2(whole, qPrintable(error));
        QCOMPARE(halves->size(), expectedLines.size());
        QCOMPARE(whole->size(), expectedLines.size());
        int rejected = 0;
        for (qsizetype i = 0; i < halves->size(); ++i) {
            const LabResultInput &a = halves->at(i);
            const LabResultInput &b = whole->at(i);
            QCOMPARE(a.line, expectedLines.at(i));
            QCOMPARE(b.line, a.line);
            QCOMPARE(bool(a.result), bool(b.result));
            QCOMPARE(a.reason, b.reason);
            if (!a.result) {
                ++rejected;
                QVERIFY(a.reason.contains(QLatin1String("unclear")));
                continue;
            }
            QCOMPARE(a.result->tube, b.result->tube);
            QCOMPARE(a.result->lab, b.result->lab);
            QCOMPARE(a.result->outcome, b.result->outcome);
            QCOMPARE(a.result->ctValues, b.result->ctValues);
            QCOMPARE(a.result->testedAt, b.result->testedAt);
        }
        QCOMPARE(rejected, 8); // i = 7, 1508, ... 10514
        QCOMPARE(halves->last().result->tube, QStringLiteral("GZ00011999"));
    }

    void labFilesInGbk() {
        // 管码,检测机构,检测结果,检测时间 / GZ00000070,金域,阳性,2026-11-25 14:03:00 as a
        // Chinese lab's software saves them: GBK bytes (iconv -t gbk), no BOM.
        const QByteArray gbk = QByteArray::fromHex(
            "b9dcc2eb2cbcecb2e2bbfab9b92cbcecb2e2bde1b9fb2cbcecb2e2cab1bce40d0a475a3030303030303730"
            "2cbdf0d3f22cd1f4d0d42c323032362d31312d32352031343a30333a30300d0a");
        QString error;
        const auto parsed = parseLabResultFile(gbk, QString(), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->size(), 1);
        QVERIFY2(parsed->at(0).result, qPrintable(parsed->at(0).reason));
        QCOMPARE(parsed->at(0).result->tube, QStringLiteral("GZ00000070"));
        QCOMPARE(parsed->at(0).result->lab, QStringLiteral("金域"));
        QCOMPARE(parsed->at(0).result->outcome, QStringLiteral("positive"));
        QCOMPARE(parsed->at(0).line, 2);

        // Neither UTF-8 nor GB18030 (a UTF-16 file, a stray 0xFF): refused, saying why.
        error.clear();
        QVERIFY(!parseLabResultFile(QByteArray::fromHex("fffe740075006200650000ff"), QString(),
                                    &error));
        QVERIFY2(error.contains(QLatin1String("neither UTF-8 nor GB18030")), qPrintable(error));
    }

    // The rules a lab's input is checked by before it is a result: the clock (a fixed one
    // here, as LabResultRules::now gives it), the API's offset, the tube code's case and the
    // CSV separator.
    void labInputsAreCheckedByTheRules() {
        LabResultRules rules;
        rules.latestTestedAt = QStringLiteral("2026-12-05T17:05:00.000Z");
        const auto json = [&rules](const QString &tube, const QString &testedAt) {
            return labResultFromJson(QJsonObject{{QStringLiteral("tube"), tube},
                                                 {QStringLiteral("result"), u"negative"_qs},
                                                 {QStringLiteral("tested_at"), testedAt}},
                                     kLab, rules);
        };
        // The latest accepted time exactly, and a millisecond after it.
        QVERIFY(json(u"GZ0000000202"_qs, u"2026-12-06T01:05:00+08:00"_qs).result);
        const LabResultInput ahead = json(u"GZ0000000202"_qs, u"2026-12-06T01:05:00.001+08:00"_qs);
        QVERIFY(!ahead.result);
        QCOMPARE(ahead.code, LabResultRefusal::TestedAtInFuture);
        // A file's local time is the server's zone; the API's must carry an offset.
        QVERIFY(json(u"GZ0000000202"_qs, u"2026-11-25 14:03:00"_qs).result);
        rules.offsetRequired = true;
        const LabResultInput local = json(u"GZ0000000202"_qs, u"2026-11-25 14:03:00"_qs);
        QCOMPARE(local.code, LabResultRefusal::TestedAtWithoutOffset);
        QCOMPARE(json(u"GZ0000000202"_qs, u"2026-11-25T14:03"_qs).code,
                 LabResultRefusal::TestedAtWithoutOffset);
        QVERIFY(json(u"GZ0000000202"_qs, u"2026-11-25T14:03:00Z"_qs).result);
        QCOMPARE(json(u"GZ0000000202"_qs, u"soon"_qs).code, LabResultRefusal::BadTestedAt);
        // Codes are capitals: a lab's lower case is the same tube.
        QCOMPARE(json(u" gz0000000202 "_qs, u"2026-11-25T14:03:00Z"_qs).result->tube,
                 u"GZ0000000202"_qs);

        for (const QString &code : {u"GZ0000000202"_qs, u"SG00003000000017"_qs, u"1234567890"_qs,
                                    u"GZR0000001"_qs, u"GZ26112500017*"_qs, u"GZ2611250001X"_qs})
            QVERIFY2(looksLikeTubeCode(code), qPrintable(code));
        for (const QString &code : {u"GZ00000X0202"_qs, u"GZ-0000000202"_qs, u"ABCDE12345678"_qs,
                                    u"GZ123"_qs, u"GZ123456789012345678"_qs, u"GZ0000000202XY"_qs})
            QVERIFY2(!looksLikeTubeCode(code), qPrintable(code));

        // The separator is the header's: ';' read as ',' would be; a tab too.
        rules.offsetRequired = false; // a file's rule
        QString error;
        for (const char *separator : {";", "\t"}) {
            const QByteArray file = QByteArray("tube;lab;result;tested_at\n"
                                               "GZ0000000202;L;negative;2026-11-25 14:03\n"
                                               "GZ0000000203,L,negative,2026-11-25 14:03\n")
                                        .replace(';', separator);
            const auto parsed = parseLabResultFile(file, QString(), &error, rules);
            QVERIFY2(parsed, qPrintable(error));
            QCOMPARE(parsed->size(), 2);
            QVERIFY2(parsed->at(0).result, qPrintable(parsed->at(0).reason));
            QCOMPARE(parsed->at(0).result->tube, u"GZ0000000202"_qs);
            QVERIFY(!parsed->at(1).result);
            QCOMPARE(parsed->at(1).code, LabResultRefusal::WrongSeparator);
            QCOMPARE(parsed->at(1).reason,
                     QStringLiteral("wrong separator: this line uses ',', the header %1")
                         .arg(*separator == ';' ? u"';'"_qs : u"tab"_qs));
        }
        const auto commas = parseLabResultFile("tube,lab,result,tested_at\n"
                                               "GZ0000000202\tL\tnegative\t2026-11-25 14:03\n",
                                               QString(), &error, rules);
        QVERIFY2(commas, qPrintable(error));
        QCOMPARE(commas->at(0).code, LabResultRefusal::WrongSeparator);
        QCOMPARE(commas->at(0).line, 2);
    }

    void resultsMatchOnceAndSayWhyNot() {
        TubeStory done(kSiteA, kStation1, QStringLiteral("GZ00000040"), &m_seq);
        TubeStory waiting(kSiteA, kStation2, QStringLiteral("GZ00000041"), &m_seq);
        TubeStory spilled(kSiteA, kStation2, QStringLiteral("GZ00000042"), &m_seq);
        QVERIFY(ingest(kSiteA, kStation1, done.wholePool(kPeople, QStringLiteral("BOX-1"))).stored);
        QList<SyncTestRecord> records{waiting.opened(), waiting.taken(kPeople.at(0)),
                                      waiting.taken(kPeople.at(1)), waiting.sealed(2)};
        records.append(waiting.boxed(QStringLiteral("BOX-2"), 2));
        records.append(spilled.opened());
        records.append(spilled.taken(kPeople.at(2)));
        records.append(spilled.voided());
        QVERIFY(ingest(kSiteA, kStation2, records).stored);

        Results &results = m_store->results();
        const ResultsBatch first =
            results.store({result(QStringLiteral("GZ00000040"), QStringLiteral("positive")),
                           result(QStringLiteral("GZ00000041"), QStringLiteral("阳性")),
                           result(QStringLiteral("GZ00000042"), QStringLiteral("negative")),
                           result(QStringLiteral("GZ09999999"), QStringLiteral("negative")),
                           result(QStringLiteral("GZ00000043"), QStringLiteral("maybe"))},
                          QStringLiteral("lab-1"));
        QVERIFY2(first.stored, qPrintable(first.error));
        QCOMPARE(first.counts[0], 4);
        QCOMPARE(first.counts[3], 1);
        QCOMPARE(first.matched, 1);
        QCOMPARE(first.results.at(0).matchState, QStringLiteral("matched"));
        QCOMPARE(first.results.at(1).unmatchedReason, UnmatchedReason::NotHandedOver);
        QCOMPARE(first.results.at(2).unmatchedReason, UnmatchedReason::TubeVoided);
        QCOMPARE(first.results.at(3).unmatchedReason, UnmatchedReason::UnknownTube);
        QCOMPARE(first.results.at(4).status, station::protocol::RecordStatus::Rejected);

        // The hook: once, for the positive pool, with its site, tube and three people.
        QCOMPARE(m_hookCalls.size(), 1);
        QCOMPARE(m_hookCalls.at(0).site, kSiteA);
        QCOMPARE(m_hookCalls.at(0).tube, QStringLiteral("GZ00000040"));
        QCOMPARE(m_hookCalls.at(0).tubeUuid, done.tubeUuid());
        QCOMPARE(m_hookCalls.at(0).outcome, QStringLiteral("positive"));
        QCOMPARE(m_hookCalls.at(0).resultUuid, first.results.at(0).uuid);
        QCOMPARE(m_hookCalls.at(0).people.size(), 3);
        QString keyError;
        const auto siteKey = m_store->siteFacts().siteKey(kSiteA, &keyError);
        QCOMPARE(m_hookCalls.at(0).people.at(0).personKey,
                 station::protocol::sitePersonKey(*siteKey, QStringLiteral("resident_id"),
                                                  kPeople.at(0)));

        // Sent again: duplicates, no second call; changed: a conflict, nothing changes.
        const ResultsBatch again =
            results.store({result(QStringLiteral("GZ00000040"), QStringLiteral("positive")),
                           result(QStringLiteral("GZ00000040"), QStringLiteral("negative"))},
                          QStringLiteral("lab-1"));
        QVERIFY(again.stored);
        QCOMPARE(again.results.at(0).status, station::protocol::RecordStatus::Duplicate);
        QCOMPARE(again.results.at(1).status, station::protocol::RecordStatus::Conflict);
        QCOMPARE(again.results.at(0).uuid, first.results.at(0).uuid);
        QCOMPARE(m_hookCalls.size(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT outcome FROM results WHERE tube = 'GZ00000040'")),
                 QStringLiteral("positive"));

        QString error;
        auto unmatched = results.unmatched(100, &error);
        QVERIFY2(unmatched, qPrintable(error));
        QCOMPARE(unmatched->size(), 3);

        // The hand-over arrives: the waiting positive matches in that batch, the hook once.
        const BatchOutcome handOver = ingest(kSiteA, kStation2, {waiting.handedOver()});
        QVERIFY2(handOver.stored, qPrintable(handOver.error));
        QCOMPARE(m_hookCalls.size(), 2);
        QCOMPARE(m_hookCalls.at(1).tube, QStringLiteral("GZ00000041"));
        QCOMPARE(m_hookCalls.at(1).people.size(), 2);
        unmatched = results.unmatched(100, &error);
        QCOMPARE(unmatched->size(), 2);
        // Matching everything again matches nothing twice.
        QCOMPARE(results.rematchAll(&error).value_or(-1), qint64(0));
        QCOMPARE(m_hookCalls.size(), 2);
    }

    void aResultTestedBeforeTheTubeWasOpenedIsNotItsResult() {
        // The code is used twice at the site: a pool early in the day, another later.
        const QString code = QStringLiteral("GZ00000060");
        TubeStory early(kSiteA, kStation1, code, &m_seq);
        QVERIFY(ingest(kSiteA, kStation1, early.wholePool(kPeople.mid(0, 1), QStringLiteral("B-6")))
                    .stored);
        // TubeStory's records are a second apart from 08:00 by their seq: half a second after
        // the early pool's last record, before the later one is opened.
        const QString between =
            QDateTime::fromString(QStringLiteral("2026-11-25T08:00:00.000Z"), Qt::ISODateWithMs)
                .addMSecs(m_seq * 1000 + 500)
                .toString(Qt::ISODateWithMs);
        TubeStory later(kSiteA, kStation2, code, &m_seq);
        QVERIFY(ingest(kSiteA, kStation2, later.wholePool(kPeople.mid(1, 2), QStringLiteral("B-7")))
                    .stored);

        const ResultsBatch batch = m_store->results().store(
            {result(code, QStringLiteral("positive"), QStringLiteral("2026-11-25T07:59:00.000Z")),
             result(code, QStringLiteral("positive"), between),
             result(code, QStringLiteral("positive"), QStringLiteral("2026-11-25T12:00:00.000Z"))},
            kLab);
        QVERIFY2(batch.stored, qPrintable(batch.error));
        QCOMPARE(batch.counts[0], 3);
        // Tested before either tube was opened: neither is the lab's tube.
        QCOMPARE(batch.results.at(0).matchState, QStringLiteral("unmatched"));
        QCOMPARE(batch.results.at(0).unmatchedReason, UnmatchedReason::TestedBeforeSampled);
        // Tested between: the early tube, although the later one was handed over more recently.
        QCOMPARE(batch.results.at(1).matchState, QStringLiteral("matched"));
        QCOMPARE(batch.results.at(2).matchState, QStringLiteral("matched"));
        QCOMPARE(m_hookCalls.size(), 2);
        QCOMPARE(m_hookCalls.at(0).tubeUuid, early.tubeUuid());
        QCOMPARE(m_hookCalls.at(0).people.size(), 1);
        QCOMPARE(m_hookCalls.at(1).tubeUuid, later.tubeUuid());
        QCOMPARE(m_hookCalls.at(1).people.size(), 2);

        // It stays unmatched, with its reason, when everything is matched again.
        QString error;
        QCOMPARE(m_store->results().rematchAll(&error).value_or(-1), qint64(0));
        const auto unmatched = m_store->results().unmatched(10, &error);
        QVERIFY2(unmatched, qPrintable(error));
        QCOMPARE(unmatched->size(), 1);
        QCOMPARE(unmatched->at(0).reason, UnmatchedReason::TestedBeforeSampled);
        QCOMPARE(m_hookCalls.size(), 2);
    }

    void aFailingHookStoresNothing() {
        TubeStory done(kSiteA, kStation1, QStringLiteral("GZ00000050"), &m_seq);
        QVERIFY(ingest(kSiteA, kStation1, done.wholePool(kPeople, QStringLiteral("BOX-5"))).stored);
        m_store->results().setMatchedHook([](const MatchedResult &, QString *error) {
            *error = QStringLiteral("recall table unavailable");
            return false;
        });
        const ResultsBatch batch = m_store->results().store(
            {result(QStringLiteral("GZ00000050"), QStringLiteral("invalid"))}, kLab);
        QVERIFY(!batch.stored);
        QVERIFY(batch.error.contains(QLatin1String("recall table unavailable")));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM results")), QStringLiteral("0"));
    }
    // A database made before the partial index (with results_unmatched over every result)
    // gets it when opened, and loses the old one; the unmatched are still found by tube.
    void anOlderDatabaseGetsThePartialIndex() {
        const QString path = m_dir->filePath(QStringLiteral("server.db"));
        m_store.reset();
        m_database.reset();
        const QString old = QStringLiteral("older");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), old);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("DROP INDEX results_waiting")));
            QVERIFY(query.exec(QStringLiteral("CREATE INDEX results_unmatched "
                                              "ON results(match_state, tube)")));
        }
        QSqlDatabase::removeDatabase(old);
        DatabaseTarget target;
        target.sqlitePath = path;
        m_database = std::make_unique<Database>(target);
        QString error;
        QVERIFY2(m_database->open(&error), qPrintable(error));
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = "
                                          "'index' AND tbl_name = 'results' AND sql IS NOT NULL "
                                          "ORDER BY name")));
        QStringList indexes;
        while (query.next()) {
            indexes << query.value(0).toString();
            if (query.value(0).toString() == QLatin1String("results_waiting"))
                QVERIFY2(query.value(1).toString().contains(
                             QLatin1String("WHERE match_state = 'unmatched'")),
                         qPrintable(query.value(1).toString()));
        }
        QCOMPARE(indexes,
                 (QStringList{QStringLiteral("results_tube"), QStringLiteral("results_waiting")}));
        QVERIFY(query.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT uuid FROM results WHERE "
                                          "match_state = 'unmatched' AND tube = 'GZ1'")));
        QString plan;
        while (query.next())
            plan += query.value(3).toString();
        QVERIFY2(plan.contains(QLatin1String("results_waiting")), qPrintable(plan));
    }
    // A results table of the old shape (keyed by uuid) that cannot take the time-ordered key
    // (two rows of one natural key, which no server wrote, but a hand could): the database
    // does not open, says why, and the table is left as it was, every row in it.
    void anOldResultsTableThatCannotBeRekeyedIsLeftAsItWas() {
        const QString path = m_dir->filePath(QStringLiteral("server.db"));
        m_store.reset();
        m_database.reset();
        const QString old = QStringLiteral("old-key");
        const auto primaryKey = [](QSqlDatabase &db) {
            QSqlQuery query(db);
            QStringList key;
            if (query.exec(QStringLiteral("PRAGMA table_info(results)")))
                while (query.next())
                    if (query.value(5).toInt() > 0)
                        key << query.value(1).toString();
            return key;
        };
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), old);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const char *statement :
                 {"DROP TABLE results",
                  "CREATE TABLE results (uuid TEXT PRIMARY KEY, lab TEXT NOT NULL, tube TEXT NOT "
                  "NULL, outcome TEXT NOT NULL, ct_values TEXT NOT NULL, tested_at TEXT NOT "
                  "NULL, received_at TEXT NOT NULL, received_by TEXT NOT NULL, content_hash TEXT "
                  "NOT NULL, match_state TEXT NOT NULL, unmatched_reason TEXT, site TEXT, "
                  "tube_uuid TEXT, matched_at TEXT)",
                  "INSERT INTO results VALUES ('u1', 'Lab', 'GZ1', 'negative', '{}', "
                  "'2026-11-25T10:00:00.000Z', 'now', 'lab', 'h1', 'unmatched', 'unknown_tube', "
                  "NULL, NULL, NULL)",
                  "INSERT INTO results VALUES ('u2', 'Lab', 'GZ1', 'positive', '{}', "
                  "'2026-11-25T10:00:00.000Z', 'now', 'lab', 'h2', 'unmatched', 'unknown_tube', "
                  "NULL, NULL, NULL)"})
                QVERIFY2(query.exec(QLatin1String(statement)),
                         qPrintable(query.lastError().text()));
            QCOMPARE(primaryKey(db), QStringList{QStringLiteral("uuid")});
        }
        QSqlDatabase::removeDatabase(old);
        DatabaseTarget target;
        target.sqlitePath = path;
        {
            Database database(target);
            QString error;
            QVERIFY(!database.open(&error));
            QVERIFY2(error.contains(QLatin1String("time-ordered key")) &&
                         error.contains(QLatin1String("nothing was changed")),
                     qPrintable(error));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), old);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QCOMPARE(primaryKey(db), QStringList{QStringLiteral("uuid")});
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT group_concat(uuid) FROM (SELECT uuid FROM "
                                              "results ORDER BY uuid)")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("u1,u2"));
            QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = "
                                              "'results_by_uuid'")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(old);
    }
};

QTEST_GUILESS_MAIN(tst_Results)
#include "tst_results.moc"
