// SPDX-License-Identifier: GPL-3.0-or-later
// Acknowledging an audit-anchor mismatch: an operator with a reason clears it in one
// transaction (a signed audit row, an outbox record, the log anchored anew); `check` then
// names the earlier mismatch as acknowledged instead of failing, and a later mismatch is
// reported again.
#include "core/sampling/SamplingService.h"
#include "core/security/PersonalDataAccess.h"
#include "core/storage/Database.h"
#include "core/storage/IntegrityCheck.h"
#include "core/storage/StationPaths.h"
#include "core/storage/StationStore.h"
#include "core/sync/AnchorAcknowledgement.h"
#include "core/sync/AuditAnchor.h"
#include "tests/support/TempStation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

const QDateTime kAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

int rows(Database &db, const QString &sql) {
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestAnchorAcknowledgement : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void mismatchIsAcknowledgedAndAnchoredAnew();
    void nothingToAcknowledgeIsRefused();
    void reasonAndOperatorAreRequired();
    void laterMismatchIsReportedAgain();

private:
    // The server confirms a head beyond the log (a station restored from an older backup).
    void serverHoldsMoreThanTheLog();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::shared_ptr<PersonalDataCodec> m_codec;
    StationIdentity m_identity;
    OperatorRef m_operator;
};

void TestAnchorAcknowledgement::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(databasePath(m_dir->path())).ok());
    StationStore store(*m_db);
    QVERIFY(
        store
            .provision(testIdentity(5),
                       {QStringLiteral("S001"), QStringLiteral("李护士"), QStringLiteral("246810")},
                       kTestSitePassphrase, PassphraseCost::minimal())
            .ok());
    auto codec = unlockPersonalData(*m_db, kTestSitePassphrase);
    QVERIFY2(codec.ok(), qPrintable(codec.message()));
    m_codec = codec.value();
    m_db->setAuditSigner(m_codec);
    const auto op = store.signIn(QStringLiteral("S001"), QStringLiteral("246810"));
    QVERIFY(op.ok());
    m_operator = op.value();
    m_identity = *store.identity();
    SamplingService s(*m_db, *m_codec, m_identity);
    s.setOperator(m_operator);
    QVERIFY(s.openTube(tubeCode(1)).ok());
    for (int i = 1; i <= 3; ++i)
        QVERIFY(s.addResident(makeResident(i), EntryMethod::Scanner).ok());
    // Synchronised: the server confirmed the current head.
    QSqlError error;
    const auto head = currentAuditHead(m_db->connection(), &error);
    QVERIFY(head);
    QVERIFY(!saveAuditAnchor(m_db->connection(), *head, kAt).isValid());
    QVERIFY(checkIntegrity(*m_db, m_codec.get()).ok());
}

void TestAnchorAcknowledgement::cleanup() {
    m_codec.reset();
    m_db.reset();
    m_dir.reset();
}

void TestAnchorAcknowledgement::serverHoldsMoreThanTheLog() {
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE audit_anchor SET seq = seq + 40, mac = '%1'")
                       .arg(QString(64, QLatin1Char('e')))));
}

void TestAnchorAcknowledgement::mismatchIsAcknowledgedAndAnchoredAnew() {
    serverHoldsMoreThanTheLog();
    QSqlError error;
    const auto anchored = savedAuditAnchor(m_db->connection(), &error);
    QVERIFY(anchored);
    const auto headBefore = currentAuditHead(m_db->connection(), &error);
    QVERIFY(headBefore);
    IntegrityReport r = checkIntegrity(*m_db, m_codec.get());
    QVERIFY(r.has(integrity::kAuditAnchorMismatch));
    QCOMPARE(r.problems.size(), 1);
    QVERIFY(r.acknowledged.isEmpty());
    const int outboxBefore = rows(*m_db, QStringLiteral("SELECT count(*) FROM outbox"));

    const auto done =
        acknowledgeAnchorMismatch(*m_db, *m_codec, m_identity, m_operator,
                                  QStringLiteral("  restored from the morning backup "), kAt);
    QVERIFY2(done.ok(), qPrintable(done.message()));
    QCOMPARE(done->anchor, *anchored);
    QCOMPARE(done->head, *headBefore);
    QCOMPARE(done->reason, QStringLiteral("restored from the morning backup"));
    QCOMPARE(done->auditRow, headBefore->seq + 1);

    // One signed audit row (who, when, why, old anchor, head) and one outbox record.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT operator_id, at, action, detail, mac FROM audit_log "
                                  "ORDER BY id DESC LIMIT 1")) &&
            q.next());
    QCOMPARE(q.value(0).toLongLong(), m_operator.id);
    QCOMPARE(q.value(2).toString(), QStringLiteral("audit.anchor_acknowledged"));
    const QJsonObject detail = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    QCOMPARE(detail.value(QStringLiteral("anchor_seq")).toInteger(), anchored->seq);
    QCOMPARE(detail.value(QStringLiteral("anchor_mac")).toString(), anchored->mac);
    QCOMPARE(detail.value(QStringLiteral("head_seq")).toInteger(), headBefore->seq);
    QCOMPARE(detail.value(QStringLiteral("reason")).toString(),
             QStringLiteral("restored from the morning backup"));
    QVERIFY(!q.value(4).toString().isEmpty());
    QCOMPARE(rows(*m_db, QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore + 1);
    QCOMPARE(rows(*m_db, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = "
                                        "'audit.anchor_acknowledged' AND state = 'pending'")),
             1);
    // Anchored anew at the acknowledgement.
    const auto anchor = savedAuditAnchor(m_db->connection(), &error);
    const auto head = currentAuditHead(m_db->connection(), &error);
    QVERIFY(anchor && head);
    QCOMPARE(*anchor, *head);
    QCOMPARE(anchor->seq, done->auditRow);

    // The deep check passes (the row's MAC verifies, the record opens) and names it.
    r = checkIntegrity(*m_db, m_codec.get());
    QVERIFY2(r.ok(), qPrintable(r.problems.join(QLatin1Char('\n'))));
    QCOMPARE(r.acknowledged.size(), 1);
    QVERIFY2(r.acknowledged.first().contains(QStringLiteral("李护士 (S001)")),
             qPrintable(r.acknowledged.first()));
    QVERIFY(r.acknowledged.first().contains(QStringLiteral("restored from the morning backup")));
    QVERIFY(r.acknowledged.first().contains(QString::number(anchored->seq)));
    // Sync treats that head as acknowledged.
    const auto listed = anchorAcknowledgements(m_db->connection(), &error);
    QVERIFY(!error.isValid());
    QVERIFY(anchorAcknowledged(listed, *anchored));
    QVERIFY(!anchorAcknowledged(listed, *headBefore));
}

void TestAnchorAcknowledgement::nothingToAcknowledgeIsRefused() {
    const int before = rows(*m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
    auto refused = acknowledgeAnchorMismatch(*m_db, *m_codec, m_identity, m_operator,
                                             QStringLiteral("just in case"), kAt);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.code(), ErrorCode::InvalidInput);
    // Nor before any sync.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_anchor")));
    refused = acknowledgeAnchorMismatch(*m_db, *m_codec, m_identity, m_operator,
                                        QStringLiteral("just in case"), kAt);
    QCOMPARE(refused.code(), ErrorCode::InvalidInput);
    QCOMPARE(rows(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")), before);
}

void TestAnchorAcknowledgement::reasonAndOperatorAreRequired() {
    serverHoldsMoreThanTheLog();
    const int before = rows(*m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
    auto refused = acknowledgeAnchorMismatch(*m_db, *m_codec, m_identity, m_operator,
                                             QStringLiteral(" "), kAt);
    QCOMPARE(refused.code(), ErrorCode::ReasonRequired);
    refused = acknowledgeAnchorMismatch(*m_db, *m_codec, m_identity, OperatorRef{},
                                        QStringLiteral("looked into"), kAt);
    QCOMPARE(refused.code(), ErrorCode::NoOperator);
    QCOMPARE(rows(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")), before);
    QVERIFY(checkIntegrity(*m_db).has(integrity::kAuditAnchorMismatch));
}

void TestAnchorAcknowledgement::laterMismatchIsReportedAgain() {
    serverHoldsMoreThanTheLog();
    QVERIFY(acknowledgeAnchorMismatch(*m_db, *m_codec, m_identity, m_operator,
                                      QStringLiteral("restored"), kAt)
                .ok());
    QVERIFY(checkIntegrity(*m_db).ok());
    // Then the log is cut below the new anchor: a new mismatch, not covered by the first.
    serverHoldsMoreThanTheLog();
    const IntegrityReport r = checkIntegrity(*m_db);
    QVERIFY(r.has(integrity::kAuditAnchorMismatch));
    QCOMPARE(r.acknowledged.size(), 1);
}

QTEST_GUILESS_MAIN(TestAnchorAcknowledgement)
#include "tst_anchor_acknowledgement.moc"
