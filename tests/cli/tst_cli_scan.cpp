// SPDX-License-Identifier: GPL-3.0-or-later
// `scan`'s questions on standard input: the next line answers a question only when it is an
// answer; a scan where a yes/no, a reason or a tube code belongs is given back and scanned
// next, never swallowed (review 36: a resident after a re-test question was lost).
#include "core/domain/ResidentCode.h"
#include "tests/support/CliRun.h"
#include "tests/support/CliSite.h"
#include "tests/support/TempStation.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace station;

namespace {

QString residentLine(int n) {
    return QString::fromUtf8(encodeResidentCode(test::makeResident(n)));
}

QStringList outcomes(const QList<QJsonObject> &lines) {
    QStringList words;
    for (const QJsonObject &line : lines)
        words << line.value(QStringLiteral("outcome")).toString();
    return words;
}

} // namespace

class TestCliScan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Person 1 again in tube 2 asks "re-test?"; person 2's code on the next line is no
    // answer: the question is left unanswered (person 1 not recorded again) and person 2 is
    // scanned into tube 2. "no" and "yes" still answer it.
    void aScanAfterAQuestionIsScannedNotSwallowed() {
        QTemporaryDir dir;
        QVERIFY(test::provisionCliStation(dir.path(), 5, 1));
        QString errors;
        const QList<QJsonObject> lines = test::CliSite::scan(
            dir.path(),
            {test::tubeCode(1), residentLine(1), test::tubeCode(2), residentLine(1),
             residentLine(2), test::tubeCode(3), residentLine(1), QStringLiteral("yes")},
            &errors);
        QCOMPARE(outcomes(lines),
                 (QStringList{QStringLiteral("recorded"), QStringLiteral("recorded"),
                              QStringLiteral("recorded"), QStringLiteral("question"),
                              QStringLiteral("not_an_answer"), QStringLiteral("refused"),
                              QStringLiteral("recorded"), QStringLiteral("recorded"),
                              QStringLiteral("question"), QStringLiteral("recorded")}));
        // What was given back is named without the person's data.
        const QString given = lines.at(4).value(QStringLiteral("input")).toString();
        QVERIFY2(!given.contains(test::makeResident(2).idNumber), qPrintable(given));
        QVERIFY2(!given.contains(test::makeResident(2).name), qPrintable(given));
        // Person 2 went into tube 2; person 1 was recorded a second time only once "yes"
        // confirmed it, in tube 3.
        QCOMPARE(lines.at(6).value(QStringLiteral("tube")).toString(), test::tubeCode(2));
        QCOMPARE(lines.at(9).value(QStringLiteral("tube")).toString(), test::tubeCode(3));
    }
};

QTEST_GUILESS_MAIN(TestCliScan)
#include "tst_cli_scan.moc"
