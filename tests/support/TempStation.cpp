// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TempStation.h"

#include "core/storage/StationPaths.h"

#include <QSqlQuery>
#include <QVariant>

namespace station::test {

StationIdentity testIdentity(int defaultPoolSize) {
    StationIdentity s;
    s.siteCode = QStringLiteral("GZ-TH-0001");
    s.siteName = QStringLiteral("天河体育中心");
    s.district = QStringLiteral("440106");
    s.tableNumber = 7;
    s.deviceId = QStringLiteral("device-test-0007");
    s.defaultPoolSize = defaultPoolSize;
    return s;
}

namespace {

const NewOperator kFirstOperator{QStringLiteral("S001"), QStringLiteral("李护士"),
                                 QStringLiteral("246810")};

} // namespace

TempStation::TempStation(int defaultPoolSize)
    : m_now(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::LocalTime).toUTC()) {
    if (!m_dir.isValid() || !m_db.open(databasePath(m_dir.path())).ok())
        return;
    m_store = std::make_unique<StationStore>(m_db, clock());
    if (!m_store
             ->provision(testIdentity(defaultPoolSize), kFirstOperator, kTestSitePassphrase,
                         PassphraseCost::minimal())
             .ok())
        return;
    m_ok = signInAndStartService();
}

bool TempStation::signInAndStartService() {
    auto signedIn = m_store->signIn(kFirstOperator.staffId, kFirstOperator.pin);
    if (!signedIn.ok())
        return false;
    m_operator = signedIn.value();
    m_service = std::make_unique<SamplingService>(m_db, m_codec, *m_store->identity(), clock());
    m_service->setOperator(m_operator);
    return true;
}

bool TempStation::reopen() {
    m_service.reset();
    m_store.reset();
    m_db.close();
    m_ok = false;
    if (!m_db.open(databasePath(m_dir.path())).ok())
        return false;
    m_store = std::make_unique<StationStore>(m_db, clock());
    m_ok = signInAndStartService();
    return m_ok;
}

int TempStation::rows(const QString &table, const QString &where) {
    QSqlQuery q(m_db.connection());
    QString sql = QStringLiteral("SELECT count(*) FROM ") + table;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString residentCardNumber(int n) {
    const QDate birth = QDate(1980, 1, 1).addDays(n % 9000);
    // Region 440106, birth date, sequence from n.
    const QString first17 = QStringLiteral("440106") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(n % 1000, 3, 10, QLatin1Char('0'));
    return first17 + gb11643CheckCharacter(first17);
}

ResidentCode makeResident(int n) {
    ResidentCode r;
    r.registrationId = QStringLiteral("R20261125-%1").arg(n, 6, 10, QLatin1Char('0'));
    r.name = QStringLiteral("测试居民 %1").arg(n);
    r.idType = IdType::ResidentCard;
    r.idNumber = residentCardNumber(n);
    r.phone = QStringLiteral("138%1").arg(n, 8, 10, QLatin1Char('0'));
    return r;
}

QString tubeCode(int n) {
    return QStringLiteral("GZ%1").arg(n, 10, 10, QLatin1Char('0'));
}

QString boxCode(int n) {
    return QStringLiteral("BX%1").arg(n, 8, 10, QLatin1Char('0'));
}

} // namespace station::test
