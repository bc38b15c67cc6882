// SPDX-License-Identifier: GPL-3.0-or-later
// The station's record uuids (protocol/TimeOrderedUuid): version 7 of RFC 9562, its time
// in the first 48 bits, canonical lowercase text, text order following time order, and
// distinct when made as fast as a loop can.
#include "core/storage/Journal.h"
#include "protocol/TimeOrderedUuid.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace station;
using station::protocol::newTimeOrderedUuid;
using station::protocol::timeOrderedUuid;

namespace {

bool isCanonical(const QString &uuid) {
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(uuid).hasMatch();
}

// The version (the high nibble of the third group) and the variant (the top two bits of the
// fourth), read from the bits: Qt 6.4's QUuid::version() knows versions 1 to 5 only.
int versionOf(const QString &uuid) {
    return QUuid(uuid).data3 >> 12;
}
int variantBitsOf(const QString &uuid) {
    return QUuid(uuid).data4[0] >> 6;
}

// The 48-bit Unix milliseconds at the front of a version 7 uuid's text.
qint64 millisOf(const QString &uuid) {
    QString hex = uuid.left(13);
    hex.remove(QLatin1Char('-'));
    bool ok = false;
    const qint64 ms = hex.toLongLong(&ok, 16);
    return ok ? ms : -1;
}

} // namespace

class TestTimeOrderedUuid : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fieldsAreWhereRfc9562PutsThem() {
        // 2026-12-05 03:00:00.123 UTC, rand_a 0xabc, rand_b all ones: every field's edge.
        const qint64 ms = 1796439600123;
        const QString uuid = timeOrderedUuid(ms, 0xfabc, ~quint64(0));
        QCOMPARE(uuid, QStringLiteral("01a24424-ebfb-7abc-bfff-ffffffffffff"));
        QCOMPARE(millisOf(uuid), ms);
        QCOMPARE(versionOf(uuid), 7);
        QCOMPARE(variantBitsOf(uuid), 0b10);
        QCOMPARE(timeOrderedUuid(0, 0, 0), QStringLiteral("00000000-0000-7000-8000-000000000000"));
    }

    void newOnesAreVersion7CanonicalAndOfTheirTime() {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 1000; ++i) {
            const QString uuid = newRecordUuid();
            QVERIFY2(isCanonical(uuid), qPrintable(uuid));
            QCOMPARE(versionOf(uuid), 7);
            QCOMPARE(variantBitsOf(uuid), 0b10);
            // Its time is the clock's (a count within a millisecond may carry a little).
            QVERIFY(millisOf(uuid) >= now);
            QVERIFY(millisOf(uuid) <= QDateTime::currentMSecsSinceEpoch() + 1000);
        }
    }

    void textOrderIsTimeOrderAcrossMilliseconds() {
        // A clock stepping one millisecond at a time, then seven, then a day: each uuid's
        // text sorts after the one before and carries its moment.
        qint64 ms = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
        QString before = newTimeOrderedUuid(ms);
        for (qint64 step : {qint64(1), qint64(7), qint64(86400000)}) {
            for (int i = 0; i < 200; ++i) {
                ms += step;
                const QString uuid = newTimeOrderedUuid(ms);
                QVERIFY2(before < uuid, qPrintable(before + QStringLiteral(" !< ") + uuid));
                QCOMPARE(millisOf(uuid), ms);
                before = uuid;
            }
        }
        // The pure form, whatever its random bits: a later millisecond sorts later.
        for (int i = 0; i < 1000; ++i) {
            const qint64 at = 1796439600000 + i;
            QVERIFY(timeOrderedUuid(at, 0xfff, ~quint64(0)) < timeOrderedUuid(at + 1, 0, 0));
        }
    }

    void withinAMillisecondTheyCountUp() {
        const qint64 ms = QDateTime::currentMSecsSinceEpoch() + 86400000LL * 1000;
        QString before = newTimeOrderedUuid(ms);
        for (int i = 0; i < 5000; ++i) {
            const QString uuid = newTimeOrderedUuid(ms);
            QVERIFY(before < uuid);
            before = uuid;
        }
        // 5,001 in one millisecond: the count carried into the time by at most two.
        QVERIFY(millisOf(before) - ms <= 2);
        // A clock stepped back a little keeps the order; one set back a day is believed.
        QVERIFY(before < newTimeOrderedUuid(ms - 5000));
        const QString dayBefore = newTimeOrderedUuid(ms - 86400000);
        QCOMPARE(millisOf(dayBefore), ms - 86400000);
    }

    void distinctInATightLoop() {
        QSet<QString> seen;
        seen.reserve(100000);
        QString before;
        for (int i = 0; i < 100000; ++i) {
            const QString uuid = newRecordUuid();
            QVERIFY(before < uuid);
            seen.insert(uuid);
            before = uuid;
        }
        QCOMPARE(seen.size(), 100000);
    }
};

QTEST_GUILESS_MAIN(TestTimeOrderedUuid)
#include "tst_timeordereduuid.moc"
