// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/DecodeSchedule.h"
#include "scan/FrameSurvey.h"

#include <QTest>

using namespace station::scan;
using S = DecodeStrategy;

namespace {

// A survey as surveyFrame reports it: a 2D code of `codePx` pixels (0 = none), its polarity,
// and whether tilted bars were seen.
FrameSurvey survey(int codePx, bool lightOnDark, bool bars) {
    FrameSurvey s;
    if (codePx > 0) {
        s.code.found = true;
        s.code.patch = QRect(500, 300, codePx, codePx);
        s.code.box = s.code.patch.adjusted(-32, -32, 32, 32);
        s.code.lightOnDark = lightOnDark;
        s.code.cells = (codePx / 32) * (codePx / 32);
    }
    if (bars) {
        s.bars.found = true;
        s.bars.gradientAngleDeg = 30;
        s.bars.box = QRectF(400, 200, 300, 200);
    }
    return s;
}

} // namespace

class tst_DecodeSchedule : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void afterPlainFollowsTheSurvey_data();
    void afterPlainFollowsTheSurvey();
    void emptyRotationAddsNothing();
};

void tst_DecodeSchedule::afterPlainFollowsTheSurvey_data() {
    QTest::addColumn<int>("codePx");
    QTest::addColumn<bool>("lightOnDark");
    QTest::addColumn<bool>("bars");
    QTest::addColumn<quint64>("frame");
    QTest::addColumn<QList<DecodeStrategy>>("expected");
    // The default rotation: frame 0 inverted, 1 deskewed, 2 upscaled centre.
    QTest::newRow("dark-mode phone near")
        << 288 << true << false << quint64(0) << QList<S>{S::InvertedRegion, S::Inverted};
    QTest::newRow("dark-mode phone near, frame 2")
        << 288 << true << false << quint64(2) << QList<S>{S::InvertedRegion, S::UpscaledCentre};
    QTest::newRow("light code near (soft)")
        << 256 << false << false << quint64(1) << QList<S>{S::UpscaledRegion, S::Deskewed};
    // A far code: its polarity is a guess, both are tried on its small region.
    QTest::newRow("far code judged dark")
        << 128 << true << false << quint64(2)
        << QList<S>{S::InvertedRegion, S::UpscaledRegion, S::UpscaledCentre};
    QTest::newRow("far code judged light")
        << 128 << false << false << quint64(0)
        << QList<S>{S::UpscaledRegion, S::InvertedRegion, S::Inverted};
    QTest::newRow("tilted label") << 0 << false << true << quint64(0)
                                  << QList<S>{S::Deskewed, S::Inverted};
    // The rotation's turn is not repeated when the survey already chose it.
    QTest::newRow("tilted label, deskew's turn")
        << 0 << false << true << quint64(1) << QList<S>{S::Deskewed};
    QTest::newRow("phone and label") << 288 << true << true << quint64(2)
                                     << QList<S>{S::InvertedRegion, S::Deskewed, S::UpscaledCentre};
    QTest::newRow("nothing seen") << 0 << false << false << quint64(4) << QList<S>{S::Deskewed};
}

void tst_DecodeSchedule::afterPlainFollowsTheSurvey() {
    QFETCH(int, codePx);
    QFETCH(bool, lightOnDark);
    QFETCH(bool, bars);
    QFETCH(quint64, frame);
    QFETCH(QList<DecodeStrategy>, expected);
    QCOMPARE(DecodeSchedule().afterPlain(survey(codePx, lightOnDark, bars), frame, 192), expected);
}

void tst_DecodeSchedule::emptyRotationAddsNothing() {
    const DecodeSchedule none(QList<DecodeStrategy>{});
    QVERIFY(none.afterPlain(survey(0, false, false), 0).isEmpty());
    QCOMPARE(none.afterPlain(survey(288, true, false), 7), QList<S>{S::InvertedRegion});
}

QTEST_APPLESS_MAIN(tst_DecodeSchedule)
#include "tst_DecodeSchedule.moc"
