// SPDX-License-Identifier: GPL-3.0-or-later
// province-server as a process, over real TLS on loopback: the person status lookup for
// the health-code side (docs/sync-protocol.md §16). The lookup key is exported (0600, never
// over a file), the test computes blind keys with it as the health-code system does, and a
// token enrolled with --role health-code asks GET /v1/people/{key}/status: unknown 404; a
// pool awaiting its result, then negative; a positive pool puts its person on recall
// (pending_recheck); a single re-sample closes it and its negative result is the answer.
// Stations and labs may not look up, the health-code token may do nothing else, malformed
// keys (an ID number in the path above all) are 400 and never echoed, a token over its
// rate gets 429 with Retry-After, `admin person-status` gives the same answer from an ID
// number on standard input, and no ID number reaches an answer or the server's log.
#include "ProvinceServerFixture.h"
#include "TubeStory.h"

#include "protocol/SitePersonKey.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace station::test;

namespace {
const QString kHealthCode = QStringLiteral("GD-HEALTH-CODE");
const QString kHealthCodeDevice = QStringLiteral("gd-health-code-1");
const QString kSecondHealthCodeDevice = QStringLiteral("gd-health-code-2");
const QString kLab = QStringLiteral("KingMed-GZ");
const QString kLabDevice = QStringLiteral("kingmed-gz-lis");
const QString kIdType = QStringLiteral("resident_id");
const QString kFirstTube = QStringLiteral("GZS0000001");  // three people, negative
const QString kSecondTube = QStringLiteral("GZS0000002"); // three people, positive
const QString kSingleTube = QStringLiteral("GZS0000003"); // the recalled person alone
const QStringList kPeople{
    QStringLiteral("44010619800101123X"), QStringLiteral("440106198502023456"),
    QStringLiteral("440106199003034567"), QStringLiteral("440106199104045678"),
    QStringLiteral("440106199205056789"), QStringLiteral("440106199306067890")};
// Nobody samples this person.
const QString kNeverSampled = QStringLiteral("440106199407078901");
// The person of the positive pool who is sampled again alone.
const QString kRecalled = kPeople.at(3);
// Lookups the main health-code token may make at once in this test (--lookup-burst); the
// rate refills one every 10 s, so the rate test's burst is exact.
constexpr int kBurst = 30;
} // namespace

class tst_ProvinceServerStatus : public QObject, public ProvinceServerFixture {
    Q_OBJECT

    QString m_healthToken;
    QString m_secondHealthToken;
    QString m_labToken;
    QByteArray m_lookupKey;
    qint64 m_seq = 0;
    QList<QByteArray> m_answers; // every body the lookup gave, to search for ID numbers

    std::unique_ptr<TestHttpsClient> clientFor(const QString &token) {
        auto client = std::make_unique<TestHttpsClient>(m_server.certificate());
        client->setBaseUrl(m_server.baseUrl());
        client->setBearerToken(token);
        return client;
    }
    QString blindKey(const QString &idNumber) const {
        return station::protocol::sitePersonKey(m_lookupKey, kIdType, idNumber);
    }
    HttpResult lookUp(const QString &key, const QString &token) {
        const HttpResult answer =
            clientFor(token)->get(QStringLiteral("/v1/people/%1/status").arg(key));
        m_answers.append(answer.body);
        return answer;
    }
    QJsonObject statusOf(const QString &idNumber) {
        const HttpResult answer = lookUp(blindKey(idNumber), m_healthToken);
        if (answer.status != 200)
            qWarning("lookup answered %d: %s", answer.status, answer.body.constData());
        return answer.json();
    }
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
    void postResult(const QString &tube, const QString &outcome, const QString &testedAt) {
        const QJsonObject result{
            {QStringLiteral("tube"), tube},
            {QStringLiteral("lab"), kLab},
            {QStringLiteral("result"), outcome},
            {QStringLiteral("ct"), QJsonObject{{QStringLiteral("ORF1ab"), 27.5}}},
            {QStringLiteral("tested_at"), testedAt}};
        const HttpResult answer =
            clientFor(m_labToken)
                ->post(QStringLiteral("/v1/results"),
                       QJsonObject{{QStringLiteral("results"), QJsonArray{result}}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value(QStringLiteral("matched")).toInt(), 1);
    }
    // `admin person-status` with the ID number on standard input (or `cmdlineNumber` on its
    // command line): exit code, stdout, stderr.
    int personStatusCommand(const QByteArray &stdinText, QString *out, QString *err,
                            const QString &cmdlineNumber = {}) {
        QProcess admin;
        QStringList arguments{QStringLiteral("admin"),     QStringLiteral("person-status"),
                              QStringLiteral("--id-type"), kIdType,
                              QStringLiteral("--db"),      m_server.databaseUrl()};
        if (!cmdlineNumber.isEmpty())
            arguments << QStringLiteral("--id-number") << cmdlineNumber;
        admin.start(ServerProcess::executablePath(), arguments);
        admin.write(stdinText);
        admin.closeWriteChannel();
        if (!admin.waitForFinished(30000))
            return -1;
        *out = QString::fromUtf8(admin.readAllStandardOutput());
        *err = QString::fromUtf8(admin.readAllStandardError());
        return admin.exitStatus() == QProcess::NormalExit ? admin.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        if (!startDatabase(&error))
            QSKIP(qPrintable(error));
        m_moreServerArguments = {QStringLiteral("--lookup-rate"), QStringLiteral("6/min"),
                                 QStringLiteral("--lookup-burst"), QString::number(kBurst)};
        QVERIFY2(startServer(&error), qPrintable(error));
        m_healthToken = enrollAs(kHealthCode, QStringLiteral("health-code"), kHealthCodeDevice);
        m_secondHealthToken =
            enrollAs(kHealthCode, QStringLiteral("health-code"), kSecondHealthCodeDevice);
        m_labToken = enrollAs(kLab, QStringLiteral("lab"), kLabDevice);
        QVERIFY(!m_healthToken.isEmpty() && !m_secondHealthToken.isEmpty() &&
                !m_labToken.isEmpty());
    }

    void cleanupTestCase() { stopServer(); }

    void lookupKeyIsExportedOnceWithMode0600() {
        const QString path = m_server.temporaryPath() + QStringLiteral("/lookup.key");
        int exitCode = -1;
        QString err;
        const QString out =
            m_server.runAdmin({QStringLiteral("export-lookup-key"), path}, &exitCode, &err);
        QCOMPARE(exitCode, 0);
        QVERIFY2(out.contains(QLatin1String("HMAC-SHA256")), qPrintable(out));
        QFile file(path);
        QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        file.close();
        const auto key = station::protocol::siteKeyFromHex(QString::fromLatin1(text));
        QVERIFY(key);
        m_lookupKey = *key;
        QVERIFY(!out.contains(QString::fromLatin1(text.trimmed()))); // the key is not shown

        // Never over an existing file.
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("mine\n");
        file.close();
        m_server.runAdmin({QStringLiteral("export-lookup-key"), path}, &exitCode, &err);
        QCOMPARE(exitCode, 1);
        QVERIFY2(err.contains(QLatin1String("exists already")), qPrintable(err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("mine\n"));
    }

    void unknownPersonIs404() {
        const HttpResult answer = lookUp(blindKey(kPeople.at(0)), m_healthToken);
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("unknown_person"));
    }

    void malformedKeysAre400AndNeverEchoed() {
        const QString key = blindKey(kPeople.at(0));
        for (const QString &wrong :
             QStringList{kPeople.at(0), key.toUpper(), key.left(63), key + QLatin1Char('0'),
                         QString(key).replace(0, 1, u'g')}) {
            const HttpResult answer = lookUp(wrong, m_healthToken);
            QCOMPARE(answer.status, 400);
            QCOMPARE(answer.json().value(QStringLiteral("error")).toString(),
                     QStringLiteral("bad_person_key"));
            QVERIFY(!answer.body.contains(wrong.toUtf8()));
        }
    }

    void onlyTheHealthCodeTokenLooksUp() {
        const QString key = blindKey(kPeople.at(0));
        HttpResult answer = lookUp(key, m_token); // a station's
        QCOMPARE(answer.status, 403);
        QCOMPARE(answer.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("not_health_code"));
        answer = lookUp(key, m_labToken);
        QCOMPARE(answer.status, 403);
        QCOMPARE(answer.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("not_health_code"));
        QCOMPARE(lookUp(key, QString()).status, 401);
        QCOMPARE(lookUp(key, QStringLiteral("not-a-token")).status, 401);

        // ... and it does nothing else.
        auto health = clientFor(m_healthToken);
        answer = health->post(QStringLiteral("/v1/records"), syncBatch(kHealthCodeDevice, {}));
        QCOMPARE(answer.status, 403);
        QCOMPARE(answer.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("health_code_token"));
        QCOMPARE(health->get(QStringLiteral("/v1/site/facts?after=0")).status, 403);
        QCOMPARE(health->get(QStringLiteral("/v1/site/tables")).status, 403);
        QCOMPARE(health
                     ->post(QStringLiteral("/v1/site/check"),
                            QJsonObject{{QStringLiteral("tube"), kFirstTube}})
                     .status,
                 403);
        answer = health->post(QStringLiteral("/v1/results"),
                              QJsonObject{{QStringLiteral("results"), QJsonArray{}}});
        QCOMPARE(answer.status, 403);
        QCOMPARE(answer.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("not_a_lab"));
    }

    void pooledSampleAwaitsThenIsNegative() {
        TubeStory first(kSite, kDevice, kFirstTube, &m_seq);
        HttpResult answer = upload(first.wholePool(kPeople.mid(0, 3), QStringLiteral("B-1")));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value(QStringLiteral("rejected")).toInt(), 0);

        QJsonObject status = statusOf(kPeople.at(1));
        QCOMPARE(status.value(QStringLiteral("status")).toString(),
                 QStringLiteral("awaiting_result"));
        const QJsonObject sample = status.value(QStringLiteral("latest_sample")).toObject();
        QCOMPARE(sample.value(QStringLiteral("tube")).toString(), kFirstTube);
        QCOMPARE(sample.value(QStringLiteral("site")).toString(), kSite);
        QCOMPARE(sample.value(QStringLiteral("pooled")).toBool(), true);
        QCOMPARE(sample.value(QStringLiteral("pool_size")).toInt(), 3);
        QVERIFY(!sample.value(QStringLiteral("taken_at")).toString().isEmpty());
        QVERIFY(status.value(QStringLiteral("result")).isNull());
        QCOMPARE(status.value(QStringLiteral("recall_open")).toBool(), false);

        postResult(kFirstTube, QStringLiteral("negative"),
                   QStringLiteral("2026-11-25T13:30:00.000Z"));
        status = statusOf(kPeople.at(1));
        QCOMPARE(status.value(QStringLiteral("status")).toString(), QStringLiteral("negative"));
        const QJsonObject result = status.value(QStringLiteral("result")).toObject();
        QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("negative"));
        QCOMPARE(result.value(QStringLiteral("lab")).toString(), kLab);
        QCOMPARE(result.value(QStringLiteral("tested_at")).toString(),
                 QStringLiteral("2026-11-25T13:30:00.000Z"));
        QCOMPARE(result.value(QStringLiteral("ct"))
                     .toObject()
                     .value(QStringLiteral("ORF1ab"))
                     .toDouble(),
                 27.5);
        // Another person of the pool has the same answer; one never sampled is still unknown.
        QCOMPARE(statusOf(kPeople.at(0)).value(QStringLiteral("status")).toString(),
                 QStringLiteral("negative"));
        QCOMPARE(lookUp(blindKey(kNeverSampled), m_healthToken).status, 404);
    }

    void positivePoolPutsItsPeopleOnRecall() {
        TubeStory second(kSite, kDevice, kSecondTube, &m_seq);
        QCOMPARE(upload(second.wholePool(kPeople.mid(3, 3), QStringLiteral("B-2"))).status, 200);
        postResult(kSecondTube, QStringLiteral("positive"),
                   QStringLiteral("2026-11-25T14:00:00.000Z"));
        const QJsonObject status = statusOf(kRecalled);
        QCOMPARE(status.value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending_recheck"));
        QCOMPARE(status.value(QStringLiteral("recall_open")).toBool(), true);
        const QJsonObject recall = status.value(QStringLiteral("recall")).toObject();
        QCOMPARE(recall.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        QCOMPARE(recall.value(QStringLiteral("tube")).toString(), kSecondTube);
        QCOMPARE(recall.value(QStringLiteral("outcome")).toString(), QStringLiteral("positive"));
        QCOMPARE(status.value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("outcome"))
                     .toString(),
                 QStringLiteral("positive"));
        QCOMPARE(status.value(QStringLiteral("latest_sample"))
                     .toObject()
                     .value(QStringLiteral("tube"))
                     .toString(),
                 kSecondTube);
        // The first pool's people are not touched.
        QCOMPARE(statusOf(kPeople.at(0)).value(QStringLiteral("status")).toString(),
                 QStringLiteral("negative"));
    }

    void singleResampleClosesTheRecallAndItsResultCounts() {
        TubeStory single(kSite, kDevice, kSingleTube, &m_seq);
        QList<SyncTestRecord> records = single.wholePool({kRecalled}, QStringLiteral("B-3"));
        // Taken alone after the recall was raised (now), as the station does for a recall.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < records.size(); ++i) {
            records[i].at = now.addMSecs(i).toString(Qt::ISODateWithMs);
            if (records[i].kind == QLatin1String("sample.taken"))
                records[i].extra.insert(QStringLiteral("pool_size"), 1);
        }
        QCOMPARE(upload(records).status, 200);
        QJsonObject status = statusOf(kRecalled);
        QCOMPARE(status.value(QStringLiteral("status")).toString(),
                 QStringLiteral("awaiting_result"));
        QCOMPARE(status.value(QStringLiteral("recall_open")).toBool(), false);
        QCOMPARE(status.value(QStringLiteral("recall"))
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("closed"));
        const QJsonObject sample = status.value(QStringLiteral("latest_sample")).toObject();
        QCOMPARE(sample.value(QStringLiteral("tube")).toString(), kSingleTube);
        QCOMPARE(sample.value(QStringLiteral("pooled")).toBool(), false);

        // Tested a minute after the swab: within the 10 minutes a tested_at may be ahead of
        // the server's clock (an hour ahead is refused, tested_at_in_future).
        postResult(kSingleTube, QStringLiteral("negative"),
                   now.addSecs(60).toString(Qt::ISODateWithMs));
        status = statusOf(kRecalled);
        QCOMPARE(status.value(QStringLiteral("status")).toString(), QStringLiteral("negative"));
        QCOMPARE(status.value(QStringLiteral("recall_open")).toBool(), false);
        QCOMPARE(status.value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("outcome"))
                     .toString(),
                 QStringLiteral("negative"));
        // The others of the positive pool are still to be sampled again.
        QCOMPARE(statusOf(kPeople.at(4)).value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending_recheck"));
    }

    void operatorGetsTheSameAnswerFromStandardInput() {
        QJsonObject expected = statusOf(kPeople.at(4));
        expected.remove(QStringLiteral("server_time"));
        QString out;
        QString err;
        QCOMPARE(personStatusCommand(kPeople.at(4).toLatin1() + '\n', &out, &err), 0);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object(), expected);
        QVERIFY(!out.contains(kPeople.at(4)) && !err.contains(kPeople.at(4)));
        // Lower case x as typed: the same person.
        QCOMPARE(personStatusCommand(kPeople.at(0).toLower().toLatin1() + '\n', &out, &err), 0);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8())
                     .object()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("negative"));
        QCOMPARE(personStatusCommand(kNeverSampled.toLatin1() + '\n', &out, &err), 3);
        QVERIFY(!err.contains(kNeverSampled) && out.isEmpty());
        // Never from the command line, where ps and the shell history would keep it.
        QCOMPARE(personStatusCommand(QByteArray(), &out, &err, kPeople.at(4)), 2);
        QVERIFY2(err.contains(QLatin1String("standard input")), qPrintable(err));
        QVERIFY(!err.contains(kPeople.at(4)) && out.isEmpty());
    }

    // The second token is fresh: its burst, then 429 with Retry-After (6/min: 10 s).
    void aTokenOverItsRateGets429() {
        const QString key = blindKey(kRecalled);
        QElapsedTimer clock;
        clock.start();
        int answered = 0;
        HttpResult refused;
        for (int i = 0; i < kBurst + 10; ++i) {
            const HttpResult answer = lookUp(key, m_secondHealthToken);
            if (answer.status == 429) {
                refused = answer;
                break;
            }
            QCOMPARE(answer.status, 200);
            ++answered;
        }
        QCOMPARE(refused.status, 429);
        // Each 10 s of the run may have given one more.
        QVERIFY2(answered >= kBurst && answered <= kBurst + 1 + int(clock.elapsed() / 10000),
                 qPrintable(QString::number(answered)));
        QCOMPARE(refused.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("rate_limited"));
        bool ok = false;
        const int retryAfter = refused.header("Retry-After").toInt(&ok);
        QVERIFY2(ok && retryAfter >= 1 && retryAfter <= 10, refused.header("Retry-After"));
        // The limit is the token's: the first token still has lookups left.
        QCOMPARE(lookUp(key, m_healthToken).status, 200);
    }

    void noIdNumberInAnswersOrTheLog() {
        QVERIFY(m_answers.size() > 20);
        const QString log = m_server.serverLog();
        QVERIFY(!log.isEmpty());
        for (const QString &id : kPeople + QStringList{kNeverSampled}) {
            for (const QByteArray &body : std::as_const(m_answers))
                QVERIFY2(!body.contains(id.toLatin1()), body.constData());
            QVERIFY2(!log.contains(id), qPrintable(id));
        }
    }
};

QTEST_GUILESS_MAIN(tst_ProvinceServerStatus)
#include "tst_province_server_status.moc"
