// SPDX-License-Identifier: GPL-3.0-or-later
// The tube and box state machines: every transition, allowed and forbidden.
#include "core/domain/Pooling.h"

#include <QTest>

using namespace station;

Q_DECLARE_METATYPE(station::TubeState)
Q_DECLARE_METATYPE(station::BoxState)

class TestPooling : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void poolSizes_data() {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("valid");
        for (int n = -1; n <= 25; ++n)
            QTest::addRow("%d", n) << n << (n == 1 || n == 5 || n == 10 || n == 20);
    }
    void poolSizes() {
        QFETCH(int, size);
        QFETCH(bool, valid);
        QCOMPARE(isValidPoolSize(size), valid);
        QCOMPARE(validPoolSizes().contains(size), valid);
    }

    void tubeTransitions_data() {
        QTest::addColumn<TubeState>("from");
        QTest::addColumn<TubeState>("to");
        QTest::addColumn<bool>("allowed");
        const QList<TubeState> all = {TubeState::Open, TubeState::Sealed, TubeState::Boxed,
                                      TubeState::HandedOver, TubeState::Voided};
        const QList<QPair<TubeState, TubeState>> allowed = {
            {TubeState::Open, TubeState::Sealed},  {TubeState::Open, TubeState::Voided},
            {TubeState::Sealed, TubeState::Boxed}, {TubeState::Sealed, TubeState::Voided},
            {TubeState::Sealed, TubeState::Open},  {TubeState::Boxed, TubeState::HandedOver},
        };
        for (TubeState from : all) {
            for (TubeState to : all) {
                QTest::addRow("%s->%s", qPrintable(tubeStateKey(from)),
                              qPrintable(tubeStateKey(to)))
                    << from << to << allowed.contains({from, to});
            }
        }
    }
    void tubeTransitions() {
        QFETCH(TubeState, from);
        QFETCH(TubeState, to);
        QFETCH(bool, allowed);
        QCOMPARE(tubeTransitionAllowed(from, to), allowed);
    }

    void boxTransitions_data() {
        QTest::addColumn<BoxState>("from");
        QTest::addColumn<BoxState>("to");
        QTest::addColumn<bool>("allowed");
        const QList<BoxState> all = {BoxState::Open, BoxState::Sealed, BoxState::HandedOver};
        for (BoxState from : all) {
            for (BoxState to : all) {
                const bool ok = (from == BoxState::Open && to == BoxState::Sealed) ||
                                (from == BoxState::Sealed && to == BoxState::HandedOver);
                QTest::addRow("%s->%s", qPrintable(boxStateKey(from)), qPrintable(boxStateKey(to)))
                    << from << to << ok;
            }
        }
    }
    void boxTransitions() {
        QFETCH(BoxState, from);
        QFETCH(BoxState, to);
        QFETCH(bool, allowed);
        QCOMPARE(boxTransitionAllowed(from, to), allowed);
    }

    void keysRoundTrip() {
        for (TubeState s : {TubeState::Open, TubeState::Sealed, TubeState::Boxed,
                            TubeState::HandedOver, TubeState::Voided}) {
            QCOMPARE(tubeStateFromKey(tubeStateKey(s)), std::optional<TubeState>(s));
            QVERIFY(!tubeStateDisplayName(s).isEmpty());
        }
        for (BoxState s : {BoxState::Open, BoxState::Sealed, BoxState::HandedOver})
            QCOMPARE(boxStateFromKey(boxStateKey(s)), std::optional<BoxState>(s));
        for (EntryMethod m : {EntryMethod::Scanner, EntryMethod::Camera, EntryMethod::Manual})
            QCOMPARE(entryMethodFromKey(entryMethodKey(m)), std::optional<EntryMethod>(m));
        QVERIFY(!tubeStateFromKey(QStringLiteral("lost")).has_value());
        QVERIFY(!boxStateFromKey(QString()).has_value());
    }
};

QTEST_GUILESS_MAIN(TestPooling)
#include "tst_pooling.moc"
