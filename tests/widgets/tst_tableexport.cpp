// SPDX-License-Identifier: GPL-3.0-or-later
// What the table screen did, read back by `sampling-station-cli export`: tubes, positions,
// states, reasons, operator; ID numbers only masked.
#include "tests/support/TestData.h"
#include "tests/widgets/TableDriver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace station;
using namespace station::test;

class TestTableExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exportShowsWhatTheScreenDid();
};

void TestTableExport::exportShowsWhatTheScreenDid() {
    TableDriver t;
    t.signIn();
    t.scan(tubeCode(1));
    for (int i = 1; i <= 10; ++i)
        t.scan(residentScan(i));
    t.scan(tubeCode(2));
    for (int i = 11; i <= 13; ++i)
        t.scan(residentScan(i));
    answerNextQuestion(QStringLiteral("wrong person"));
    t.key(Qt::Key_Z, Qt::ControlModifier);
    answerNextQuestion(QStringLiteral("end of queue"));
    t.key(Qt::Key_E, Qt::ControlModifier);
    t.scan(tubeCode(3));
    t.scan(residentScan(14));
    t.scan(residentScan(15));
    answerNextQuestion(QStringLiteral("tube dropped"));
    onNextDialog(
        [](QWidget *dialog) { QTest::keyClick(dialog, Qt::Key_Return); },
        [](QWidget *dialog) { return dialog->objectName() == QLatin1String("resampleList"); });
    t.key(Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);

    QProcess cli;
    cli.start(buildDir() + QStringLiteral("/cli/sampling-station-cli"),
              {QStringLiteral("export"), QStringLiteral("--data-dir"), t.f.dir.path(),
               QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QByteArray out = cli.readAllStandardOutput();
    const QJsonObject doc = QJsonDocument::fromJson(out).object();

    QHash<QString, QJsonObject> tubes;
    for (const QJsonValue &v : doc.value(QStringLiteral("tubes")).toArray())
        tubes.insert(v[QStringLiteral("code")].toString(), v.toObject());
    QCOMPARE(tubes.size(), 3);
    QCOMPARE(tubes[tubeCode(1)][QStringLiteral("state")].toString(), QStringLiteral("sealed"));
    QCOMPARE(tubes[tubeCode(1)][QStringLiteral("people")].toInt(), 10);
    QCOMPARE(tubes[tubeCode(1)][QStringLiteral("seal_reason")].toString(), QString());
    QCOMPARE(tubes[tubeCode(2)][QStringLiteral("state")].toString(), QStringLiteral("sealed"));
    QCOMPARE(tubes[tubeCode(2)][QStringLiteral("people")].toInt(), 2);
    QCOMPARE(tubes[tubeCode(2)][QStringLiteral("seal_reason")].toString(),
             QStringLiteral("end of queue"));
    QCOMPARE(tubes[tubeCode(3)][QStringLiteral("state")].toString(), QStringLiteral("voided"));
    QCOMPARE(tubes[tubeCode(3)][QStringLiteral("void_reason")].toString(),
             QStringLiteral("tube dropped"));

    const QJsonArray samples = doc.value(QStringLiteral("samples")).toArray();
    QCOMPARE(samples.size(), 15);
    int removed = 0;
    for (const QJsonValue &v : samples) {
        QCOMPARE(v[QStringLiteral("operator")].toString(), kStaffId);
        QCOMPARE(v[QStringLiteral("entry")].toString(), QStringLiteral("scanner"));
        if (v[QStringLiteral("state")].toString() == QLatin1String("removed")) {
            ++removed;
            QCOMPARE(v[QStringLiteral("tube")].toString(), tubeCode(2));
            QCOMPARE(v[QStringLiteral("position")].toInt(), 3);
            QCOMPARE(v[QStringLiteral("removed_reason")].toString(),
                     QStringLiteral("wrong person"));
        }
    }
    QCOMPARE(removed, 1);
    // Masked only: no full ID number leaves the station in an export.
    for (int i = 1; i <= 15; ++i)
        QVERIFY(!out.contains(residentCardNumber(i).toLatin1()));
}

QTEST_MAIN(TestTableExport)
#include "tst_tableexport.moc"
