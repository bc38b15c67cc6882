// SPDX-License-Identifier: GPL-3.0-or-later
// The province's resident-code key on the wire (docs/sync-protocol.md): the field the
// server's enrollment and batch answers carry, as the station reads it, including values
// that are not a key; and the fingerprint people compare over the phone.
#include "protocol/ResidentCodeKey.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTest>

using namespace station::protocol;

namespace {

const QByteArray kHex =
    QByteArrayLiteral("3b6a27bcceb6a42d62a3a8d02a6f0d73653215771de243a63ac048a18b59da29");

QByteArray answerWith(const QByteArray &fieldJson) {
    return QByteArrayLiteral(R"({"device_token":"tok","site":"GZ-TH-017")") +
           (fieldJson.isEmpty() ? QByteArray() : ",\"resident_code_public_key\":" + fieldJson) +
           '}';
}

} // namespace

class tst_ResidentCodeKey : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void announcedKey_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("state");
        using S = AnnouncedCodeKey::State;
        QTest::newRow("key") << answerWith('"' + kHex + '"') << int(S::Valid);
        QTest::newRow("upper case") << answerWith('"' + kHex.toUpper() + '"') << int(S::Valid);
        QTest::newRow("absent") << answerWith({}) << int(S::Absent);
        QTest::newRow("null") << answerWith("null") << int(S::Absent);
        QTest::newRow("empty text") << answerWith(R"("")") << int(S::Malformed);
        QTest::newRow("too short") << answerWith('"' + kHex.left(62) + '"') << int(S::Malformed);
        QTest::newRow("too long") << answerWith('"' + kHex + "00\"") << int(S::Malformed);
        QTest::newRow("not hex") << answerWith('"' + kHex.left(63) + "z\"") << int(S::Malformed);
        QTest::newRow("spaces") << answerWith("\" " + kHex + "\"") << int(S::Malformed);
        QTest::newRow("base64") << answerWith(R"("O2onvM62pC1io6jQKm8Nc2UyFXcd4kOmOsBIoYtZ2ik")")
                                << int(S::Malformed);
        QTest::newRow("number") << answerWith("42") << int(S::Malformed);
        QTest::newRow("list") << answerWith("[\"" + kHex + "\"]") << int(S::Malformed);
        QTest::newRow("not JSON") << QByteArray("resident_code_public_key=" + kHex)
                                  << int(S::Absent);
    }

    void announcedKey() {
        QFETCH(QByteArray, body);
        QFETCH(int, state);
        const AnnouncedCodeKey announced = announcedResidentCodeKey(body);
        QCOMPARE(int(announced.state), state);
        if (announced.state == AnnouncedCodeKey::State::Valid)
            QCOMPARE(announced.key, QByteArray::fromHex(kHex));
        else
            QVERIFY(announced.key.isEmpty());
    }

    void serverAnnouncesWhatStationReads() {
        QJsonObject answer{{QStringLiteral("device_token"), QStringLiteral("tok")}};
        announceResidentCodeKey(&answer, QByteArray::fromHex(kHex));
        const QByteArray body = QJsonDocument(answer).toJson(QJsonDocument::Compact);
        const AnnouncedCodeKey announced = announcedResidentCodeKey(body);
        QCOMPARE(int(announced.state), int(AnnouncedCodeKey::State::Valid));
        QCOMPARE(announced.key, QByteArray::fromHex(kHex));

        QJsonObject none{{QStringLiteral("device_token"), QStringLiteral("tok")}};
        announceResidentCodeKey(&none, {});
        QVERIFY(!none.contains(QStringLiteral("resident_code_public_key")));
    }

    void keyFromHexFile() {
        QCOMPARE(residentCodeKeyFromHex(QString::fromLatin1(kHex + '\n')),
                 std::optional<QByteArray>(QByteArray::fromHex(kHex)));
        QVERIFY(!residentCodeKeyFromHex(QString()).has_value());
        QVERIFY(!residentCodeKeyFromHex(QString::fromLatin1(kHex + kHex)).has_value());
        QVERIFY(!residentCodeKeyFromHex(QString::fromLatin1(kHex.left(63) + 'x')).has_value());
    }

    void fingerprintIsReadableAloud() {
        const QString fingerprint = residentCodeKeyFingerprint(QByteArray::fromHex(kHex));
        // Four groups of four upper-case hex digits: the first 16 of SHA-256 of the key.
        QCOMPARE(fingerprint.size(), 19);
        const QString expected = QString::fromLatin1(
            QCryptographicHash::hash(QByteArray::fromHex(kHex), QCryptographicHash::Sha256)
                .toHex()
                .left(16)
                .toUpper());
        QCOMPARE(QString(fingerprint).remove(QLatin1Char(' ')), expected);
        QCOMPARE(fingerprint.count(QLatin1Char(' ')), 3);
        QVERIFY(residentCodeKeyFingerprint({}).isEmpty());
        QVERIFY(residentCodeKeyFingerprint(QByteArray(32, '\x01')) != fingerprint);
    }
};

QTEST_GUILESS_MAIN(tst_ResidentCodeKey)
#include "tst_residentcodekey.moc"
