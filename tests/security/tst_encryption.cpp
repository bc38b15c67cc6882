// SPDX-License-Identifier: GPL-3.0-or-later
// Encryption at rest: the codec, the keyring, and retention.
#include "core/sampling/RecordExport.h"
#include "core/security/EncryptedPersonalDataCodec.h"
#include "core/security/PersonalDataAccess.h"
#include "core/security/RetentionPurge.h"
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

class TestEncryption : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void codecRoundTripAndBinding() {
        const SecretKey key = SecretKey::random();
        EncryptedPersonalDataCodec codec(key);
        const QString name = QStringLiteral("陈秀英");
        const QByteArray sealed =
            codec.seal(name, QStringLiteral("uuid-1"), QStringLiteral("name"));
        QVERIFY(!sealed.contains(name.toUtf8()));
        QCOMPARE(codec.open(sealed, QStringLiteral("uuid-1"), QStringLiteral("name")),
                 std::optional<QString>(name));
        // Random nonces: the same value never encrypts to the same bytes.
        QVERIFY(codec.seal(name, QStringLiteral("uuid-1"), QStringLiteral("name")) != sealed);
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
    }

    void personKeyIsKeyedAndStable() {
        const SecretKey key = SecretKey::random();
        EncryptedPersonalDataCodec a(key);
        EncryptedPersonalDataCodec b(key);
        EncryptedPersonalDataCodec other(SecretKey::random());
        const QString id = residentCardNumber(1);
        QCOMPARE(a.personKey(IdType::ResidentCard, id), b.personKey(IdType::ResidentCard, id));
        QVERIFY(a.personKey(IdType::ResidentCard, id) != other.personKey(IdType::ResidentCard, id));
        QVERIFY(a.personKey(IdType::ResidentCard, id) != a.personKey(IdType::Passport, id));
        QVERIFY(!a.personKey(IdType::ResidentCard, id).contains(id));
        PlaintextPersonalDataCodec plain;
        QVERIFY(a.personKey(IdType::ResidentCard, id) != plain.personKey(IdType::ResidentCard, id));
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
            codec.seal(QStringLiteral("x"), QStringLiteral("u"), QStringLiteral("c"));
        // A new passphrase wraps the same data key: old data still opens.
        QVERIFY(keyring
                    .changePassphrase(QStringLiteral("correct horse battery"),
                                      QStringLiteral("new site passphrase"))
                    .ok());
        QVERIFY(!keyring.unlock(QStringLiteral("correct horse battery")).ok());
        auto again = keyring.unlock(QStringLiteral("new site passphrase"));
        QVERIFY(again.ok());
        EncryptedPersonalDataCodec codec2(again.value());
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

    void retentionErasesAcknowledgedPersonalData() {
        TempStation st;
        EncryptedPersonalDataCodec codec(SecretKey::random());
        SamplingService s(st.db(), codec, *st.store().identity(), st.clock());
        s.setOperator(st.op());
        QVERIFY(s.openTube(tubeCode(1), 5).ok());
        for (int i = 1; i <= 3; ++i)
            QVERIFY(s.addResident(makeResident(i), EntryMethod::Scanner).ok());
        QSqlQuery q(st.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id_number FROM samples ORDER BY id")));
        QList<QByteArray> ciphertexts;
        while (q.next())
            ciphertexts << q.value(0).toByteArray();
        QCOMPARE(ciphertexts.size(), 3);
        // The server acknowledged the first two samples 15 days ago; the third not yet.
        const QString ackedAt = isoUtc(st.now().addDays(-15));
        QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET state = 'acked', acked_at = '%1' WHERE "
                                      "uuid IN (SELECT uuid FROM samples WHERE position <= 2)")
                           .arg(ackedAt)));
        // Unacknowledged payloads are never erased.
        QVERIFY(!q.exec(QStringLiteral("UPDATE outbox SET payload = X'' WHERE state = 'pending'")));

        auto purged = purgeAcknowledgedPersonalData(st.db(), 14, st.clock(), st.op().id);
        QVERIFY2(purged.ok(), qPrintable(purged.message()));
        QCOMPARE(purged->samples, 2);
        QCOMPARE(purged->outboxRecords, 2);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM samples WHERE purged_at IS NOT NULL "
                                      "AND length(id_number) = 0 AND phone IS NULL")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        // The masked ID stays for the record; the erased ciphertext is gone from the files.
        QCOMPARE(exportSamples(st.db()).size(), 3);
        const QString path = st.db().path();
        for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(ciphertexts[0]), qPrintable(file));
            QVERIFY2(!bytes.contains(ciphertexts[1]), qPrintable(file));
        }
        QVERIFY(!codec.open(QByteArray(), QString(), QString()));
        // A second run finds nothing more to erase.
        QCOMPARE(purgeAcknowledgedPersonalData(st.db(), 14, st.clock())->samples, 0);
        QCOMPARE(
            st.rows(QStringLiteral("audit_log"), QStringLiteral("action = 'retention.purged'")), 1);
    }
};

QTEST_GUILESS_MAIN(TestEncryption)
#include "tst_encryption.moc"
