// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Ed25519.h"
#include "core/domain/StationTubeCode.h"
#include "table/ScanRouter.h"
#include "tests/models/StationFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace station;
using namespace station::test;

class TestScanRouter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tubeThenResidentsUntilSealed();
    void refusalsChangeNothing_data();
    void refusalsChangeNothing();
    void retestAsksAndRecordsTheAnswer_data();
    void retestAsksAndRecordsTheAnswer();
    void boxScansPackAndSeal();
    void residentScanWhilePackingIsRefused();
    void lockedOrPausedRouterRefuses_data();
    void lockedOrPausedRouterRefuses();
    void cameraEntriesAreMarked();
    void refusalsNeverEchoTheScan_data();
    void refusalsNeverEchoTheScan();
    void siteCheckDigitRefusesMisreadTubes_data();
    void siteCheckDigitRefusesMisreadTubes();
    void residentCodesAsTheSiteTrusts_data();
    void residentCodesAsTheSiteTrusts();
    void theOpenTubeScannedAgainIsNotARefusal();
};

void TestScanRouter::tubeThenResidentsUntilSealed() {
    StationFixture f;
    f.signIn();
    ScanRouter router(*f.service);
    QSignalSpy spy(&router, &ScanRouter::outcome);
    ScanOutcome o = router.route(tubeCode(1), EntryMethod::Scanner);
    QCOMPARE(o.tone, ScanOutcome::Tone::Success);
    QVERIFY(o.message.contains(tubeCode(1)));
    for (int i = 1; i <= 9; ++i) {
        o = router.route(residentScan(i), EntryMethod::Scanner);
        QCOMPARE(o.tone, ScanOutcome::Tone::Success);
        QVERIFY(o.recorded);
        QVERIFY(!o.tubeSealed);
    }
    QVERIFY(o.message.contains(QStringLiteral("9 / 10")));
    o = router.route(residentScan(10), EntryMethod::Scanner);
    QVERIFY(o.tubeSealed);
    QCOMPARE(o.tone, ScanOutcome::Tone::Attention);
    QVERIFY(o.message.contains(QStringLiteral("next tube")));
    QCOMPARE(spy.count(), 11);
    QVERIFY(!f.service->openTubeSnapshot());
    QCOMPARE(f.service->tube(tubeCode(1))->state, TubeState::Sealed);
    QCOMPARE(f.service->tube(tubeCode(1))->count(), 10);
}

enum Setup { NoTube, OpenTubeWithOne, AfterSealedTube };

void TestScanRouter::refusalsChangeNothing_data() {
    QTest::addColumn<int>("setup");
    QTest::addColumn<QString>("scan");
    QTest::addColumn<QString>("messagePart");

    ResidentCode expired = resident(50);
    expired.validUntil = QDate(2026, 6, 3);
    QString badCheck = residentScan(51);
    const QString goodId = resident(51).idNumber;
    QString wrongId = goodId;
    wrongId[17] = goodId.at(17) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    badCheck.replace(goodId, wrongId);

    QTest::newRow("resident with no open tube") << int(NoTube) << residentScan(1) << QString();
    QTest::newRow("tube while one open and not empty")
        << int(OpenTubeWithOne) << tubeCode(2) << tubeCode(1);
    QTest::newRow("used tube code") << int(AfterSealedTube) << tubeCode(1) << tubeCode(1);
    QTest::newRow("person already in this tube")
        << int(OpenTubeWithOne) << residentScan(1) << tubeCode(1);
    QTest::newRow("expired code") << int(OpenTubeWithOne) << residentScan(expired) << QString();
    QTest::newRow("invalid ID number") << int(OpenTubeWithOne) << badCheck << QString();
    QTest::newRow("broken JSON") << int(OpenTubeWithOne) << QStringLiteral("{\"t\":\"rc\",")
                                 << QString();
    QTest::newRow("unknown scan") << int(OpenTubeWithOne) << QStringLiteral("hello-world")
                                  << QStringLiteral("text with 11 characters");
    // A hub's join code scanned at the table: refused with where it goes, nothing recorded.
    QTest::newRow("join code")
        << int(OpenTubeWithOne)
        << QStringLiteral("SSJOIN1;U=https://192.168.1.20:8443;F=%1;S=GZ-TH-0001;C=ABCD-EFGH")
               .arg(QString(64, QLatin1Char('a')))
        << QStringLiteral("Join a site hub");
}

void TestScanRouter::refusalsChangeNothing() {
    QFETCH(int, setup);
    QFETCH(QString, scan);
    QFETCH(QString, messagePart);
    StationFixture f;
    f.signIn();
    if (setup == AfterSealedTube) {
        QVERIFY(f.service->openTube(tubeCode(1)).ok());
        QVERIFY(f.service->addResident(resident(9), EntryMethod::Scanner).ok());
        QVERIFY(f.service->sealOpenTubeEarly(QStringLiteral("end of queue")).ok());
    } else if (setup == OpenTubeWithOne) {
        QVERIFY(f.service->openTube(tubeCode(1)).ok());
        QVERIFY(f.service->addResident(resident(1), EntryMethod::Scanner).ok());
    }
    const auto before = f.service->todaysSamples();
    const auto openBefore = f.service->openTubeSnapshot();
    ScanRouter router(*f.service);
    const ScanOutcome o = router.route(scan, EntryMethod::Scanner);
    QCOMPARE(o.tone, ScanOutcome::Tone::Refusal);
    QVERIFY(!o.recorded);
    QVERIFY(!o.message.isEmpty());
    QVERIFY2(o.message.contains(messagePart), qPrintable(o.message));
    QCOMPARE(f.service->todaysSamples().size(), before.size());
    QCOMPARE(f.service->openTubeSnapshot().has_value(), openBefore.has_value());
    if (openBefore)
        QCOMPARE(f.service->openTubeSnapshot()->count(), openBefore->count());
}

void TestScanRouter::retestAsksAndRecordsTheAnswer_data() {
    QTest::addColumn<bool>("answer");
    QTest::newRow("confirmed") << true;
    QTest::newRow("declined") << false;
}

void TestScanRouter::retestAsksAndRecordsTheAnswer() {
    QFETCH(bool, answer);
    StationFixture f;
    f.signIn();
    ScanRouter router(*f.service);
    int asked = 0;
    QString told;
    router.setRetestConfirmer([&](const ResidentCode &r, const QString &earlier) {
        ++asked;
        told = earlier;
        return r.idNumber == resident(1).idNumber && answer;
    });
    QVERIFY(router.route(tubeCode(1), EntryMethod::Scanner).recorded);
    QVERIFY(router.route(residentScan(1), EntryMethod::Scanner).recorded);
    QVERIFY(f.service->sealOpenTubeEarly(QStringLiteral("end of queue")).ok());
    QVERIFY(router.route(tubeCode(2), EntryMethod::Scanner).recorded);
    const ScanOutcome o = router.route(residentScan(1), EntryMethod::Scanner);
    QCOMPARE(asked, 1);
    // The question says which tube the earlier sample went into, and when.
    QVERIFY2(told.contains(tubeCode(1)) && told.contains(QLatin1Char(':')), qPrintable(told));
    QCOMPARE(o.recorded, answer);
    QCOMPARE(o.tone, answer ? ScanOutcome::Tone::Success : ScanOutcome::Tone::Attention);
    const auto tube = f.service->openTubeSnapshot();
    QVERIFY(tube);
    QCOMPARE(tube->count(), answer ? 1 : 0);
    if (answer)
        QVERIFY(tube->members.first().retestConfirmed);
}

void TestScanRouter::boxScansPackAndSeal() {
    StationFixture f;
    f.signIn();
    ScanRouter router(*f.service);
    const QString box = QStringLiteral("BX00012345");
    // Two sealed tubes: one full (10), one sealed early (1); a third left open.
    QVERIFY(router.route(tubeCode(1), EntryMethod::Scanner).recorded);
    for (int p = 1; p <= 10; ++p)
        QVERIFY(router.route(residentScan(p), EntryMethod::Scanner).recorded);
    QVERIFY(router.route(tubeCode(2), EntryMethod::Scanner).recorded);
    QVERIFY(router.route(residentScan(11), EntryMethod::Scanner).recorded);
    QVERIFY(f.service->sealOpenTubeEarly(QStringLiteral("queue empty")).ok());
    QVERIFY(router.route(tubeCode(3), EntryMethod::Scanner).recorded);
    QVERIFY(router.route(residentScan(12), EntryMethod::Scanner).recorded);
    QVERIFY(!router.isPacking());

    ScanOutcome o = router.route(box, EntryMethod::Scanner);
    QCOMPARE(o.tone, ScanOutcome::Tone::Success);
    QVERIFY(o.recorded);
    QVERIFY(router.isPacking());

    o = router.route(tubeCode(1), EntryMethod::Scanner);
    QCOMPARE(o.tone, ScanOutcome::Tone::Success);
    QVERIFY2(o.message.contains(box), qPrintable(o.message));
    o = router.route(tubeCode(3), EntryMethod::Scanner); // still open: refused
    QCOMPARE(o.tone, ScanOutcome::Tone::Refusal);
    QVERIFY(!o.recorded);
    o = router.route(QStringLiteral("BX00099999"), EntryMethod::Scanner); // another box
    QCOMPARE(o.tone, ScanOutcome::Tone::Refusal);
    QVERIFY2(o.message.contains(box), qPrintable(o.message));
    QCOMPARE(router.route(tubeCode(2), EntryMethod::Scanner).tone, ScanOutcome::Tone::Success);

    o = router.route(box, EntryMethod::Scanner); // same code again: sealed
    QCOMPARE(o.tone, ScanOutcome::Tone::Attention);
    QVERIFY(o.recorded);
    // Which box, for the front end to say how it is handed over: no window key in the
    // workflow's own words, which the CLI prints too.
    QCOMPARE(o.sealedBox, box);
    QVERIFY2(!o.message.contains(QStringLiteral("Ctrl")), qPrintable(o.message));
    QVERIFY(!router.isPacking());
    const Result<BoxSnapshot> sealed = f.service->box(box);
    QVERIFY(sealed.ok());
    QCOMPARE(sealed->state, BoxState::Sealed);
    QCOMPARE(sealed->tubeCount(), 2);
    QCOMPARE(sealed->personCount(), 11);
}

void TestScanRouter::residentScanWhilePackingIsRefused() {
    StationFixture f;
    f.signIn();
    ScanRouter router(*f.service);
    QVERIFY(router.route(QStringLiteral("BX00000007"), EntryMethod::Scanner).recorded);
    const ScanOutcome scanned = router.route(residentScan(1), EntryMethod::Scanner);
    QCOMPARE(scanned.tone, ScanOutcome::Tone::Refusal);
    QVERIFY2(scanned.message.contains(QStringLiteral("BX00000007")), qPrintable(scanned.message));
    const ScanOutcome manual = router.addResident(resident(2), EntryMethod::Manual);
    QCOMPARE(manual.tone, ScanOutcome::Tone::Refusal);
    QVERIFY(!manual.recorded);
    QCOMPARE(f.service->todaysSamples().size(), 0);
}

void TestScanRouter::lockedOrPausedRouterRefuses_data() {
    QTest::addColumn<bool>("accepting");
    QTest::addColumn<bool>("paused");
    QTest::newRow("locked") << false << false;
    QTest::newRow("dialog open") << true << true;
}

void TestScanRouter::lockedOrPausedRouterRefuses() {
    QFETCH(bool, accepting);
    QFETCH(bool, paused);
    StationFixture f;
    f.signIn();
    ScanRouter router(*f.service);
    router.setAccepting(accepting);
    router.setPaused(paused);
    QCOMPARE(router.route(tubeCode(1), EntryMethod::Scanner).tone, ScanOutcome::Tone::Refusal);
    QCOMPARE(router.addResident(resident(1), EntryMethod::Manual).tone, ScanOutcome::Tone::Refusal);
    QVERIFY(!f.service->openTubeSnapshot());
}

void TestScanRouter::cameraEntriesAreMarked() {
    StationFixture f;
    f.signIn();
    ScanRouter router(*f.service);
    QVERIFY(router.route(tubeCode(1), EntryMethod::Camera).recorded);
    QVERIFY(router.route(residentScan(1), EntryMethod::Camera).recorded);
    QVERIFY(router.addResident(resident(2), EntryMethod::Manual).recorded);
    const auto tube = f.service->openTubeSnapshot();
    QCOMPARE(tube->members.at(0).entryMethod, EntryMethod::Camera);
    QCOMPARE(tube->members.at(1).entryMethod, EntryMethod::Manual);
}

void TestScanRouter::refusalsNeverEchoTheScan_data() {
    QTest::addColumn<QString>("scan");
    QTest::addColumn<QString>("kind");

    ResidentCode badBirth = resident(60);
    // A 31st of February in the ID number, check character made to fit.
    const QString first17 = QStringLiteral("44010319800231060");
    badBirth.idNumber = first17 + gb11643CheckCharacter(first17);
    QTest::newRow("ID number") << residentCardNumber(42) << QStringLiteral("looks like an ID");
    QTest::newRow("web address")
        << QStringLiteral("https://hc.example.gov.cn/check?id=%1").arg(residentCardNumber(43))
        << QStringLiteral("web address");
    QTest::newRow("garbage") << QStringLiteral("9$7#5&3*1(8)6_4+2=0~9!7@5%3^1")
                             << QStringLiteral("29 characters");
    QTest::newRow("birth date in a resident code")
        << residentScan(badBirth) << QStringLiteral("birth date");
}

void TestScanRouter::refusalsNeverEchoTheScan() {
    QFETCH(QString, scan);
    QFETCH(QString, kind);
    StationFixture f;
    f.signIn();
    QVERIFY(f.service->openTube(tubeCode(1)).ok());
    ScanRouter router(*f.service);
    const ScanOutcome o = router.route(scan, EntryMethod::Scanner);
    QCOMPARE(o.tone, ScanOutcome::Tone::Refusal);
    QVERIFY2(o.message.contains(kind), qPrintable(o.message));
    // What kind of text it was, never its digits: not even three of them in a row.
    QString digits;
    for (const QChar c : scan) {
        if (c.isDigit())
            digits += c;
    }
    for (qsizetype i = 0; i + 3 <= digits.size(); ++i)
        QVERIFY2(!o.message.contains(digits.mid(i, 3)), qPrintable(o.message));
    if (!scan.startsWith(QLatin1Char('{'))) {
        for (qsizetype i = 0; i + 4 <= scan.size(); ++i)
            QVERIFY2(!o.message.contains(scan.mid(i, 4)), qPrintable(o.message));
    }
}

void TestScanRouter::siteCheckDigitRefusesMisreadTubes_data() {
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("misread");
    QTest::addColumn<QString>("name");
    // Luhn: 79927398713 (ISO/IEC 7812-1); Damm: 5724; MOD 37-2: G123498654321H
    // (python-stdnum). The misreads differ in one character.
    QTest::newRow("luhn") << QStringLiteral("luhn") << QStringLiteral("TB79927398713")
                          << QStringLiteral("TB79927398718") << QStringLiteral("Luhn");
    QTest::newRow("damm") << QStringLiteral("damm") << QStringLiteral("TB00005724")
                          << QStringLiteral("TB00005274") << QStringLiteral("Damm");
    QTest::newRow("mod37-2") << QStringLiteral("mod37-2") << QStringLiteral("G123498654321H")
                             << QStringLiteral("G123498654321Y")
                             << QStringLiteral("ISO 7064 MOD 37-2");
}

void TestScanRouter::siteCheckDigitRefusesMisreadTubes() {
    QFETCH(QString, scheme);
    QFETCH(QString, right);
    QFETCH(QString, misread);
    QFETCH(QString, name);
    StationFixture f;
    f.signIn();
    // The site's rule, stored with the station (as the settings dialog does) and read back.
    StationIdentity identity = *f.store->identity();
    identity.patterns.tube = QStringLiteral("^[A-Z]{0,4}[0-9A-Z]{4,16}$");
    identity.patterns.tubeCheckDigit = *checkdigit::fromKey(scheme);
    QVERIFY(f.store->updateIdentity(identity, f.service->currentOperator()).ok());
    f.service->setIdentity(*f.store->identity());
    QCOMPARE(f.service->identity().patterns.tubeCheckDigit, identity.patterns.tubeCheckDigit);

    ScanRouter router(*f.service);
    ScanOutcome o = router.route(misread, EntryMethod::Scanner);
    QCOMPARE(o.tone, ScanOutcome::Tone::Refusal);
    QVERIFY2(o.message.contains(QStringLiteral("(%1)").arg(name)), qPrintable(o.message));
    QVERIFY(o.message.contains(misread));
    QVERIFY(!f.service->openTubeSnapshot());
    // The service refuses it too, whoever asks.
    QVERIFY(!f.service->openTube(misread).ok());

    o = router.route(right, EntryMethod::Scanner);
    QCOMPARE(o.tone, ScanOutcome::Tone::Success);
    QCOMPARE(f.service->openTubeSnapshot()->code, right);
    // A station-generated code keeps its own Damm check digit under any site scheme.
    const auto voided = f.service->voidTube(right, QStringLiteral("wrong tube taken"));
    QVERIFY2(voided.ok(), qPrintable(voided.message()));
    const QString generated = *stationtubecode::format(3, 1);
    o = router.route(generated, EntryMethod::Scanner);
    QVERIFY2(o.tone == ScanOutcome::Tone::Success, qPrintable(o.message));
}

namespace {
// The province's signing key in these tests, and another one (a forger's).
const ed25519::KeyPair &provinceKeys() {
    static const ed25519::KeyPair keys = ed25519::generateKeyPair();
    return keys;
}
const ed25519::KeyPair &forgerKeys() {
    static const ed25519::KeyPair keys = ed25519::generateKeyPair();
    return keys;
}
} // namespace

enum SignedAs { Province, Forger, Altered, Unsigned };

void TestScanRouter::residentCodesAsTheSiteTrusts_data() {
    QTest::addColumn<bool>("keyKnown");
    QTest::addColumn<bool>("acceptUnsigned");
    QTest::addColumn<int>("signedAs");
    QTest::addColumn<QString>("refusal"); // empty: recorded
    const QString forged = QStringLiteral("may be forged");
    const QString notSigned = QStringLiteral("not signed");
    const QString noKey = QStringLiteral("no province key");
    QTest::newRow("province's signature") << true << false << int(Province) << QString();
    QTest::newRow("forger's signature") << true << false << int(Forger) << forged;
    QTest::newRow("altered after signing") << true << false << int(Altered) << forged;
    QTest::newRow("unsigned, site refuses") << true << false << int(Unsigned) << notSigned;
    QTest::newRow("unsigned, site accepts") << true << true << int(Unsigned) << QString();
    QTest::newRow("forged, site accepts unsigned") << true << true << int(Forger) << forged;
    QTest::newRow("no key, unsigned accepted") << false << true << int(Unsigned) << QString();
    QTest::newRow("no key, signed accepted") << false << true << int(Forger) << QString();
    QTest::newRow("no key, site refuses unsigned") << false << false << int(Province) << noKey;
}

void TestScanRouter::residentCodesAsTheSiteTrusts() {
    QFETCH(bool, keyKnown);
    QFETCH(bool, acceptUnsigned);
    QFETCH(int, signedAs);
    QFETCH(QString, refusal);
    StationFixture f;
    f.signIn();
    QVERIFY(f.service->openTube(tubeCode(1)).ok());
    ScanRouter router(*f.service);
    router.setResidentCodeTrust(keyKnown ? provinceKeys().publicKey : QByteArray(), acceptUnsigned);

    const ResidentCode person = resident(7, QStringLiteral("张三"));
    QString scan;
    switch (signedAs) {
    case Province:
        scan = QString::fromUtf8(encodeResidentCode(person, provinceKeys().secretKey));
        break;
    case Forger:
        scan = QString::fromUtf8(encodeResidentCode(person, forgerKeys().secretKey));
        break;
    case Altered:
        // Signed by the province for someone else, then the name changed.
        scan = QString::fromUtf8(encodeResidentCode(resident(7, QStringLiteral("李四")),
                                                    provinceKeys().secretKey))
                   .replace(QStringLiteral("李四"), person.name);
        break;
    default:
        scan = residentScan(person);
    }
    const ScanOutcome o = router.route(scan, EntryMethod::Scanner);
    if (refusal.isEmpty()) {
        QVERIFY2(o.recorded, qPrintable(o.message));
        QCOMPARE(f.service->openTubeSnapshot()->count(), 1);
        return;
    }
    // Refused loudly (the banner's refusal: red, with its sound), nothing written, and
    // nothing of the person said.
    QCOMPARE(o.tone, ScanOutcome::Tone::Refusal);
    QVERIFY(!o.recorded);
    QVERIFY2(o.message.contains(refusal), qPrintable(o.message));
    QVERIFY(o.message.contains(QStringLiteral("ID card")));
    QVERIFY(!o.message.contains(person.name));
    QVERIFY(!o.message.contains(person.idNumber.right(4)));
    QCOMPARE(f.service->openTubeSnapshot()->count(), 0);
}

// A tester scanned the open tube's code again and got the red refusal with its alarm, for a
// harmless double scan: it is amber, says where the table is, and changes nothing.
void TestScanRouter::theOpenTubeScannedAgainIsNotARefusal() {
    StationFixture f;
    f.signIn();
    ScanRouter router(*f.service);
    QVERIFY(router.route(tubeCode(1), EntryMethod::Scanner).recorded);
    QVERIFY(router.route(residentScan(1), EntryMethod::Scanner).recorded);
    const ScanOutcome again = router.route(tubeCode(1), EntryMethod::Scanner);
    QCOMPARE(again.tone, ScanOutcome::Tone::Attention);
    QVERIFY(!again.recorded);
    QVERIFY2(again.message.contains(tubeCode(1)) && again.message.contains(QLatin1String("1 / ")),
             qPrintable(again.message));
    const auto tube = f.service->openTubeSnapshot();
    QVERIFY(tube);
    QCOMPARE(tube->code, tubeCode(1));
    QCOMPARE(tube->count(), 1);
}

QTEST_GUILESS_MAIN(TestScanRouter)
#include "tst_scanrouter.moc"
