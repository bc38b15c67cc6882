// SPDX-License-Identifier: GPL-3.0-or-later
// A resident code that lost its Chinese on the way (a keyboard-wedge scanner on Linux) is
// recognised; whole codes, other codes and broken text are not.
#include "core/domain/ResidentCode.h"
#include "core/domain/ResidentCodeTextLoss.h"

#include <QTest>

using namespace station;

namespace {

QString codeWithName(const QString &name, const QString &address = {}) {
    ResidentCode r;
    r.registrationId = QStringLiteral("R20210604-000123");
    r.name = name;
    r.idType = IdType::ResidentCard;
    r.idNumber = QStringLiteral("44010319800101001X");
    r.address = address;
    return QString::fromUtf8(encodeResidentCode(r));
}

} // namespace

class TestResidentCodeTextLoss : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recognised_data();
    void recognised();
};

void TestResidentCodeTextLoss::recognised_data() {
    QTest::addColumn<QString>("scan");
    QTest::addColumn<bool>("lost");
    QTest::newRow("Chinese name") << codeWithName(QStringLiteral("陈秀英")) << false;
    QTest::newRow("Latin name") << codeWithName(QStringLiteral("Maria Santos")) << false;
    QTest::newRow("name dropped") << codeWithName(QString()) << true;
    QTest::newRow("question marks") << codeWithName(QStringLiteral("???")) << true;
    QTest::newRow("Alt+keypad digits") << codeWithName(QStringLiteral("38472 20013")) << true;
    QTest::newRow("replacement character") << codeWithName(QStringLiteral("陈\uFFFD英")) << true;
    QTest::newRow("address mangled")
        << codeWithName(QStringLiteral("陈秀英"), QStringLiteral("\uFFFD\uFFFD 12")) << true;
    QTest::newRow("tube code") << QStringLiteral("SG00007000000012") << false;
    QTest::newRow("other JSON") << QStringLiteral("{\"t\":\"box\",\"n\":\"\"}") << false;
    QTest::newRow("not JSON") << QStringLiteral("{\"t\":\"rc\",\"n\":") << false;
    QTest::newRow("name missing") << QStringLiteral("{\"t\":\"rc\",\"v\":1}") << false;
}

void TestResidentCodeTextLoss::recognised() {
    QFETCH(QString, scan);
    QFETCH(bool, lost);
    QCOMPARE(residentCodeLostNonAsciiText(scan), lost);
}

QTEST_GUILESS_MAIN(TestResidentCodeTextLoss)
#include "tst_residentcodetextloss.moc"
