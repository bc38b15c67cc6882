// SPDX-License-Identifier: GPL-3.0-or-later
// Provisioning and operators: validation, one provisioning, PIN checks and lock-out.
#include "tests/support/TempStation.h"

#include <QSqlQuery>
#include <QTest>

using namespace station;
using namespace station::test;

Q_DECLARE_METATYPE(station::StationIdentity)

class TestStationStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validation_data() {
        QTest::addColumn<StationIdentity>("identity");
        QTest::addColumn<bool>("valid");
        StationIdentity good = testIdentity();
        QTest::newRow("good") << good << true;
        StationIdentity s = good;
        s.siteCode = QStringLiteral("bad code!");
        QTest::newRow("site code") << s << false;
        s = good;
        s.siteName = QStringLiteral("  ");
        QTest::newRow("site name") << s << false;
        s = good;
        s.district.clear();
        QTest::newRow("district") << s << false;
        s = good;
        s.tableNumber = 0;
        QTest::newRow("table 0") << s << false;
        s = good;
        s.defaultPoolSize = 8;
        QTest::newRow("pool 8") << s << false;
        s = good;
        s.patterns.tube = QStringLiteral("([");
        QTest::newRow("tube pattern") << s << false;
    }
    void validation() {
        QFETCH(StationIdentity, identity);
        QFETCH(bool, valid);
        const Status s = StationStore::validateIdentity(identity);
        QCOMPARE(s.ok(), valid);
        if (!valid)
            QVERIFY(!s.message().isEmpty());
    }

    void operatorValidation_data() {
        QTest::addColumn<QString>("staffId");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("valid");
        QTest::newRow("good") << "S001"
                              << "李护士"
                              << "246810" << true;
        QTest::newRow("twelve digits") << "S001"
                                       << "李护士"
                                       << "804417395260" << true;
        QTest::newRow("four digits") << "S001"
                                     << "李护士"
                                     << "2468" << false;
        QTest::newRow("thirteen digits") << "S001"
                                         << "李护士"
                                         << "8044173952601" << false;
        QTest::newRow("letters in pin") << "S001"
                                        << "李护士"
                                        << "12ab56" << false;
        // Trivial PINs: the ones anyone tries first.
        for (const char *trivial : {"123456", "654321", "000000", "999999", "111111111", "234567",
                                    "987654", "890123", "3210987"})
            QTest::newRow(trivial) << "S001"
                                   << "李护士" << QString::fromLatin1(trivial) << false;
        QTest::newRow("a run broken once") << "S001"
                                           << "李护士"
                                           << "123457" << true;
        QTest::newRow("no name") << "S001"
                                 << " "
                                 << "246810" << false;
        QTest::newRow("bad staff id") << "S 1"
                                      << "李护士"
                                      << "246810" << false;
    }
    void operatorValidation() {
        QFETCH(QString, staffId);
        QFETCH(QString, name);
        QFETCH(QString, pin);
        QFETCH(bool, valid);
        QCOMPARE(StationStore::validateOperator({staffId, name, pin}).ok(), valid);
    }

    void provisionsOnce() {
        TempStation st;
        QVERIFY(st.ok());
        QVERIFY(st.store().isProvisioned());
        const auto id = st.store().identity();
        QCOMPARE(id->siteCode, testIdentity().siteCode);
        QCOMPARE(id->tableNumber, 7);
        auto again = st.store().provision(
            testIdentity(), {QStringLiteral("S2"), QStringLiteral("B"), QStringLiteral("135791")},
            kTestSitePassphrase, PassphraseCost::minimal());
        QVERIFY(!again.ok());
        QCOMPARE(st.rows(QStringLiteral("operators")), 1);
    }

    void pinIsHashed() {
        TempStation st;
        QSqlQuery q(st.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT pin_hash FROM operators")) && q.next());
        const QString hash = q.value(0).toString();
        QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(!hash.contains(QLatin1String("246810")));
    }

    void signInAndLockOut() {
        TempStation st;
        StationStore &store = st.store();
        QCOMPARE(store.signIn(QStringLiteral("NOBODY"), QStringLiteral("135791")).code(),
                 ErrorCode::OperatorUnknown);
        for (int i = 1; i <= 4; ++i) {
            auto wrong = store.signIn(QStringLiteral("S001"), QStringLiteral("000000"));
            QCOMPARE(wrong.code(), ErrorCode::WrongPin);
        }
        // The fifth wrong PIN locks; even the right PIN is refused while locked.
        QCOMPARE(store.signIn(QStringLiteral("S001"), QStringLiteral("000000")).code(),
                 ErrorCode::OperatorLocked);
        QCOMPARE(store.signIn(QStringLiteral("S001"), QStringLiteral("246810")).code(),
                 ErrorCode::OperatorLocked);
        st.advance(31);
        // One more wrong PIN after the lock doubles the delay.
        QCOMPARE(store.signIn(QStringLiteral("S001"), QStringLiteral("000000")).code(),
                 ErrorCode::OperatorLocked);
        st.advance(31);
        QCOMPARE(store.signIn(QStringLiteral("S001"), QStringLiteral("246810")).code(),
                 ErrorCode::OperatorLocked);
        st.advance(31);
        auto ok = store.signIn(QStringLiteral("S001"), QStringLiteral("246810"));
        QVERIFY2(ok.ok(), qPrintable(ok.message()));
        QCOMPARE(ok->name, QStringLiteral("李护士"));
        QCOMPARE(
            st.rows(QStringLiteral("audit_log"), QStringLiteral("action = 'operator.wrong_pin'")),
            10 - 4); // 4 + 1 + 1 wrong PINs recorded while not locked
    }

    void addsOperators() {
        TempStation st;
        auto added = st.store().addOperator(
            {QStringLiteral("S002"), QStringLiteral("王医生"), QStringLiteral("135702")}, st.op());
        QVERIFY2(added.ok(), qPrintable(added.message()));
        QCOMPARE(st.store()
                     .addOperator(
                         {QStringLiteral("S002"), QStringLiteral("X"), QStringLiteral("135702")},
                         st.op())
                     .code(),
                 ErrorCode::OperatorExists);
        QCOMPARE(st.store().operators().size(), 2);
        QVERIFY(st.store().signIn(QStringLiteral("S002"), QStringLiteral("135702")).ok());
    }
};

QTEST_GUILESS_MAIN(TestStationStore)
#include "tst_stationstore.moc"
