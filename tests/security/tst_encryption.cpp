// SPDX-License-Identifier: GPL-3.0-or-later
// Encryption at rest: the codec, the keyring, and retention.
#include "core/sampling/RecordExport.h"
#include "core/security/EncryptedPersonalDataCodec.h"
#include "core/security/PersonalDataAccess.h"
#include "core/security/StationKeyring.h"
#include "core/storage/Journal.h"
#include "tests/support/TempStation.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace station;
using namespace station::test;

namespace {
const QDate kDay(2026, 5, 12);
}

class TestEncryption : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void codecRoundTripAndBinding() {
        const SecretKey key = SecretKey::random();
        EncryptedPersonalDataCodec codec(key);
        const QString name = QStringLiteral("陈秀英");
        const QByteArray sealed =
            codec.seal(name, QStringLiteral("uuid-1"), QStringLiteral("name"), kDay);
        QVERIFY(!sealed.contains(name.toUtf8()));
        QCOMPARE(codec.open(sealed, QStringLiteral("uuid-1"), QStringLiteral("name")),
                 std::optional<QString>(name));
        // Random nonces: the same value never encrypts to the same bytes.
        QVERIFY(codec.seal(name, QStringLiteral("uuid-1"), QStringLiteral("name"), kDay) != sealed);
        // Moved to another row or column, or tampered with: it does not open.
        QVERIFY(!codec.open(sealed, QStringLiteral("uuid-2"), QStringLiteral("name")));
        QVERIFY(!codec.open(sealed, QStringLiteral("uuid-1"), QStringLiteral("phone")));
        QByteArray tampered = sealed;
        tampered[tampered.size() - 1] = char(tampered.at(tampered.size() - 1) ^ 1);
        QVERIFY(!codec.open(tampered, QStringLiteral("uuid-1"), QStringLiteral("name")));
        QVERIFY(!codec.open(QByteArray(), QStringLiteral("uuid-1"), QStringLiteral("name")));
        // Another key opens nothing.
        EncryptedPersonalDataCodec other(SecretKey::random());
        QVERIFY(!other.open(sealed, QStringLiteral("uuid-1"), QStringLiteral("name")));
        // Moved to another day (its day bytes changed): it does not open either.
        QByteArray otherDay = sealed;
        QCOMPARE(otherDay.at(0), EncryptedPersonalDataCodec::kFormatDayKey);
        otherDay[4] = char(otherDay.at(4) ^ 1);
        QVERIFY(!codec.open(otherDay, QStringLiteral("uuid-1"), QStringLiteral("name")));
    }

    void personKeyIsKeyedAndStable() {
        const SecretKey key = SecretKey::random();
        EncryptedPersonalDataCodec a(key);
        // The same data key and the same stored chain: the same person keys.
        const auto chain = a.storedDayKeyChain(*a.firstKeptDay());
        QVERIFY(chain);
        EncryptedPersonalDataCodec b(key, chain);
        QVERIFY(b.isValid());
        EncryptedPersonalDataCodec other(SecretKey::random());
        const QString id = residentCardNumber(1);
        const auto pk = [&](const EncryptedPersonalDataCodec &c, IdType t, const QDate &d) {
            return c.personKey(t, id, d);
        };
        QCOMPARE(pk(a, IdType::ResidentCard, kDay), pk(b, IdType::ResidentCard, kDay));
        QVERIFY(pk(a, IdType::ResidentCard, kDay) != pk(other, IdType::ResidentCard, kDay));
        QVERIFY(pk(a, IdType::ResidentCard, kDay) != pk(a, IdType::Passport, kDay));
        // Unlinkable across days: each day has its own index key.
        QVERIFY(pk(a, IdType::ResidentCard, kDay) != pk(a, IdType::ResidentCard, kDay.addDays(1)));
        QVERIFY(!pk(a, IdType::ResidentCard, kDay).contains(id));
        PlaintextPersonalDataCodec plain;
        QVERIFY(pk(a, IdType::ResidentCard, kDay) !=
                plain.personKey(IdType::ResidentCard, id, kDay));
        // The same data key with another chain: other keys. A chain under another data key
        // does not open.
        EncryptedPersonalDataCodec fresh(key);
        QVERIFY(pk(a, IdType::ResidentCard, kDay) != pk(fresh, IdType::ResidentCard, kDay));
        QVERIFY(!EncryptedPersonalDataCodec(SecretKey::random(), chain).isValid());
    }

    void keyringCreateUnlockChange() {
        // A bare database: a provisioned station has its key already.
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("station.sqlite3"))).ok());
        StationKeyring keyring(db);
        QVERIFY(!keyring.exists());
        QCOMPARE(keyring.create(QStringLiteral("short")).code(), ErrorCode::InvalidInput);
        QVERIFY(keyring.create(QStringLiteral("correct horse battery")).ok());
        QVERIFY(keyring.exists());
        QVERIFY(!keyring.create(QStringLiteral("another passphrase")).ok());
        auto wrong = keyring.unlock(QStringLiteral("wrong passphrase"));
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.message().contains(QLatin1String("passphrase is wrong")));
        auto key = keyring.unlock(QStringLiteral("correct horse battery"));
        QVERIFY(key.ok());
        EncryptedPersonalDataCodec codec(key.value());
        const QByteArray sealed =
            codec.seal(QStringLiteral("x"), QStringLiteral("u"), QStringLiteral("c"), kDay);
        // A new passphrase wraps the same data key: old data still opens.
        QVERIFY(keyring
                    .changePassphrase(QStringLiteral("correct horse battery"),
                                      QStringLiteral("new site passphrase"))
                    .ok());
        QVERIFY(!keyring.unlock(QStringLiteral("correct horse battery")).ok());
        auto again = keyring.unlock(QStringLiteral("new site passphrase"));
        QVERIFY(again.ok());
        EncryptedPersonalDataCodec codec2(again.value(),
                                          codec.storedDayKeyChain(*codec.firstKeptDay()));
        QCOMPARE(codec2.open(sealed, QStringLiteral("u"), QStringLiteral("c")),
                 std::optional<QString>(QStringLiteral("x")));
        // The new wrapping has the station's (raised) cost, stored with it.
        const Result<WrappedDataKey> stored = keyring.wrappedKey();
        QVERIFY(stored.ok());
        QCOMPARE(stored->opslimit, PassphraseCost::station().opslimit);
        QCOMPARE(stored->memlimit, PassphraseCost::station().memlimit);
        // The wrapped key in the database is not the data key.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT wrapped_key FROM keyring")) && q.next());
        QVERIFY(!q.value(0).toByteArray().contains(
            QByteArray(reinterpret_cast<const char *>(again.value().data()), 32)));
    }

    void keysWrappedAtAnOlderCostStillOpen() {
        // Keys wrapped before the cost was raised carry their own parameters.
        const PassphraseCost before{crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                    crypto_pwhash_MEMLIMIT_INTERACTIVE};
        const Result<WrappedDataKey> old =
            StationKeyring::wrapNewDataKey(QStringLiteral("correct horse battery"), before);
        QVERIFY(old.ok());
        QCOMPARE(old->opslimit, before.opslimit);
        QVERIFY(openPersonalData(old.value(), QStringLiteral("correct horse battery")).ok());
        QVERIFY(!openPersonalData(old.value(), QStringLiteral("wrong passphrase")).ok());
    }

    void unlockRefusesAStationWithoutKey() {
        TempStation st;
        QVERIFY(!unlockPersonalData(st.db(), QStringLiteral("nope nope")).ok());
        auto enc = unlockPersonalData(st.db(), kTestSitePassphrase);
        QVERIFY(enc.ok());
        QVERIFY(dynamic_cast<EncryptedPersonalDataCodec *>(enc.value().get()));
        // Without its key (deleted, or a station from before encryption) nothing opens, whatever
        // the passphrase, and the message says how to recover.
        QSqlQuery q(st.db().connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM keyring")));
        for (const QString &passphrase :
             {QString(), QStringLiteral("nope nope"), kTestSitePassphrase}) {
            const auto refused = unlockPersonalData(st.db(), passphrase);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.code(), ErrorCode::NotProvisioned);
            QVERIFY2(refused.message().contains(QLatin1String("backup")),
                     qPrintable(refused.message()));
        }
    }

    void outboxPayloadIsSealedAndHashedInTheClear() {
        TempStation st;
        EncryptedPersonalDataCodec codec(SecretKey::random());
        SamplingService s(st.db(), codec, *st.store().identity(), st.clock());
        s.setOperator(st.op());
        QVERIFY(s.openTube(tubeCode(1)).ok());
        const ResidentCode r = makeResident(4);
        QVERIFY(s.addResident(r, EntryMethod::Scanner).ok());
        QSqlQuery q(st.db().connection());
        QVERIFY(
            q.exec(QStringLiteral(
                "SELECT uuid, payload, content_hash FROM outbox WHERE kind = 'sample.taken'")) &&
            q.next());
        const QByteArray stored = q.value(1).toByteArray();
        QVERIFY(!stored.contains(r.idNumber.toUtf8()));
        const auto json = outboxPayloadBytes(codec, stored, q.value(0).toString());
        QVERIFY(json.has_value());
        QVERIFY(json->contains(r.idNumber.toUtf8()));
        QCOMPARE(q.value(2).toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(*json, QCryptographicHash::Sha256).toHex()));
    }
};

QTEST_GUILESS_MAIN(TestEncryption)
#include "tst_encryption.moc"
