// SPDX-License-Identifier: GPL-3.0-or-later
// province-server as a process, over real TLS on loopback: what a lab sends that cannot be a
// result is refused on every path, with its reason (docs/sync-protocol.md §14, "What is
// refused"). A tested_at more than 10 minutes after the server's clock is refused
// (tested_at_in_future) through POST /v1/results, an imported file and the bulk path; a time
// without an offset is refused through the API (tested_at_without_offset), taken as the
// server's time zone in a file; a lower-case tube code is the upper-case tube; a misread code
// no tube has is "not a tube code"; a file separated by ';' is read, a line separated
// otherwise than its header is refused; the import names its lines in the file's order. The
// person status gives the latest result by tested_at, whatever order the results came in.
#include "ProvinceServerFixture.h"
#include "TubeStory.h"

#include "protocol/SitePersonKey.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace station::test;

namespace {
const QString kLab = QStringLiteral("KingMed-GZ");
const QString kLabDevice = QStringLiteral("kingmed-gz-lis");
const QString kHealthCode = QStringLiteral("GD-HEALTH-CODE");
const QString kHealthCodeDevice = QStringLiteral("gd-health-code-1");
const QString kIdType = QStringLiteral("resident_id");
const QString kTube = QStringLiteral("GZ0000000202");      // two people, handed over
const QString kOtherTube = QStringLiteral("GZ0000000203"); // two people, handed over
const QStringList kPeople{
    QStringLiteral("44010619800101123X"), QStringLiteral("440106198502023456"),
    QStringLiteral("440106199003034567"), QStringLiteral("440106199104045678")};
} // namespace

class tst_ProvinceServerResultChecks : public QObject, public ProvinceServerFixture {
    Q_OBJECT

    QString m_labToken;
    QString m_healthToken;
    QByteArray m_lookupKey;
    qint64 m_seq = 0;

    QString enrollAs(const QString &site, const QString &role, const QString &deviceId) {
        int exitCode = -1;
        const QString code = m_server
                                 .runAdmin({QStringLiteral("enroll-code"), QStringLiteral("--site"),
                                            site, QStringLiteral("--role"), role},
                                           &exitCode)
                                 .trimmed();
        if (exitCode != 0)
            return {};
        TestHttpsClient client(m_server.certificate());
        client.setBaseUrl(m_server.baseUrl());
        return client
            .post(QStringLiteral("/v1/enroll"),
                  QJsonObject{{QStringLiteral("site"), site},
                              {QStringLiteral("enrollment_code"), code},
                              {QStringLiteral("device_id"), deviceId}})
            .json()
            .value(QStringLiteral("device_token"))
            .toString();
    }
    HttpResult post(const QJsonArray &results) {
        TestHttpsClient client(m_server.certificate());
        client.setBaseUrl(m_server.baseUrl());
        client.setBearerToken(m_labToken);
        return client.post(QStringLiteral("/v1/results"),
                           QJsonObject{{QStringLiteral("results"), results}});
    }
    static QJsonObject result(const QString &tube, const QString &outcome,
                              const QString &testedAt) {
        return {{QStringLiteral("tube"), tube},
                {QStringLiteral("result"), outcome},
                {QStringLiteral("tested_at"), testedAt}};
    }
    static QJsonObject answerAt(const HttpResult &answer, int i) {
        return answer.json().value(QStringLiteral("results")).toArray().at(i).toObject();
    }
    // The server's clock plus `seconds`, with the +08:00 offset a lab in Guangzhou sends.
    static QString shanghaiTime(qint64 seconds) {
        return QDateTime::currentDateTimeUtc().addSecs(seconds).toOffsetFromUtc(8 * 3600).toString(
            Qt::ISODate);
    }
    // The same as a local time of the server's time zone, as a lab's CSV gives it.
    static QString localTime(qint64 seconds) {
        return QDateTime::currentDateTime().addSecs(seconds).toString(
            QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    QString scalar(const QString &sql) {
        QSqlQuery query(storage());
        if (!query.exec(sql) || !query.next())
            return QStringLiteral("<none>");
        return query.value(0).toString();
    }
    QString import(const QString &name, const QByteArray &content, const QStringList &options,
                   int *exitCode) {
        const QString path = m_server.temporaryPath() + QLatin1Char('/') + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write ") + path;
        file.write(content);
        file.close();
        return m_server.runAdmin(QStringList{QStringLiteral("import-results"), path} + options,
                                 exitCode);
    }
    QJsonObject statusOf(const QString &idNumber) {
        TestHttpsClient client(m_server.certificate());
        client.setBaseUrl(m_server.baseUrl());
        client.setBearerToken(m_healthToken);
        return client
            .get(QStringLiteral("/v1/people/%1/status")
                     .arg(station::protocol::sitePersonKey(m_lookupKey, kIdType, idNumber)))
            .json();
    }
    // The line numbers the import named, in the order it named them.
    static QList<int> namedLines(const QString &out) {
        QList<int> lines;
        static const QRegularExpression line(QStringLiteral("^line (\\d+): "),
                                             QRegularExpression::MultilineOption);
        for (auto it = line.globalMatch(out); it.hasNext();)
            lines.append(it.next().captured(1).toInt());
        return lines;
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        if (!startDatabase(&error))
            QSKIP(qPrintable(error));
        QVERIFY2(startServer(&error), qPrintable(error));
        m_labToken = enrollAs(kLab, QStringLiteral("lab"), kLabDevice);
        m_healthToken = enrollAs(kHealthCode, QStringLiteral("health-code"), kHealthCodeDevice);
        QVERIFY(!m_labToken.isEmpty() && !m_healthToken.isEmpty());
        const QString keyPath = m_server.temporaryPath() + QStringLiteral("/lookup.key");
        int exitCode = -1;
        m_server.runAdmin({QStringLiteral("export-lookup-key"), keyPath}, &exitCode);
        QCOMPARE(exitCode, 0);
        QFile keyFile(keyPath);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const auto key = station::protocol::siteKeyFromHex(QString::fromLatin1(keyFile.readAll()));
        QVERIFY(key);
        m_lookupKey = *key;

        // Two pools of the site, sampled on 2026-11-25 and handed over.
        TubeStory first(kSite, kDevice, kTube, &m_seq);
        TubeStory second(kSite, kDevice, kOtherTube, &m_seq);
        QList<QJsonObject> records;
        for (const SyncTestRecord &r :
             first.wholePool(kPeople.mid(0, 2), QStringLiteral("B-1")) +
                 second.wholePool(kPeople.mid(2, 2), QStringLiteral("B-2")))
            records.append(r.toJson());
        TestHttpsClient station(m_server.certificate());
        station.setBaseUrl(m_server.baseUrl());
        station.setBearerToken(m_token);
        const HttpResult uploaded =
            station.post(QStringLiteral("/v1/records"), syncBatch(kDevice, records));
        QCOMPARE(uploaded.status, 200);
        QCOMPARE(uploaded.json().value(QStringLiteral("accepted")).toInt(), records.size());
    }

    void cleanupTestCase() { stopServer(); }

    void apiRefusesAResultFromTheFuture() {
        // The tester's: two years ahead; and a day ahead; and 5 minutes ahead, within the 10
        // minutes a lab's clock may be fast.
        const HttpResult answer = post(
            {result(kTube, QStringLiteral("negative"), QStringLiteral("2027-12-05T16:55:00+08:00")),
             result(kTube, QStringLiteral("negative"), shanghaiTime(24 * 3600)),
             result(kOtherTube, QStringLiteral("negative"), shanghaiTime(5 * 60))});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value(QStringLiteral("rejected")).toInt(), 2);
        QCOMPARE(answer.json().value(QStringLiteral("accepted")).toInt(), 1);
        for (int i : {0, 1}) {
            const QJsonObject refused = answerAt(answer, i);
            QCOMPARE(refused.value(QStringLiteral("status")).toString(),
                     QStringLiteral("rejected"));
            QCOMPARE(refused.value(QStringLiteral("code")).toString(),
                     QStringLiteral("tested_at_in_future"));
            QVERIFY2(refused.value(QStringLiteral("reason"))
                         .toString()
                         .contains(QLatin1String("after the server's time")),
                     qPrintable(refused.value(QStringLiteral("reason")).toString()));
        }
        QCOMPARE(answerAt(answer, 2).value(QStringLiteral("match_state")).toString(),
                 QStringLiteral("matched"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM results WHERE tube = '%1'").arg(kTube)),
            QStringLiteral("0"));
    }

    void apiRefusesATimeWithoutOffset() {
        const HttpResult answer =
            post({result(kTube, QStringLiteral("negative"), QStringLiteral("2026-12-05 16:55:00")),
                  result(kTube, QStringLiteral("negative"), QStringLiteral("2026-11-25T14:00:00")),
                  result(kTube, QStringLiteral("negative"), QStringLiteral("yesterday"))});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value(QStringLiteral("rejected")).toInt(), 3);
        for (int i : {0, 1}) {
            QCOMPARE(answerAt(answer, i).value(QStringLiteral("code")).toString(),
                     QStringLiteral("tested_at_without_offset"));
            QVERIFY(answerAt(answer, i)
                        .value(QStringLiteral("reason"))
                        .toString()
                        .startsWith(QLatin1String("tested_at '")));
        }
        QCOMPARE(answerAt(answer, 2).value(QStringLiteral("code")).toString(),
                 QStringLiteral("bad_tested_at"));
    }

    void apiTakesALowerCaseCodeAndRefusesAMisreadOne() {
        const HttpResult answer =
            post({result(QStringLiteral("gz0000000202"), QStringLiteral("negative"),
                         QStringLiteral("2026-11-25T20:00:00+08:00")),
                  result(QStringLiteral("GZ00000X0202"), QStringLiteral("negative"),
                         QStringLiteral("2026-11-25T20:00:00+08:00"))});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answerAt(answer, 0).value(QStringLiteral("match_state")).toString(),
                 QStringLiteral("matched"));
        QCOMPARE(answerAt(answer, 1).value(QStringLiteral("code")).toString(),
                 QStringLiteral("not_a_tube_code"));
        QCOMPARE(scalar(QStringLiteral("SELECT tube FROM results WHERE tested_at = "
                                       "'2026-11-25T12:00:00.000Z'")),
                 kTube);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM results WHERE unmatched_reason = "
                                       "'unknown_tube'")),
                 QStringLiteral("0"));
    }

    void fileRefusesTheFutureAndNamesLinesInOrder_data() {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("result by result") << QStringList();
        // On SQLite --bulk says it needs PostgreSQL and imports result by result.
        QTest::newRow("bulk") << QStringList{QStringLiteral("--bulk")};
    }
    void fileRefusesTheFutureAndNamesLinesInOrder() {
        QFETCH(QStringList, options);
        const bool bulk = !options.isEmpty();
        // Each run its own tested times (the second run's would be duplicates otherwise).
        const QString day = bulk ? QStringLiteral("2026-11-26") : QStringLiteral("2026-11-27");
        const QByteArray csv =
            QStringLiteral("tube,lab,result,tested_at\n"
                           "%1,%2,negative,%3 09:00:00\n"            // 2: matched
                           "%1,%2,negative,%4\n"                     // 3: tomorrow
                           "GZ7777777701,%2,negative,%3 09:00:00\n"  // 4: unmatched
                           "gz0000000203,%2,negative,%3 09:01:00\n"  // 5: matched
                           "GZ7777777702,%2,negative,%3 09:00:00\n"  // 6: unmatched
                           "GZ00000X0202,%2,negative,%3 09:00:00\n"  // 7: not a tube code
                           "%1;%2;negative;%3 09:02:00\n"            // 8: separator
                           "GZ7777777703,%2,negative,%3 09:00:00\n") // 9: unmatched
                .arg(kTube, kLab, day, localTime(24 * 3600))
                .toUtf8();
        int exitCode = -1;
        const QString out = import(QStringLiteral("lines.csv"), csv, options, &exitCode);
        QCOMPARE(exitCode, 3);
        QCOMPARE(namedLines(out), (QList<int>{3, 4, 6, 7, 8, 9}));
        QVERIFY2(out.contains(QLatin1String("line 3: rejected: tested_at ")) &&
                     out.contains(QLatin1String("is after the server's time")),
                 qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("line 7: rejected: 'GZ00000X0202' is not a tube code")),
                 qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("line 8: rejected: wrong separator: this line uses "
                                            "';', the header ','")),
                 qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("line 4: accepted, not matched: tube GZ7777777701: "
                                            "unknown_tube")),
                 qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("5 accepted (2 matched), 0 duplicates, 0 conflicts, "
                                            "3 rejected")),
                 qPrintable(out));
        QVERIFY2(!bulk || !m_postgres || !out.contains(QLatin1String("--bulk needs")),
                 qPrintable(out));
        // Nothing after the server's clock but the result 5 minutes ahead posted above.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM results WHERE tested_at > '%1'")
                            .arg(QDateTime::currentDateTimeUtc().addSecs(6 * 60).toString(
                                Qt::ISODateWithMs))),
                 QStringLiteral("0"));
    }

    void fileSeparatedBySemicolonsIsRead() {
        const QByteArray csv = QStringLiteral("管码;检测机构;检测结果;检测时间\n"
                                              "%1;%2;阴性;2026-11-28 10:00\n")
                                   .arg(kOtherTube, kLab)
                                   .toUtf8();
        int exitCode = -1;
        const QString out = import(QStringLiteral("semicolons.csv"), csv, {}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(out.contains(QLatin1String("1 accepted (1 matched)")), qPrintable(out));
    }

    void unmatchedListEndsItsLastLine() {
        int exitCode = -1;
        const QString out = m_server.runAdmin({QStringLiteral("unmatched-results")}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(out.endsWith(QLatin1String("6 unmatched results\n")), qPrintable(out));
    }

    void statusGivesTheLatestResultByTestedTime() {
        // A positive, then a negative tested earlier that the lab sends late: the person's
        // latest result is the positive, whatever came last.
        HttpResult answer = post({result(kTube, QStringLiteral("positive"),
                                         QStringLiteral("2026-11-29T10:00:00+08:00"))});
        QCOMPARE(answer.json().value(QStringLiteral("matched")).toInt(), 1);
        answer = post({result(kTube, QStringLiteral("negative"),
                              QStringLiteral("2026-11-28T10:00:00+08:00"))});
        QCOMPARE(answer.json().value(QStringLiteral("matched")).toInt(), 1);
        const QJsonObject status = statusOf(kPeople.at(0));
        const QJsonObject latest = status.value(QStringLiteral("result")).toObject();
        QCOMPARE(latest.value(QStringLiteral("outcome")).toString(), QStringLiteral("positive"));
        QCOMPARE(latest.value(QStringLiteral("tested_at")).toString(),
                 QStringLiteral("2026-11-29T02:00:00.000Z"));
        QCOMPARE(status.value(QStringLiteral("recall"))
                     .toObject()
                     .value(QStringLiteral("outcome"))
                     .toString(),
                 QStringLiteral("positive"));
    }
};

QTEST_GUILESS_MAIN(tst_ProvinceServerResultChecks)
#include "tst_province_server_result_checks.moc"
