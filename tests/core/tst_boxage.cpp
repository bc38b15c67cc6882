// SPDX-License-Identifier: GPL-3.0-or-later
// The box countdown: normal under 2 h, amber from 2 h, red from 4 h.
#include "protocol/BoxAge.h"

#include <QTest>

using namespace station;

class TestBoxAge : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stateAtAge_data() {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("minutesLeft");
        const auto normal = static_cast<int>(BoxAgeState::Normal);
        const auto amber = static_cast<int>(BoxAgeState::RecordTemperature);
        const auto red = static_cast<int>(BoxAgeState::Overdue);
        QTest::newRow("0:00") << 0 << normal << 240;
        QTest::newRow("1:59") << 119 << normal << 121;
        QTest::newRow("2:00") << 120 << amber << 120;
        QTest::newRow("3:59") << 239 << amber << 1;
        QTest::newRow("4:00") << 240 << red << 0;
        QTest::newRow("5:00") << 300 << red << -60;
    }
    void stateAtAge() {
        QFETCH(int, minutes);
        QFETCH(int, state);
        QFETCH(int, minutesLeft);
        const QDateTime earliest(QDate(2026, 6, 4), QTime(9, 30), Qt::UTC);
        const QDateTime now = earliest.addSecs(qint64(minutes) * 60);
        QCOMPARE(static_cast<int>(boxAgeState(earliest, now)), state);
        QCOMPARE(boxSecondsLeft(earliest, now), qint64(minutesLeft) * 60);
    }
    void emptyBoxIsNormal() {
        const QDateTime now(QDate(2026, 6, 4), QTime(12, 0), Qt::UTC);
        QCOMPARE(boxAgeState(QDateTime(), now), BoxAgeState::Normal);
        QCOMPARE(boxSecondsLeft(QDateTime(), now), kBoxLimitSecs);
    }
};

QTEST_GUILESS_MAIN(TestBoxAge)
#include "tst_boxage.moc"
