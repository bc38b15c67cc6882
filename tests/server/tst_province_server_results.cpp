// SPDX-License-Identifier: GPL-3.0-or-later
// province-server as a process, over real TLS on loopback: results (docs/sync-protocol.md,
// "Results"). Two stations of a site send their pools; a station of another site is
// refused a sample into the site's tube code; the projection rebuilt gives the same rows;
// a lab enrolled with --role lab posts results (and nothing else; a station may not post
// them), a lab file is imported with a Chinese header, one pool is positive and matched
// once (the matched-result hook's line in the log, not again on re-send), the unmatched
// are listed with their reason and match when the hand-over arrives, and a restart in the
// middle changes nothing.
#include "ProvinceServerFixture.h"
#include "TubeStory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace station::test;

namespace {
const QString kStation2 = QStringLiteral("gz-th-017-t02");
const QString kOtherSite = QStringLiteral("GZ-YX-002");
const QString kOtherStation = QStringLiteral("gz-yx-002-t01");
const QString kLab = QStringLiteral("KingMed-GZ");
const QString kLabDevice = QStringLiteral("kingmed-gz-lis");
constexpr int kFactsWatchMs = 60000;
const QString kPositiveTube = QStringLiteral("GZR0000001"); // station 1, handed over
const QString kNegativeTube = QStringLiteral("GZR0000002"); // station 2, handed over
const QString kWaitingTube = QStringLiteral("GZR0000003");  // station 2, not handed over yet
const QString kVoidedTube = QStringLiteral("GZR0000004");   // station 1, voided
const QStringList kPeople{
    QStringLiteral("44010619800101123X"), QStringLiteral("440106198502023456"),
    QStringLiteral("440106199003034567"), QStringLiteral("440106199104045678"),
    QStringLiteral("440106199205056789")};
const QStringList kProjectionTables{QStringLiteral("tubes"),       QStringLiteral("tube_codes"),
                                    QStringLiteral("tube_people"), QStringLiteral("boxes"),
                                    QStringLiteral("box_tubes"),   QStringLiteral("hand_overs")};
} // namespace

class tst_ProvinceServerResults : public QObject, public ProvinceServerFixture {
    Q_OBJECT

    QString m_token2;
    QString m_otherToken;
    QString m_labToken;
    qint64 m_seq1 = 0;
    qint64 m_seq2 = 0;
    qint64 m_seqOther = 0;
    std::unique_ptr<TubeStory> m_waiting; // its hand-over comes after the restart
    QJsonArray m_labBatch;

    HttpResult postAs(const QString &token, const QString &path, const QJsonObject &body) {
        TestHttpsClient client(m_server.certificate());
        client.setBaseUrl(m_server.baseUrl());
        client.setBearerToken(token);
        return client.post(path, body);
    }
    HttpResult uploadAs(const QString &token, const QString &station,
                        const QList<SyncTestRecord> &records) {
        QList<QJsonObject> list;
        for (const SyncTestRecord &r : records)
            list.append(r.toJson());
        return postAs(token, QStringLiteral("/v1/records"), syncBatch(station, list));
    }
    static QJsonObject labResult(const QString &tube, const QString &outcome,
                                 const QString &lab = kLab) {
        return {{QStringLiteral("tube"), tube},
                {QStringLiteral("lab"), lab},
                {QStringLiteral("result"), outcome},
                {QStringLiteral("ct"), QJsonObject{{QStringLiteral("ORF1ab"), 27.5}}},
                {QStringLiteral("tested_at"), QStringLiteral("2026-11-25T13:30:00.000Z")}};
    }
    static QStringList field(const HttpResult &result, const QString &name) {
        QStringList list;
        for (const QJsonValue &value : result.json().value(QStringLiteral("results")).toArray())
            list << value.toObject().value(name).toString();
        return list;
    }
    // How often the matched-result hook ran for tube `tube` (its log line names the tube).
    int hookCalls(const QString &tube) const {
        return int(m_server.serverLog().count(QStringLiteral(" for tube %1 ").arg(tube)));
    }
    QStringList projectionRows() {
        QStringList rows;
        QSqlQuery query(storage());
        for (const QString &table : kProjectionTables) {
            if (!query.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
                return {QStringLiteral("cannot read ") + table};
            while (query.next()) {
                QStringList cells{table};
                for (int i = 0; i < query.record().count(); ++i)
                    cells << query.value(i).toString();
                rows << cells.join(QLatin1Char('|'));
            }
        }
        rows.sort();
        return rows;
    }
    QString scalar(const QString &sql) {
        QSqlQuery query(storage());
        if (!query.exec(sql) || !query.next())
            return QStringLiteral("<none>");
        return query.value(0).toString();
    }
    // Every stored result, every column, one line each in uuid order.
    QStringList resultRows() {
        QStringList rows;
        QSqlQuery query(storage());
        if (!query.exec(QStringLiteral("SELECT uuid, lab, tube, outcome, ct_values, tested_at, "
                                       "received_at, received_by, content_hash, match_state, "
                                       "unmatched_reason, site, tube_uuid, matched_at FROM "
                                       "results ORDER BY uuid")))
            return {QStringLiteral("cannot read results: ") + query.lastError().text()};
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < query.record().count(); ++i)
                cells << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            rows << cells.join(QLatin1Char('|'));
        }
        return rows;
    }
    // The columns of the results table's primary key, in key order, as the catalog has them.
    QStringList resultsKey() {
        QSqlQuery query(storage());
        QStringList columns;
        if (m_postgres) {
            if (!query.exec(QStringLiteral(
                    "SELECT a.attname FROM pg_constraint c CROSS JOIN LATERAL unnest(c.conkey) "
                    "WITH ORDINALITY AS k(attnum, n) JOIN pg_attribute a ON a.attrelid = "
                    "c.conrelid AND a.attnum = k.attnum WHERE c.conrelid = 'results'::regclass "
                    "AND c.contype = 'p' ORDER BY k.n")))
                return {query.lastError().text()};
            while (query.next())
                columns << query.value(0).toString();
            return columns;
        }
        if (!query.exec(QStringLiteral("PRAGMA table_info(results)")))
            return {query.lastError().text()};
        QMap<int, QString> byPosition;
        while (query.next()) {
            if (query.value(5).toInt() > 0)
                byPosition.insert(query.value(5).toInt(), query.value(1).toString());
        }
        return byPosition.values();
    }
    QStringList resultsIndexes() {
        QSqlQuery query(storage());
        QStringList names;
        const QString sql =
            m_postgres ? QStringLiteral("SELECT indexname FROM pg_indexes WHERE tablename = "
                                        "'results' ORDER BY indexname")
                       : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                        "tbl_name = 'results' AND sql IS NOT NULL ORDER BY name");
        if (!query.exec(sql))
            return {query.lastError().text()};
        while (query.next())
            names << query.value(0).toString();
        return names;
    }

private:
    // A station of the site waiting in the facts long poll (20 s) from the newest cursor,
    // which goes to *after.
    QNetworkReply *waitInFactsLongPoll(QNetworkAccessManager &network, qint64 *after = nullptr) {
        TestHttpsClient station(m_server.certificate());
        station.setBaseUrl(m_server.baseUrl());
        station.setBearerToken(m_token);
        // Page by page to the newest (a page holds only so many facts).
        qint64 newest = 0;
        for (;;) {
            const QJsonObject page =
                station.get(QStringLiteral("/v1/site/facts?after=%1").arg(newest)).json();
            if (page.value(QStringLiteral("facts")).toArray().isEmpty())
                break;
            newest = qMax(newest, page.value(QStringLiteral("last_seq")).toInteger());
        }
        if (after)
            *after = newest;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({m_server.certificate()});
        QUrl url = m_server.baseUrl();
        url.setPath(QStringLiteral("/v1/site/facts"));
        url.setQuery(QStringLiteral("after=%1&wait=20000").arg(newest));
        QNetworkRequest request(url);
        request.setSslConfiguration(tls);
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        return network.get(request);
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        if (!startDatabase(&error))
            QSKIP(qPrintable(error));
        // The facts watch (200 ms when serving) looks only once a minute here: a waiting
        // station answered within a second was woken by the serving process itself
        // (factsWatchIsOffHere checks that the watch does not answer it).
        m_moreServerArguments = {QStringLiteral("--facts-watch-ms"),
                                 QString::number(kFactsWatchMs)};
        QVERIFY2(startServer(&error), qPrintable(error));
        m_token2 = enroll(kStation2);
        m_otherToken = enroll(kOtherStation, kOtherSite);
        QVERIFY(!m_token2.isEmpty() && !m_otherToken.isEmpty());
        int exitCode = -1;
        const QString code = m_server
                                 .runAdmin({QStringLiteral("enroll-code"), QStringLiteral("--site"),
                                            kLab, QStringLiteral("--role"), QStringLiteral("lab")},
                                           &exitCode)
                                 .trimmed();
        QCOMPARE(exitCode, 0);
        TestHttpsClient client(m_server.certificate());
        client.setBaseUrl(m_server.baseUrl());
        const HttpResult enrolled = client.post(
            QStringLiteral("/v1/enroll"), QJsonObject{{QStringLiteral("site"), kLab},
                                                      {QStringLiteral("enrollment_code"), code},
                                                      {QStringLiteral("device_id"), kLabDevice}});
        QCOMPARE(enrolled.status, 200);
        m_labToken = enrolled.json().value(QStringLiteral("device_token")).toString();
        QVERIFY(!m_labToken.isEmpty());
    }

    void cleanupTestCase() { stopServer(); }

    void twoStationsSendTheirPools() {
        TubeStory positive(kSite, kDevice, kPositiveTube, &m_seq1);
        TubeStory voided(kSite, kDevice, kVoidedTube, &m_seq1);
        QList<SyncTestRecord> first = positive.wholePool(kPeople.mid(0, 3), QStringLiteral("B-1"));
        first << voided.opened() << voided.taken(kPeople.at(3)) << voided.voided();
        HttpResult answer = uploadAs(m_token, kDevice, first);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value(QStringLiteral("accepted")).toInt(), first.size());

        TubeStory negative(kSite, kStation2, kNegativeTube, &m_seq2);
        m_waiting = std::make_unique<TubeStory>(kSite, kStation2, kWaitingTube, &m_seq2);
        QList<SyncTestRecord> second = negative.wholePool(kPeople.mid(3, 2), QStringLiteral("B-2"));
        second << m_waiting->opened() << m_waiting->taken(kPeople.at(0))
               << m_waiting->taken(kPeople.at(4)) << m_waiting->sealed(2);
        second << m_waiting->boxed(QStringLiteral("B-3"), 2);
        answer = uploadAs(m_token2, kStation2, second);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value(QStringLiteral("accepted")).toInt(), second.size());

        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM tubes")), QStringLiteral("4"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM tube_people WHERE state = "
                                       "'active'")),
                 QStringLiteral("8"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM tubes WHERE handed_over_at IS NOT "
                                       "NULL")),
                 QStringLiteral("2"));
        for (const QString &row : projectionRows()) {
            for (const QString &id : kPeople)
                QVERIFY2(!row.contains(id), qPrintable(row));
        }
    }

    void anotherSiteCannotSampleIntoTheTube() {
        TubeStory elsewhere(kOtherSite, kOtherStation, kPositiveTube, &m_seqOther);
        const HttpResult answer = uploadAs(m_otherToken, kOtherStation,
                                           {elsewhere.opened(), elsewhere.taken(kPeople.at(1))});
        QCOMPARE(answer.status, 200);
        QCOMPARE(statuses(answer),
                 (QStringList{QStringLiteral("accepted"), QStringLiteral("rejected")}));
        QVERIFY(
            field(answer, QStringLiteral("reason")).at(1).contains(QLatin1String("another site")));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM tube_people WHERE site = '") +
                        kOtherSite + QLatin1Char('\'')),
                 QStringLiteral("0"));
    }

    void rebuildGivesTheSameRows() {
        const QStringList live = projectionRows();
        int exitCode = -1;
        const QString out = m_server.runAdmin({QStringLiteral("rebuild-projections")}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(out.contains(QLatin1String("rebuilt")), qPrintable(out));
        QCOMPARE(projectionRows(), live);
    }

    void onlyALabPostsResults() {
        const QJsonObject body{{QStringLiteral("results"),
                                QJsonArray{labResult(kNegativeTube, QStringLiteral("negative"))}}};
        const HttpResult byStation = postAs(m_token, QStringLiteral("/v1/results"), body);
        QCOMPARE(byStation.status, 403);
        QCOMPARE(byStation.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("not_a_lab"));
        const HttpResult records = uploadAs(m_labToken, kLabDevice, {});
        QCOMPARE(records.status, 403);
        QCOMPARE(records.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("lab_token"));
        TestHttpsClient client(m_server.certificate());
        client.setBaseUrl(m_server.baseUrl());
        client.setBearerToken(m_labToken);
        QCOMPARE(client.get(QStringLiteral("/v1/site/facts?after=0")).status, 403);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM results")), QStringLiteral("0"));
    }

    void labPostsResults() {
        m_labBatch = QJsonArray{
            labResult(kPositiveTube, QStringLiteral("positive")),
            labResult(kNegativeTube, QStringLiteral("negative")),
            labResult(kWaitingTube, QStringLiteral("invalid")),
            labResult(QStringLiteral("GZR9999999"), QStringLiteral("negative")),
            labResult(kNegativeTube, QStringLiteral("negative"), QStringLiteral("Other-Lab")),
            labResult(kVoidedTube, QStringLiteral("pending"))};
        // A station of the site waits in the facts long poll (with the newest cursor).
        QNetworkAccessManager network;
        QNetworkReply *waiting = waitInFactsLongPoll(network);
        QSignalSpy answered(waiting, &QNetworkReply::finished);
        QTest::qWait(300);
        QCOMPARE(answered.count(), 0);

        const HttpResult answer = postAs(m_labToken, QStringLiteral("/v1/results"),
                                         {{QStringLiteral("results"), m_labBatch}});
        QCOMPARE(answer.status, 200);
        // The post woke it before answering the lab: its answer is here with the lab's. The
        // watch looks once a minute here and the station waits 20 s, so nothing else can
        // answer it within these 100 ms.
        QVERIFY(answered.count() == 1 || answered.wait(100));
        const QJsonArray woken = QJsonDocument::fromJson(waiting->readAll())
                                     .object()
                                     .value(QStringLiteral("facts"))
                                     .toArray();
        waiting->deleteLater();
        QCOMPARE(woken.size(), 3);
        for (const QJsonValue &fact : woken) {
            QCOMPARE(fact.toObject().value(QStringLiteral("kind")).toString(),
                     QStringLiteral("recall"));
            QCOMPARE(fact.toObject().value(QStringLiteral("tube")).toString(), kPositiveTube);
        }
        QCOMPARE(statuses(answer),
                 (QStringList{QStringLiteral("accepted"), QStringLiteral("accepted"),
                              QStringLiteral("accepted"), QStringLiteral("accepted"),
                              QStringLiteral("rejected"), QStringLiteral("rejected")}));
        QCOMPARE(field(answer, QStringLiteral("match_state")),
                 (QStringList{QStringLiteral("matched"), QStringLiteral("matched"),
                              QStringLiteral("unmatched"), QStringLiteral("unmatched"), QString(),
                              QString()}));
        QCOMPARE(field(answer, QStringLiteral("unmatched_reason")),
                 (QStringList{QString(), QString(), QStringLiteral("not_handed_over"),
                              QStringLiteral("unknown_tube"), QString(), QString()}));
        QCOMPARE(answer.json().value(QStringLiteral("matched")).toInt(), 2);
        QCOMPARE(hookCalls(kPositiveTube), 1);
        QCOMPARE(hookCalls(kNegativeTube), 0); // negative: no recall
        QVERIFY2(m_server.serverLog().contains(
                     QStringLiteral(" for tube %1 of site %2: 3 people").arg(kPositiveTube, kSite)),
                 qPrintable(m_server.serverLog()));
        // The hook raises the recalls (server/MatchedResultHook): one per person of the tube.
        QVERIFY2(m_server.serverLog().contains(QStringLiteral("3 people, 3 recalls raised")),
                 qPrintable(m_server.serverLog()));
    }

    void labFileIsImported() {
        const QString path = m_server.temporaryPath() + QStringLiteral("/results.csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // A line the lab posted already (a duplicate), and the voided tube's result.
        file.write(QStringLiteral("管码,检测机构,检测结果,Ct值,检测时间\n"
                                  "%1,%2,阴性,ORF1ab=27.5,2026-11-25T13:30:00.000Z\n"
                                  "%3,%2,阴性,,2026-11-25T13:31:00.000Z\n")
                       .arg(kNegativeTube, kLab, kVoidedTube)
                       .toUtf8());
        file.close();
        int exitCode = -1;
        const QString out = m_server.runAdmin({QStringLiteral("import-results"), path}, &exitCode);
        QVERIFY2(exitCode == 3 || exitCode == 0, qPrintable(out));
        // The posted negative had Ct {"ORF1ab":27.5} too: the same result, a duplicate.
        QVERIFY2(out.contains(QLatin1String("1 accepted (0 matched), 1 duplicates, 0 conflicts, 0 "
                                            "rejected")),
                 qPrintable(out));
        // Accepted but matched to nobody: named with its tube and reason (review 36).
        QVERIFY2(out.contains(QStringLiteral("line 3: accepted, not matched: tube %1: tube_voided")
                                  .arg(kVoidedTube)),
                 qPrintable(out));
        QCOMPARE(exitCode, 0);
    }

    void unmatchedResultsAreListedWithTheirReason() {
        int exitCode = -1;
        const QString out = m_server.runAdmin({QStringLiteral("unmatched-results")}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(
            out.contains(QStringLiteral("not_handed_over %1 %2 invalid").arg(kWaitingTube, kLab)),
            qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("unknown_tube GZR9999999")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("tube_voided %1").arg(kVoidedTube)), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("3 unmatched results")), qPrintable(out));
        for (const QString &id : kPeople)
            QVERIFY(!out.contains(id));
    }

    void restartChangesNothingAndTheHandOverMatches() {
        const QStringList before = projectionRows();
        const QString results = scalar(QStringLiteral("SELECT COUNT(*) FROM results"));
        QString error;
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        QCOMPARE(projectionRows(), before);
        // The lab sends its batch again (its answer was lost): all duplicates, no new call.
        const HttpResult again = postAs(m_labToken, QStringLiteral("/v1/results"),
                                        {{QStringLiteral("results"), m_labBatch}});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(QStringLiteral("duplicate")).toInt(), 4);
        QCOMPARE(again.json().value(QStringLiteral("accepted")).toInt(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM results")), results);
        QCOMPARE(hookCalls(kPositiveTube), 1);
        QCOMPARE(hookCalls(kWaitingTube), 0);

        // The waiting tube's box is handed over: its invalid result matches in that batch.
        const HttpResult handOver = uploadAs(m_token2, kStation2, {m_waiting->handedOver()});
        QCOMPARE(handOver.status, 200);
        QCOMPARE(statuses(handOver), QStringList{QStringLiteral("accepted")});
        QCOMPARE(hookCalls(kWaitingTube), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT match_state FROM results WHERE tube = '") +
                        kWaitingTube + QLatin1Char('\'')),
                 QStringLiteral("matched"));
        // Matching all again: nothing new, nothing twice.
        int exitCode = -1;
        const QString out = m_server.runAdmin({QStringLiteral("rematch-results")}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(out.contains(QLatin1String("0 waiting results matched")), qPrintable(out));
        QCOMPARE(hookCalls(kPositiveTube), 1);
        QCOMPARE(hookCalls(kWaitingTube), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM results WHERE match_state = "
                                       "'matched'")),
                 QStringLiteral("3"));
    }

    // A lab's large file: on PostgreSQL through COPY and one set-based match (--bulk),
    // on SQLite result by result; the same answers either way.
    void bulkImportGivesTheSameAnswers() {
        const QString path = m_server.temporaryPath() + QStringLiteral("/bulk.csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text = "tube,lab,result,ct,tested_at\n";
        // Line 2: posted before (a duplicate); 3: the same key, another outcome (a conflict);
        // 4: the positive tube tested again (matched, the hook); 5: no result.
        text += kNegativeTube.toUtf8() + ',' + kLab.toUtf8() +
                ",negative,ORF1ab=27.5,2026-11-25T13:30:00.000Z\n";
        text += kPositiveTube.toUtf8() + ',' + kLab.toUtf8() +
                ",negative,ORF1ab=27.5,2026-11-25T13:30:00.000Z\n";
        text += kPositiveTube.toUtf8() + ',' + kLab.toUtf8() +
                ",positive,\"ORF1ab=25.0;N=26.5\",2026-11-26T09:00:00.000Z\n";
        text += kPositiveTube.toUtf8() + ',' + kLab.toUtf8() + ",unclear,,2026-11-26T09:00:00Z\n";
        for (int i = 0; i < 300; ++i)
            text += QStringLiteral("GZB%1,%2,negative,,2026-11-26T09:00:00.000Z\n")
                        .arg(i, 7, 10, QLatin1Char('0'))
                        .arg(kLab)
                        .toUtf8();
        file.write(text);
        file.close();
        int exitCode = -1;
        QString standardError;
        const QString out =
            m_server.runAdmin({QStringLiteral("import-results"), QStringLiteral("--bulk"), path},
                              &exitCode, &standardError);
        QVERIFY2(exitCode == 3, qPrintable(out + standardError));
        QVERIFY2(out.contains(QLatin1String("301 accepted (1 matched), 1 duplicates, 1 conflicts, "
                                            "1 rejected")),
                 qPrintable(out + standardError));
        QVERIFY2(out.contains(QLatin1String("line 3: conflict")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("line 5: rejected")), qPrintable(out));
        // The 300 unknown tubes: the first 20 named, the rest counted.
        QVERIFY2(out.contains(QLatin1String("line 6: accepted, not matched: tube GZB0000000: "
                                            "unknown_tube")),
                 qPrintable(out));
        QCOMPARE(out.count(QLatin1String("accepted, not matched")), 20);
        QVERIFY2(out.contains(QLatin1String("... and 280 more accepted results not matched")),
                 qPrintable(out));
        QCOMPARE(standardError.count(QStringLiteral(" for tube %1 ").arg(kPositiveTube)), 1);
        if (m_postgres)
            QVERIFY2(standardError.contains(QLatin1String("bulk results from")),
                     qPrintable(standardError));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM results WHERE unmatched_reason = "
                                       "'unknown_tube'")),
                 QStringLiteral("301"));
        // Again: all duplicates but the conflict and the line that is no result.
        const QString again =
            m_server.runAdmin({QStringLiteral("import-results"), QStringLiteral("--bulk"), path},
                              &exitCode, &standardError);
        QVERIFY2(again.contains(QLatin1String("0 accepted (0 matched), 302 duplicates, 1 "
                                              "conflicts, 1 rejected")),
                 qPrintable(again));
        QCOMPARE(standardError.count(QStringLiteral(" for tube %1 ").arg(kPositiveTube)), 0);
    }

    // A file of results none of which is stored yet (on PostgreSQL the bulk path stores
    // them without looking for stored ones first): the same answers and reasons.
    void bulkImportOfNewResults() {
        const QString path = m_server.temporaryPath() + QStringLiteral("/new.csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray tested = "2026-11-27T09:00:00.000Z";
        const QByteArray lab = kLab.toUtf8();
        QByteArray text = "tube,lab,result,ct,tested_at\n";
        text += kPositiveTube.toUtf8() + ',' + lab + ",positive,ORF1ab=24.0," + tested + '\n';
        text += kVoidedTube.toUtf8() + ',' + lab + ",negative,," + tested + '\n';
        text += kWaitingTube.toUtf8() + ',' + lab + ",negative,," + tested + '\n';
        text += kNegativeTube.toUtf8() + ',' + lab + ",negative,,2020-01-02T00:00:00.000Z\n";
        for (int i = 0; i < 50; ++i)
            text += QStringLiteral("GZC%1,").arg(i, 7, 10, QLatin1Char('0')).toUtf8() + lab +
                    ",negative,," + tested + '\n';
        text += kWaitingTube.toUtf8() + ',' + lab + ",negative,," + tested + '\n'; // repeated
        file.write(text);
        file.close();
        int exitCode = -1;
        QString standardError;
        const QString out =
            m_server.runAdmin({QStringLiteral("import-results"), QStringLiteral("--bulk"), path},
                              &exitCode, &standardError);
        QVERIFY2(exitCode == 0, qPrintable(out + standardError));
        QVERIFY2(out.contains(QLatin1String("54 accepted (2 matched), 1 duplicates, 0 conflicts, "
                                            "0 rejected")),
                 qPrintable(out + standardError));
        QCOMPARE(standardError.count(QStringLiteral(" for tube %1 ").arg(kPositiveTube)), 1);
        const auto stateOf = [this](const QString &tube, const QString &testedAt) {
            return scalar(QStringLiteral("SELECT match_state || ' ' || COALESCE(unmatched_reason, "
                                         "'-') FROM results WHERE tube = '%1' AND tested_at = "
                                         "'%2'")
                              .arg(tube, testedAt));
        };
        const QString at = QString::fromLatin1(tested);
        QCOMPARE(stateOf(kPositiveTube, at), QStringLiteral("matched -"));
        QCOMPARE(stateOf(kWaitingTube, at), QStringLiteral("matched -"));
        QCOMPARE(stateOf(kVoidedTube, at), QStringLiteral("unmatched tube_voided"));
        QCOMPARE(stateOf(kNegativeTube, QStringLiteral("2020-01-02T00:00:00.000Z")),
                 QStringLiteral("unmatched tested_before_sampled"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM results WHERE tube LIKE 'GZC%' AND "
                                       "unmatched_reason = 'unknown_tube'")),
                 QStringLiteral("50"));
    }

    // A larger POST takes the bulk path on PostgreSQL: the same answers.
    void largerPostGivesTheSameAnswers() {
        QJsonArray list{labResult(kPositiveTube, QStringLiteral("positive"))}; // a re-send
        for (int i = 0; i < 24; ++i)
            list.append(labResult(QStringLiteral("GZA%1").arg(i, 7, 10, QLatin1Char('0')),
                                  QStringLiteral("negative")));
        list.append(labResult(kPositiveTube, QStringLiteral("negative"))); // the same key
        // Tested before the tube was opened: never that tube (on either path).
        QJsonObject early = labResult(kNegativeTube, QStringLiteral("negative"));
        early.insert(QStringLiteral("tested_at"), QStringLiteral("2020-01-01T00:00:00.000Z"));
        list.append(early);
        const int before = hookCalls(kPositiveTube);
        const HttpResult answer =
            postAs(m_labToken, QStringLiteral("/v1/results"), {{QStringLiteral("results"), list}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value(QStringLiteral("accepted")).toInt(), 25);
        QCOMPARE(answer.json().value(QStringLiteral("duplicate")).toInt(), 1);
        QCOMPARE(answer.json().value(QStringLiteral("conflict")).toInt(), 1);
        QCOMPARE(statuses(answer).first(), QStringLiteral("duplicate"));
        QCOMPARE(field(answer, QStringLiteral("match_state")).first(), QStringLiteral("matched"));
        QCOMPARE(field(answer, QStringLiteral("unmatched_reason")).at(1),
                 QStringLiteral("unknown_tube"));
        QCOMPARE(field(answer, QStringLiteral("unmatched_reason")).last(),
                 QStringLiteral("tested_before_sampled"));
        QCOMPARE(field(answer, QStringLiteral("match_state")).last(), QStringLiteral("unmatched"));
        QCOMPARE(hookCalls(kPositiveTube), before);
    }

    // One file with several positive and invalid pools, a negative one, a positive tube of
    // one person and a pool recalled by an earlier file: exactly one recall per person and
    // pooled tube (a person in two tubes twice, a removed sample never), each with its
    // recall fact, on either database and path; the file again changes nothing.
    void aFileOfSeveralPoolsRecallsEachPersonOnce() {
        const QString tested = QStringLiteral("2026-11-28T09:00:00.000Z");
        TubeStory first(kSite, kDevice, QStringLiteral("GZP0000001"), &m_seq1);
        TubeStory second(kSite, kDevice, QStringLiteral("GZP0000002"), &m_seq1);
        TubeStory invalid(kSite, kDevice, QStringLiteral("GZP0000003"), &m_seq1);
        TubeStory negative(kSite, kDevice, QStringLiteral("GZP0000004"), &m_seq1);
        TubeStory alone(kSite, kDevice, QStringLiteral("GZP0000005"), &m_seq1);
        TubeStory earlier(kSite, kDevice, QStringLiteral("GZP0000006"), &m_seq1);
        QList<SyncTestRecord> records = first.wholePool(kPeople.mid(0, 3), QStringLiteral("B-11"));
        // The second pool's third sample is removed again: not recalled.
        records << second.opened(3) << second.taken(kPeople.at(3)) << second.taken(kPeople.at(4))
                << second.taken(kPeople.at(0));
        records << second.removed(second.samples().last()) << second.sealed(2);
        records << second.boxed(QStringLiteral("B-12"), 2) << second.handedOver();
        records << invalid.wholePool({kPeople.at(1), kPeople.at(3)}, QStringLiteral("B-13"));
        records << negative.wholePool(kPeople.mid(2, 2), QStringLiteral("B-14"));
        records << alone.wholePool({kPeople.at(4)}, QStringLiteral("B-15"));
        records << earlier.wholePool(kPeople.mid(1, 2), QStringLiteral("B-16"));
        const HttpResult uploaded = uploadAs(m_token, kDevice, records);
        QCOMPARE(uploaded.status, 200);
        QCOMPARE(uploaded.json().value(QStringLiteral("accepted")).toInt(), records.size());

        const auto line = [&](const QString &code, const char *outcome) -> QByteArray {
            return code.toUtf8() + ',' + kLab.toUtf8() + ',' + outcome + ",," + tested.toUtf8() +
                   '\n';
        };
        const QByteArray earlierLine = line(QStringLiteral("GZP0000006"), "positive");
        const auto import = [&](const QString &name, const QByteArray &lines, QString *out) {
            const QString path = m_server.temporaryPath() + QLatin1Char('/') + name;
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return -1;
            file.write("tube,lab,result,ct,tested_at\n" + lines);
            file.close();
            int exitCode = -1;
            QString standardError;
            *out = m_server.runAdmin(
                {QStringLiteral("import-results"), QStringLiteral("--bulk"), path}, &exitCode,
                &standardError);
            *out += standardError;
            return exitCode;
        };
        QString out;
        QCOMPARE(import(QStringLiteral("earlier.csv"), earlierLine, &out), 0);
        const QByteArray lines = earlierLine + line(QStringLiteral("GZP0000001"), "positive") +
                                 line(QStringLiteral("GZP0000002"), "positive") +
                                 line(QStringLiteral("GZP0000003"), "invalid") +
                                 line(QStringLiteral("GZP0000004"), "negative") +
                                 line(QStringLiteral("GZP0000005"), "positive");
        QCOMPARE(import(QStringLiteral("pools.csv"), lines, &out), 0);
        QVERIFY2(out.contains(QLatin1String("5 accepted (5 matched), 1 duplicates, 0 conflicts")),
                 qPrintable(out));

        // (tube, sample) of every recall and of every recall fact of these tubes, sorted.
        const auto rows = [this](const QString &sql) {
            QStringList list;
            QSqlQuery query(storage());
            if (!query.exec(sql))
                return QStringList{query.lastError().text()};
            while (query.next())
                list << query.value(0).toString();
            list.sort();
            return list;
        };
        const auto expected = [](const TubeStory &tube, const QString &code, qsizetype count,
                                 const QString &outcome) -> QStringList {
            QStringList list;
            for (const QString &sample : tube.samples().mid(0, count))
                list << code + QLatin1Char(' ') + sample + QLatin1Char(' ') + outcome;
            return list;
        };
        QStringList want =
            expected(first, QStringLiteral("GZP0000001"), 3, QStringLiteral("positive")) +
            expected(second, QStringLiteral("GZP0000002"), 2, QStringLiteral("positive")) +
            expected(invalid, QStringLiteral("GZP0000003"), 2, QStringLiteral("invalid")) +
            expected(earlier, QStringLiteral("GZP0000006"), 2, QStringLiteral("positive"));
        want.sort();
        const QString recalls =
            QStringLiteral(
                "SELECT tube || ' ' || sample_uuid || ' ' || outcome FROM recalls WHERE tube LIKE "
                "'GZP%' AND state = 'open' AND site = '%1'")
                .arg(kSite);
        const QString recallFacts =
            QStringLiteral(
                "SELECT tube || ' ' || sample_uuid || ' ' || outcome FROM site_facts WHERE kind = "
                "'recall' AND tube LIKE 'GZP%' AND state = 'open' AND site = '%1'")
                .arg(kSite);
        QCOMPARE(rows(recalls), want);
        QCOMPARE(rows(recallFacts), want);
        // Each recall names its tube's result, and its fact that result and the same person.
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT COUNT(*) FROM recalls r JOIN results s ON s.uuid = r.result_uuid "
                     "JOIN site_facts f ON f.kind = 'recall' AND f.record_uuid = r.result_uuid "
                     "AND f.person_key = r.person_key AND f.sample_uuid = r.sample_uuid "
                     "WHERE r.tube LIKE 'GZP%' AND s.tube = r.tube")),
                 QString::number(want.size()));

        // The same file again: duplicates only, nothing raised.
        QCOMPARE(import(QStringLiteral("pools.csv"), lines, &out), 0);
        QVERIFY2(out.contains(QLatin1String("0 accepted (0 matched), 6 duplicates")),
                 qPrintable(out));
        QCOMPARE(rows(recalls), want);
        QCOMPARE(rows(recallFacts), want);
    }

    // A code used for more than one tube: the bulk path (one join of the staged results with
    // every tube of their codes, ranked) matches as the one-by-one path does. The same
    // results, of two labs (so that both are new), one file through each path.
    void bulkMatchesCodesUsedAgainAsOneByOne() {
        const QString reused = QStringLiteral("GZR0000050");   // handed over twice
        const QString reopened = QStringLiteral("GZR0000051"); // voided, then open again
        const QString kept = QStringLiteral("GZR0000052");     // handed over, then voided
        TubeStory first(kSite, kDevice, reused, &m_seq1);
        QList<SyncTestRecord> records = first.wholePool({kPeople.at(0)}, QStringLiteral("B-R1"));
        // Between the first tube's hand-over and the second's opening.
        const QString between = records.last().at;
        TubeStory second(kSite, kDevice, reused, &m_seq1);
        records << second.wholePool({kPeople.at(1)}, QStringLiteral("B-R2"));
        TubeStory voidedFirst(kSite, kDevice, reopened, &m_seq1);
        records << voidedFirst.opened() << voidedFirst.voided();
        TubeStory openAgain(kSite, kDevice, reopened, &m_seq1);
        records << openAgain.opened() << openAgain.taken(kPeople.at(2));
        TubeStory handedOver(kSite, kDevice, kept, &m_seq1);
        records << handedOver.wholePool({kPeople.at(3)}, QStringLiteral("B-R3"));
        TubeStory voidedLater(kSite, kDevice, kept, &m_seq1);
        records << voidedLater.opened() << voidedLater.voided();
        const HttpResult answer = uploadAs(m_token, kDevice, records);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value(QStringLiteral("accepted")).toInt(), records.size());

        const QString late = QStringLiteral("2026-11-28T09:00:00.000Z");
        const QList<QPair<QString, QString>> tested{
            {reused, late},
            {reused, between},
            {reopened, late},
            {kept, late},
            {kVoidedTube, late},
            {kNegativeTube, late},
            {QStringLiteral("GZR0000053"), late},
            {kNegativeTube, QStringLiteral("2020-01-01T00:00:00.000Z")}};
        const auto import = [&](const QString &lab, const QString &mode) -> QString {
            const QString path = m_server.temporaryPath() + QStringLiteral("/%1.csv").arg(lab);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return QStringLiteral("cannot write ") + path;
            QByteArray text = "tube,lab,result,tested_at\n";
            for (const auto &[tube, at] : tested)
                text +=
                    (tube + QLatin1Char(',') + lab + QStringLiteral(",negative,") + at).toUtf8() +
                    '\n';
            file.write(text);
            file.close();
            int exitCode = -1;
            QString standardError;
            const QString out = m_server.runAdmin({QStringLiteral("import-results"), mode, path},
                                                  &exitCode, &standardError);
            return exitCode == 0 ? out : QString(out + standardError);
        };
        const QString oneByOne = import(QStringLiteral("Lab-One"), QStringLiteral("--one-by-one"));
        QVERIFY2(oneByOne.contains(QLatin1String("8 accepted")), qPrintable(oneByOne));
        const QString bulk = import(QStringLiteral("Lab-Bulk"), QStringLiteral("--bulk"));
        QVERIFY2(bulk.contains(QLatin1String("8 accepted")), qPrintable(bulk));
        const auto matches = [this](const QString &lab) {
            QStringList list;
            QSqlQuery query(storage());
            if (!query.exec(QStringLiteral("SELECT tube, tested_at, match_state, "
                                           "COALESCE(unmatched_reason, '-'), COALESCE(tube_uuid, "
                                           "'-') FROM results WHERE lab = '%1' ORDER BY tube, "
                                           "tested_at")
                                .arg(lab)))
                return QStringList{query.lastError().text()};
            while (query.next())
                list << QStringList{query.value(0).toString(), query.value(1).toString(),
                                    query.value(2).toString(), query.value(3).toString(),
                                    query.value(4).toString()}
                            .join(QLatin1Char(' '));
            return list;
        };
        const QStringList byOne = matches(QStringLiteral("Lab-One"));
        QCOMPARE(byOne.size(), 8);
        QCOMPARE(matches(QStringLiteral("Lab-Bulk")), byOne);
        // And what they are: the latest hand-over of a code, unless tested before it was
        // opened; a voided tube of a code does not hide another that is not.
        QVERIFY2(byOne.contains(
                     QStringList{reused, late, QStringLiteral("matched -"), second.tubeUuid()}.join(
                         QLatin1Char(' '))),
                 qPrintable(byOne.join(QLatin1Char('\n'))));
        QVERIFY2(
            byOne.contains(
                QStringList{reused, between, QStringLiteral("matched -"), first.tubeUuid()}.join(
                    QLatin1Char(' '))),
            qPrintable(byOne.join(QLatin1Char('\n'))));
        QVERIFY2(
            byOne.contains(
                QStringList{reopened, late, QStringLiteral("unmatched not_handed_over -")}.join(
                    QLatin1Char(' '))),
            qPrintable(byOne.join(QLatin1Char('\n'))));
        QVERIFY2(
            byOne.contains(
                QStringList{kept, late, QStringLiteral("matched -"), handedOver.tubeUuid()}.join(
                    QLatin1Char(' '))),
            qPrintable(byOne.join(QLatin1Char('\n'))));
    }

    // The control for labPostsResults: facts another process writes (the admin command)
    // reach a waiting station only through the watch, which looks once a minute here. Last,
    // as the recalls it raises would change the counts above.
    void factsWatchIsOffHere() {
        QNetworkAccessManager network;
        qint64 after = 0;
        QNetworkReply *waiting = waitInFactsLongPoll(network, &after);
        QSignalSpy answered(waiting, &QNetworkReply::finished);
        QTest::qWait(300);
        QCOMPARE(answered.count(), 0);
        int exitCode = -1;
        const QString out =
            m_server.runAdmin({QStringLiteral("raise-recall"), QStringLiteral("--site"), kSite,
                               QStringLiteral("--tube"), kNegativeTube},
                              &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(out));
        // With the 200 ms watch the station would have its answer within these 1.5 s.
        QVERIFY(!answered.wait(1500));
        TestHttpsClient station(m_server.certificate());
        station.setBaseUrl(m_server.baseUrl());
        station.setBearerToken(m_token);
        const QJsonArray facts = station.get(QStringLiteral("/v1/site/facts?after=%1").arg(after))
                                     .json()
                                     .value(QStringLiteral("facts"))
                                     .toArray();
        QVERIFY(!facts.isEmpty());
        QCOMPARE(facts.first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("recall"));
        waiting->abort();
        waiting->deleteLater();
    }

    // A database made before the results were keyed by time (the random result uuid as the
    // primary key): opened by the server, the table is rebuilt keyed by (tested_at, lab, tube)
    // with every row as it was; a re-sent result is still a duplicate, a changed one still a
    // conflict, by either path.
    void anOlderResultsTableIsKeyedByTimeWhenOpened() {
        const QStringList before = resultRows();
        QVERIFY2(before.size() > 300, qPrintable(before.join(QLatin1Char('\n')).left(500)));
        QCOMPARE(resultsKey(), (QStringList{QStringLiteral("tested_at"), QStringLiteral("lab"),
                                            QStringLiteral("tube")}));
        m_server.kill();
        {
            // The table as the servers before made it, with the same rows.
            QSqlDatabase db = writableStorage(QStringLiteral("old-shape"));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(db.transaction());
            QStringList statements{QStringLiteral("ALTER TABLE results RENAME TO results_kept"),
                                   QStringLiteral("DROP INDEX results_waiting"),
                                   QStringLiteral("DROP INDEX results_tube")};
            if (m_postgres)
                statements << QStringLiteral("ALTER TABLE results_kept DROP CONSTRAINT "
                                             "results_pkey");
            statements
                << QStringLiteral(
                       "CREATE TABLE results (uuid TEXT PRIMARY KEY, lab TEXT NOT NULL, tube TEXT "
                       "NOT NULL, outcome TEXT NOT NULL, ct_values TEXT NOT NULL, tested_at TEXT "
                       "NOT NULL, received_at TEXT NOT NULL, received_by TEXT NOT NULL, "
                       "content_hash TEXT NOT NULL, match_state TEXT NOT NULL, unmatched_reason "
                       "TEXT, site TEXT, tube_uuid TEXT, matched_at TEXT)")
                << QStringLiteral("INSERT INTO results SELECT uuid, lab, tube, outcome, "
                                  "ct_values, tested_at, received_at, received_by, content_hash, "
                                  "match_state, unmatched_reason, site, tube_uuid, matched_at "
                                  "FROM results_kept")
                << QStringLiteral("DROP TABLE results_kept")
                << QStringLiteral("CREATE INDEX results_waiting ON results(tube) WHERE "
                                  "match_state = 'unmatched'")
                << QStringLiteral("CREATE INDEX results_tube ON results(tube_uuid)");
            for (const QString &statement : std::as_const(statements))
                QVERIFY2(query.exec(statement),
                         qPrintable(statement + QLatin1Char(' ') + query.lastError().text()));
            QVERIFY(db.commit());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old-shape"));
        QCOMPARE(resultsKey(), QStringList{QStringLiteral("uuid")});
        QCOMPARE(resultRows(), before);

        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.serverLog().contains(
                     QStringLiteral("results table keyed by (tested_at, lab, tube): %1 results "
                                    "copied")
                         .arg(before.size())),
                 qPrintable(m_server.serverLog().right(2000)));
        QCOMPARE(resultsKey(), (QStringList{QStringLiteral("tested_at"), QStringLiteral("lab"),
                                            QStringLiteral("tube")}));
        QStringList indexes = resultsIndexes();
        indexes.removeAll(QStringLiteral("results_pkey")); // PostgreSQL names its key's index
        QCOMPARE(indexes,
                 (QStringList{QStringLiteral("results_tube"), QStringLiteral("results_waiting")}));
        QCOMPARE(resultRows(), before);

        // The lab's batch again: duplicates; the same key with another result: a conflict.
        const HttpResult again = postAs(m_labToken, QStringLiteral("/v1/results"),
                                        {{QStringLiteral("results"), m_labBatch}});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(QStringLiteral("duplicate")).toInt(), 4);
        QCOMPARE(again.json().value(QStringLiteral("accepted")).toInt(), 0);
        const HttpResult changed =
            postAs(m_labToken, QStringLiteral("/v1/results"),
                   {{QStringLiteral("results"),
                     QJsonArray{labResult(kNegativeTube, QStringLiteral("positive"))}}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(statuses(changed), QStringList{QStringLiteral("conflict")});
        // The file imported before, by the bulk path on PostgreSQL: the same answers.
        int exitCode = -1;
        QString standardError;
        const QString bulk =
            m_server.runAdmin({QStringLiteral("import-results"), QStringLiteral("--bulk"),
                               m_server.temporaryPath() + QStringLiteral("/bulk.csv")},
                              &exitCode, &standardError);
        QVERIFY2(bulk.contains(QLatin1String("0 accepted (0 matched), 302 duplicates, 1 "
                                             "conflicts, 1 rejected")),
                 qPrintable(bulk + standardError));
        QCOMPARE(resultRows(), before);
        // Opened again: nothing to change.
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        QCOMPARE(m_server.serverLog().count(QStringLiteral("results table keyed by")), 1);
        QCOMPARE(resultRows(), before);
    }
};

QTEST_GUILESS_MAIN(tst_ProvinceServerResults)
#include "tst_province_server_results.moc"
