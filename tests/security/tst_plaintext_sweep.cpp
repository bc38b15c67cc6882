// SPDX-License-Identifier: GPL-3.0-or-later
// 10,000 synthetic residents through the real sampling code with encryption at rest;
// then no name, ID number or phone may be found in plain text in the database, its WAL
// and shared-memory files, SQLite's temporary files, or the log output.
#include "core/security/PersonalDataAccess.h"
#include "core/security/StationKeyring.h"
#include "core/storage/StationPaths.h"
#include "table/ShiftSimulator.h"
#include "tests/support/TempStation.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlQuery>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

QMutex logMutex;
QByteArray capturedLog;

void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message) {
    QMutexLocker lock(&logMutex);
    capturedLog +=
        QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
}

// Every window of 11 and 18 characters inside a run of digits (and X): where a phone or
// ID number written in plain text would be.
QSet<QByteArray> collectDigitWindows(const QList<QByteArray> &files) {
    QSet<QByteArray> windows;
    for (const QByteArray &hay : files) {
        int i = 0;
        while (i < hay.size()) {
            int j = i;
            while (j < hay.size() && ((hay[j] >= '0' && hay[j] <= '9') || hay[j] == 'X'))
                ++j;
            for (int len : {11, 18}) {
                for (int k = i; j - i >= len && k + len <= j; ++k)
                    windows.insert(hay.mid(k, len));
            }
            i = j + 1;
        }
    }
    return windows;
}

} // namespace

class TestPlaintextSweep : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void noPlaintextAnywhere() {
        QTemporaryDir sqliteTemp;
        qputenv("SQLITE_TMPDIR", sqliteTemp.path().toUtf8());
        // Everything the station logs, at every level, is captured.
        QLoggingCategory::setFilterRules(QStringLiteral("station.*=true"));
        qInstallMessageHandler(captureLog);

        TempStation st;
        QVERIFY(st.ok());
        // The station's own key, as provisioning made it.
        auto codec = unlockPersonalData(st.db(), kTestSitePassphrase);
        QVERIFY(codec.ok());
        // Durability is not under test here; speed the 10,000 commits up.
        QSqlQuery(st.db().connection()).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));

        constexpr int kResidents = 10000;
        SimulationOptions o;
        o.residents = kResidents;
        o.seed = 42;
        o.start = st.now();
        auto result = simulateShift(st.db(), *codec.value(), *st.store().identity(), st.op(), o);
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QVERIFY(result->samples >= kResidents - 200);

        // A query that sorts personal columns through a temp b-tree, as a report might.
        QSqlQuery big(st.db().connection());
        QVERIFY(big.exec(QStringLiteral("SELECT name, phone FROM samples ORDER BY name, phone")));
        int rows = 0;
        while (big.next())
            ++rows;
        QVERIFY(rows > 0);
        qInstallMessageHandler(nullptr);

        QList<QByteArray> files;
        const QString db = st.db().path();
        for (const QString &path :
             QStringList{db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm")}) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                files << f.readAll();
        }
        QDirIterator temps(sqliteTemp.path(), QDir::Files, QDirIterator::Subdirectories);
        while (temps.hasNext()) {
            QFile f(temps.next());
            if (f.open(QIODevice::ReadOnly))
                files << f.readAll();
        }
        QVERIFY(files.size() >= 2);
        files << capturedLog;

        // Every resident the simulation used: their ID number and phone. Plain text of
        // either is a run of digits; collect every such run in the files once, then look
        // each resident's numbers up in it.
        const QSet<QByteArray> digitWindows = collectDigitWindows(files);
        // Control: the same scan finds a number written in the clear.
        const QByteArray control = syntheticResident(1).idNumber.toUtf8();
        QVERIFY(collectDigitWindows({QByteArray("\x01name") + control + QByteArray("\x02")})
                    .contains(control));
        QSqlQuery q(st.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT registration_id FROM samples")));
        int checked = 0;
        while (q.next()) {
            const quint64 n = q.value(0).toString().mid(4).toULongLong();
            const ResidentCode r = syntheticResident(n);
            QVERIFY2(!digitWindows.contains(r.idNumber.toUtf8()), qPrintable(r.idNumber));
            QVERIFY2(!digitWindows.contains(r.phone.toUtf8()), qPrintable(r.phone));
            ++checked;
        }
        QCOMPARE(checked, kResidents);
        // Names are short; check each distinct one once.
        for (quint64 n = 0; n < 100; ++n) {
            const QByteArray name = syntheticResident(n).name.toUtf8();
            for (const QByteArray &hay : std::as_const(files))
                QVERIFY2(!hay.contains(name), name.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestPlaintextSweep)
#include "tst_plaintext_sweep.moc"
