// SPDX-License-Identifier: GPL-3.0-or-later
// The ingest's person key under a key set up once (server/PersonKeyHmac) is the protocol's
// site person key: the same hex for every key, ID type and number tried (lower case
// numbers, other scripts, long keys), and nothing under an empty key.
#include "protocol/SitePersonKey.h"
#include "server/PersonKeyHmac.h"

#include <QRandomGenerator>
#include <QTest>

using station::server::PersonKeyHmac;

class TstPersonKeyHmac : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameAsProtocol() {
        QRandomGenerator random(20261204);
        const QList<QPair<QString, QString>> people{
            {QStringLiteral("01"), QStringLiteral("440105199001011234")},
            {QStringLiteral("01"), QStringLiteral("44010519900101123x")},
            {QStringLiteral("03"), QStringLiteral("e12345678")},
            {QStringLiteral("99"), QStringLiteral("证件-ü-123")},
            {QStringLiteral(""), QStringLiteral("")},
            {QStringLiteral("01"), QString(200, QLatin1Char('7'))}};
        for (int keyBytes : {32, 16, 64, 65, 100}) {
            QByteArray key(keyBytes, Qt::Uninitialized);
            for (char &c : key)
                c = char(random.bounded(256));
            const PersonKeyHmac hmac(key);
            for (const auto &[idType, idNumber] : people) {
                const QString expected = station::protocol::sitePersonKey(key, idType, idNumber);
                QCOMPARE(expected.size(), 64);
                QCOMPARE(hmac.of(idType, idNumber), expected);
            }
            // Each person's own: the state set up once is not changed by a use.
            QVERIFY(hmac.of(QStringLiteral("01"), QStringLiteral("1")) !=
                    hmac.of(QStringLiteral("01"), QStringLiteral("2")));
        }
        QVERIFY(
            PersonKeyHmac(QByteArray()).of(QStringLiteral("01"), QStringLiteral("1")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstPersonKeyHmac)
#include "tst_person_key_hmac.moc"
