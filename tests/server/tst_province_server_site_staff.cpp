// SPDX-License-Identifier: GPL-3.0-or-later
// province-server as a process, over real TLS on loopback: the site's staff list
// (POST/GET /v1/site/staff, `admin import-staff`). Newest wins whatever the order the entries
// come in, each site sees only its own, a device posts only its own changes, a staff id is
// never taken over by another person, and no PIN verifier ever reaches the records.
#include "ProvinceServerFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace station::test;

namespace {

// A verifier as a station stores it; the server only checks its form.
const QString kVerifier =
    QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA");

QJsonObject entry(const QString &staffId, const QString &at, const QString &station,
                  const QString &role = QStringLiteral("lead"), bool active = true) {
    return QJsonObject{{QStringLiteral("staff_id"), staffId},
                       {QStringLiteral("name"), QStringLiteral("王组长")},
                       {QStringLiteral("role"), role},
                       {QStringLiteral("active"), active},
                       {QStringLiteral("pin_verifier"), kVerifier},
                       {QStringLiteral("one_time_pin"), true},
                       {QStringLiteral("changed_at"), at},
                       {QStringLiteral("changed_by"), QStringLiteral("S001")},
                       {QStringLiteral("station"), station}};
}

// An entry of `name` descending from the adding `origin`.
QJsonObject person(const QString &staffId, const QString &name, const QString &origin,
                   const QString &at, const QString &station) {
    QJsonObject e = entry(staffId, at, station, QStringLiteral("administrator"));
    e.insert(QStringLiteral("name"), name);
    e.insert(QStringLiteral("origin"), origin);
    return e;
}

QJsonObject entries(const QList<QJsonObject> &list) {
    QJsonArray array;
    for (const QJsonObject &e : list)
        array.append(e);
    return QJsonObject{{QStringLiteral("entries"), array}};
}

QStringList statusesOf(const HttpResult &result) {
    QStringList list;
    for (const QJsonValue &v : result.json().value(QStringLiteral("results")).toArray())
        list << v.toObject().value(QStringLiteral("status")).toString();
    return list;
}

// staff_id → "role active changed_at station" of a GET answer.
QMap<QString, QString> listed(const HttpResult &result) {
    QMap<QString, QString> map;
    for (const QJsonValue &v : result.json().value(QStringLiteral("entries")).toArray()) {
        const QJsonObject e = v.toObject();
        map.insert(e.value(QStringLiteral("staff_id")).toString(),
                   QStringLiteral("%1 %2 %3 %4")
                       .arg(e.value(QStringLiteral("role")).toString())
                       .arg(e.value(QStringLiteral("active")).toBool() ? QStringLiteral("true")
                                                                       : QStringLiteral("false"))
                       .arg(e.value(QStringLiteral("changed_at")).toString(),
                            e.value(QStringLiteral("station")).toString()));
    }
    return map;
}

} // namespace

class tst_ProvinceServerSiteStaff : public QObject, public ProvinceServerFixture {
    Q_OBJECT

    const QString m_other = QStringLiteral("gz-th-017-t02");
    QString m_otherToken;

    HttpResult postAs(const QString &token, const QJsonObject &body) {
        TestHttpsClient client(m_server.certificate());
        client.setBaseUrl(m_server.baseUrl());
        client.setBearerToken(token);
        return client.post(QStringLiteral("/v1/site/staff"), body);
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        if (!startDatabase(&error))
            QSKIP(qPrintable(error));
        // A province keeps no staff list unless told to (a hub always does).
        m_moreServerArguments = {QStringLiteral("--site-staff")};
        QVERIFY2(startServer(&error), qPrintable(error));
        m_otherToken = enroll(m_other);
        QVERIFY(!m_otherToken.isEmpty());
    }

    void cleanupTestCase() { stopServer(); }

    void newestWinsWhateverTheOrder() {
        // Two tables change L1 while apart; the later change arrives first.
        const HttpResult later =
            postAs(m_otherToken, entries({entry(QStringLiteral("L1"),
                                                QStringLiteral("2026-12-03T08:00:"
                                                               "05.000Z"),
                                                m_other, QStringLiteral("sampler"), false)}));
        QCOMPARE(later.status, 200);
        QCOMPARE(statusesOf(later), QStringList{QStringLiteral("stored")});
        const HttpResult earlier =
            m_client->post(QStringLiteral("/v1/site/staff"),
                           entries({entry(QStringLiteral("L1"),
                                          QStringLiteral("2026-12-03T16:00:01+08:00"), kDevice)}));
        QCOMPARE(earlier.status, 200);
        QCOMPARE(statusesOf(earlier), QStringList{QStringLiteral("superseded")});
        // The same millisecond: the greater station text wins, on every server alike.
        const HttpResult tie =
            m_client->post(QStringLiteral("/v1/site/staff"),
                           entries({entry(QStringLiteral("L1"),
                                          QStringLiteral("2026-12-03T08:00:05.000Z"), kDevice)}));
        QCOMPARE(statusesOf(tie), QStringList{QStringLiteral("superseded")});
        // Sent again after a lost answer.
        const HttpResult again =
            postAs(m_otherToken, entries({entry(QStringLiteral("L1"),
                                                QStringLiteral("2026-12-03T08:00:"
                                                               "05.000Z"),
                                                m_other, QStringLiteral("sampler"), false)}));
        QCOMPARE(statusesOf(again), QStringList{QStringLiteral("duplicate")});

        const HttpResult all = m_client->get(QStringLiteral("/v1/site/staff?after=0"));
        QCOMPARE(all.status, 200);
        QCOMPARE(listed(all).value(QStringLiteral("L1")),
                 QStringLiteral("sampler false 2026-12-03T08:00:05.000Z ") + m_other);
        QCOMPARE(all.json().value(QStringLiteral("site")).toString(), kSite);
    }

    void aStationAsksOnlyForWhatIsNew() {
        const qint64 before = m_client->get(QStringLiteral("/v1/site/staff?after=0"))
                                  .json()
                                  .value(QStringLiteral("last_seq"))
                                  .toInteger();
        const HttpResult posted = m_client->post(
            QStringLiteral("/v1/site/staff"),
            entries({entry(QStringLiteral("S2"), QStringLiteral("2026-12-03T09:00:00.000Z"),
                           kDevice, QStringLiteral("sampler")),
                     entry(QStringLiteral("S3"), QStringLiteral("2026-12-03T09:00:01.000Z"),
                           kDevice, QStringLiteral("sampler"))}));
        QCOMPARE(statusesOf(posted),
                 (QStringList{QStringLiteral("stored"), QStringLiteral("stored")}));
        const HttpResult page =
            m_client->get(QStringLiteral("/v1/site/staff?after=%1").arg(before));
        QCOMPARE(page.status, 200);
        QCOMPARE(listed(page).keys(), (QStringList{QStringLiteral("S2"), QStringLiteral("S3")}));
        QCOMPARE(page.json().value(QStringLiteral("last_seq")).toInteger(), before + 2);
        const QJsonArray list = page.json().value(QStringLiteral("entries")).toArray();
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("seq")).toInteger(), before + 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("pin_verifier")).toString(), kVerifier);
        QCOMPARE(m_client->get(QStringLiteral("/v1/site/staff?after=%1").arg(before + 2))
                     .json()
                     .value(QStringLiteral("entries"))
                     .toArray()
                     .size(),
                 0);
    }

    void refusals() {
        // Another device's name as the station: rejected, the rest of the batch stored.
        const HttpResult forged =
            m_client->post(QStringLiteral("/v1/site/staff"),
                           entries({entry(QStringLiteral("F1"),
                                          QStringLiteral("2026-12-03T10:00:00.000Z"), m_other),
                                    entry(QStringLiteral("F2"),
                                          QStringLiteral("2026-12-03T10:00:00.000Z"), kDevice)}));
        QCOMPARE(forged.status, 200);
        QCOMPARE(statusesOf(forged),
                 (QStringList{QStringLiteral("rejected"), QStringLiteral("stored")}));
        QJsonObject noVerifier =
            entry(QStringLiteral("F3"), QStringLiteral("2026-12-03T10:00:00Z"), kDevice);
        noVerifier.insert(QStringLiteral("pin_verifier"), QStringLiteral("123456"));
        QCOMPARE(
            statusesOf(m_client->post(QStringLiteral("/v1/site/staff"), entries({noVerifier}))),
            QStringList{QStringLiteral("rejected")});
        QCOMPARE(m_client->post(QStringLiteral("/v1/site/staff"), QJsonObject{}).status, 400);
        QCOMPARE(m_client->get(QStringLiteral("/v1/site/staff?after=x")).status, 400);
        TestHttpsClient anonymous(m_server.certificate());
        anonymous.setBaseUrl(m_server.baseUrl());
        QCOMPARE(anonymous.get(QStringLiteral("/v1/site/staff")).status, 401);
    }

    // Review 36: two tables each set up a different person as P1. The second never takes the
    // staff id over, newer or older: rejected, with a reason, and kept as a collision that
    // every table of the site gets. A rename (one adding) and the same person set up at two
    // tables (one name) are no collision.
    void anotherPersonNeverTakesAStaffIdOver() {
        const HttpResult first = postAs(
            m_otherToken, entries({person(QStringLiteral("P1"), QStringLiteral("护士1"),
                                          QStringLiteral("origin-1"),
                                          QStringLiteral("2026-12-03T11:00:00.000Z"), m_other)}));
        QCOMPARE(statusesOf(first), QStringList{QStringLiteral("stored")});
        const QList<QJsonObject> claims{
            person(QStringLiteral("P1"), QStringLiteral("Nurse One"), QStringLiteral("origin-2"),
                   QStringLiteral("2026-12-03T11:00:05.000Z"), kDevice),
            person(QStringLiteral("P1"), QStringLiteral("Nurse One"), QStringLiteral("origin-2"),
                   QStringLiteral("2026-12-03T10:00:00.000Z"), kDevice)};
        for (const QJsonObject &claim : claims) {
            const HttpResult refused =
                m_client->post(QStringLiteral("/v1/site/staff"), entries({claim}));
            QCOMPARE(refused.status, 200);
            QCOMPARE(statusesOf(refused), QStringList{QStringLiteral("rejected")});
            const QString reason = refused.json()
                                       .value(QStringLiteral("results"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("reason"))
                                       .toString();
            // P1 was added by the other station, the site's table 2 (the fixture numbers its
            // stations in the order they enrol).
            QCOMPARE(reason, QStringLiteral("staff ID P1 is another person's at this site (added "
                                            "at Table 2): give one of them another staff ID"));
        }
        HttpResult all = m_client->get(QStringLiteral("/v1/site/staff?after=0"));
        QVERIFY(listed(all).value(QStringLiteral("P1")).endsWith(m_other));
        const QJsonArray collisions = all.json().value(QStringLiteral("collisions")).toArray();
        QCOMPARE(collisions.size(), 1);
        QCOMPARE(collisions.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("staff_id"), QStringLiteral("P1")},
                              {QStringLiteral("station"), kDevice},
                              {QStringLiteral("table"), QStringLiteral("Table 1")},
                              {QStringLiteral("name"), QStringLiteral("Nurse One")},
                              {QStringLiteral("held_station"), m_other},
                              {QStringLiteral("held_table"), QStringLiteral("Table 2")},
                              {QStringLiteral("held_name"), QStringLiteral("护士1")}}));
        // The other table sees it too (another device of the site).
        TestHttpsClient other(m_server.certificate());
        other.setBaseUrl(m_server.baseUrl());
        other.setBearerToken(m_otherToken);
        QCOMPARE(other.get(QStringLiteral("/v1/site/staff?after=0"))
                     .json()
                     .value(QStringLiteral("collisions"))
                     .toArray()
                     .size(),
                 1);

        // A lead at this table renames the person it got from the site: one adding.
        QCOMPARE(statusesOf(m_client->post(
                     QStringLiteral("/v1/site/staff"),
                     entries({person(QStringLiteral("P1"), QStringLiteral("护士一"),
                                     QStringLiteral("origin-1"),
                                     QStringLiteral("2026-12-03T11:00:10.000Z"), kDevice)}))),
                 QStringList{QStringLiteral("stored")});
        // The same person set up at another table too: one name, newest wins as before.
        QCOMPARE(statusesOf(postAs(
                     m_otherToken,
                     entries({person(QStringLiteral("P1"), QStringLiteral("护士一"),
                                     QStringLiteral("origin-3"),
                                     QStringLiteral("2026-12-03T11:00:20.000Z"), m_other)}))),
                 QStringList{QStringLiteral("stored")});
        all = m_client->get(QStringLiteral("/v1/site/staff?after=0"));
        for (const QJsonValue &v : all.json().value(QStringLiteral("entries")).toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("staff_id")).toString() != QLatin1String("P1"))
                continue;
            QCOMPARE(e.value(QStringLiteral("name")).toString(), QStringLiteral("护士一"));
            QCOMPARE(e.value(QStringLiteral("origin")).toString(), QStringLiteral("origin-3"));
        }
    }

    void eachSiteSeesItsOwn() {
        const QString stranger = QStringLiteral("sz-ns-002-t01");
        const QString token = enroll(stranger, QStringLiteral("SZ-NS-002"));
        QVERIFY(!token.isEmpty());
        TestHttpsClient client(m_server.certificate());
        client.setBaseUrl(m_server.baseUrl());
        client.setBearerToken(token);
        const HttpResult theirs = client.get(QStringLiteral("/v1/site/staff?after=0"));
        QCOMPARE(theirs.status, 200);
        QCOMPARE(theirs.json().value(QStringLiteral("site")).toString(),
                 QStringLiteral("SZ-NS-002"));
        QVERIFY(listed(theirs).isEmpty());
        QCOMPARE(statusesOf(client.post(
                     QStringLiteral("/v1/site/staff"),
                     entries({entry(QStringLiteral("L1"), QStringLiteral("2026-12-04T00:00:00Z"),
                                    stranger)}))),
                 QStringList{QStringLiteral("stored")});
        // L1 of another site changes nothing here.
        QCOMPARE(listed(m_client->get(QStringLiteral("/v1/site/staff?after=0")))
                     .value(QStringLiteral("L1")),
                 QStringLiteral("sampler false 2026-12-03T08:00:05.000Z ") + m_other);
    }

    void importAtTheServer() {
        const QString path = m_server.temporaryPath() + QStringLiteral("/staff.csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBF工号,姓名,角色,手机\r\nI1,赵采样,采样员,13800000000\r\n"
                   "S2,钱采样,sampler,\r\n");
        file.close();
        int exitCode = -1;
        QString standardError;
        const QString out = m_server.runAdmin(
            {QStringLiteral("import-staff"), QStringLiteral("--site"), kSite, path}, &exitCode,
            &standardError);
        QVERIFY2(exitCode == 0, qPrintable(standardError));
        // I1 is new (a one-time PIN, shown once); S2 was known and is listed as it is.
        const QRegularExpression pin(QStringLiteral("I1\\s+one-time PIN (\\d{8})"));
        QVERIFY2(pin.match(out).hasMatch(), qPrintable(out));
        QVERIFY(!out.contains(QLatin1String("S2 ")));
        const HttpResult all = m_client->get(QStringLiteral("/v1/site/staff?after=0"));
        const QString i1 = listed(all).value(QStringLiteral("I1"));
        QVERIFY2(i1.startsWith(QLatin1String("sampler true ")) &&
                     i1.endsWith(QLatin1String(" server")),
                 qPrintable(i1));
        // A bad file imports nothing.
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("staff_id,name,role\nI2,孙,sampler\nI3,李,chef\n");
        file.close();
        m_server.runAdmin({QStringLiteral("import-staff"), QStringLiteral("--site"), kSite, path},
                          &exitCode, &standardError);
        QCOMPARE(exitCode, 1);
        QVERIFY2(standardError.contains(QLatin1String("line 3")), qPrintable(standardError));
        QVERIFY(!listed(m_client->get(QStringLiteral("/v1/site/staff?after=0")))
                     .contains(QStringLiteral("I2")));
    }

    // Entries stay in the server's own table: no verifier in records, nor in its log.
    void verifiersStayOutOfRecordsAndLogs() {
        QCOMPARE(upload({newRecord(1)}).status, 200);
        QSqlQuery q(storage());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM records WHERE content LIKE "
                                      "'%argon2id%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM site_staff")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() > 0);
        QVERIFY(!m_server.serverLog().contains(QLatin1String("argon2id")));
    }
};

QTEST_MAIN(tst_ProvinceServerSiteStaff)
#include "tst_province_server_site_staff.moc"
