// SPDX-License-Identifier: GPL-3.0-or-later
// The station's side of the site's staff list, in process: each staff change queues the
// member's whole entry in its own transaction (not an unlock: lock-outs are the table's own);
// an entry from the site is applied only when newer, in one transaction with its audit row
// and no operator.changed record; lock-out counters stay; the last administrator is kept.
// The first operator is queued by provisioning itself (or by the first pass, for a station
// provisioned before); an entry of another person with this table's staff id is refused and
// kept as a sync problem, a rename of the same adding applies.
#include "core/staff/SiteStaffList.h"
#include "core/staff/StaffService.h"
#include "core/storage/StationStore.h"
#include "core/sync/SiteNotes.h"
#include "tests/support/TempStation.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace station;
using namespace station::test;

namespace {

const QString kServer = QStringLiteral("https://hub.example:8443");

protocol::SiteStaffEntry remoteEntry(const QString &staffId, const QString &at, qint64 seq,
                                     const QString &role = QStringLiteral("lead")) {
    protocol::SiteStaffEntry e;
    e.staffId = staffId;
    e.name = QStringLiteral("王组长");
    e.role = role;
    e.active = true;
    e.pinVerifier = StationStore::hashPin(QStringLiteral("135792"));
    e.oneTimePin = false;
    e.changedAt = at;
    e.changedBy = QStringLiteral("S001");
    e.station = QStringLiteral("gz-th-0001-t02");
    e.seq = seq;
    return e;
}

} // namespace

class tst_SiteStaffList : public QObject {
    Q_OBJECT

    std::unique_ptr<TempStation> m_st;
    std::unique_ptr<StaffService> m_staff;
    std::unique_ptr<SiteStaffList> m_list;
    PlaintextPersonalDataCodec m_codec;

    int count(const QString &sql) {
        QSqlQuery q(m_st->db().connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
    QList<QueuedStaffEntry> queued() {
        QSqlError error;
        const QList<QueuedStaffEntry> list = m_list->pending(100, &error);
        if (error.isValid())
            qWarning() << error.text();
        return list;
    }

private Q_SLOTS:
    void init() {
        m_st = std::make_unique<TempStation>(5);
        QVERIFY(m_st->ok());
        m_staff = std::make_unique<StaffService>(m_st->db(), m_codec, *m_st->store().identity(),
                                                 m_st->clock());
        m_list = std::make_unique<SiteStaffList>(m_st->db(), m_st->clock());
        // Provisioning queued the first operator (firstOperatorIsOnTheSiteList): sent.
        QList<qint64> ids;
        for (const QueuedStaffEntry &q : queued())
            ids << q.id;
        QVERIFY(!m_list->forget(ids).isValid());
    }

    void firstOperatorIsOnTheSiteList() {
        // Provisioning queued them in its own transaction, with an origin of their own.
        TempStation fresh(5);
        QVERIFY(fresh.ok());
        SiteStaffList list(fresh.db(), fresh.clock());
        QSqlError error;
        QList<QueuedStaffEntry> pending = list.pending(10, &error);
        QCOMPARE(pending.size(), 1);
        const protocol::SiteStaffEntry &e = pending.first().entry;
        QCOMPARE(e.staffId, fresh.op().staffId);
        QCOMPARE(e.name, fresh.op().name);
        QCOMPARE(e.role, QStringLiteral("administrator"));
        QCOMPARE(e.station, fresh.store().identity()->deviceId);
        QVERIFY(e.changedBy.isEmpty()); // the site passphrase made them
        QVERIFY(!e.origin.isEmpty());
        QVERIFY(e.pinVerifier.startsWith(QLatin1String("$argon2id$")));
        Result<int> unlisted = list.queueUnlisted();
        QCOMPARE(unlisted.value(), 0);

        // A station provisioned before that: its first operator has no version yet. The first
        // pass queues them, once, with an audit row.
        QSqlQuery q(fresh.db().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE operators SET site_changed_at = NULL, "
                                      "site_changed_station = NULL, site_origin = NULL")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM site_staff_outbox")));
        unlisted = list.queueUnlisted();
        QVERIFY2(unlisted.ok(), qPrintable(unlisted.message()));
        QCOMPARE(unlisted.value(), 1);
        QCOMPARE(list.queueUnlisted().value(), 0);
        pending = list.pending(10, &error);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().entry.staffId, fresh.op().staffId);
        QVERIFY(!pending.first().entry.origin.isEmpty());
        QCOMPARE(fresh.rows(QStringLiteral("audit_log"),
                            QStringLiteral("action = 'operator.site_listed'")),
                 1);
    }

    // Review 36: table 2's S001 (another person, another PIN) never replaces this table's
    // S001, newer or not, unversioned or not; the table lists it with both names.
    void anotherPersonIsNeverTakenOver() {
        const QString admin = m_st->op().staffId;
        for (const bool unversioned : {true, false}) {
            // Unversioned (made by `init` before it was queued), or queued from here.
            QSqlQuery q(m_st->db().connection());
            q.prepare(QStringLiteral("UPDATE operators SET site_changed_at = ?, "
                                     "site_changed_station = ?, site_origin = ?"));
            q.addBindValue(unversioned ? QVariant(QMetaType::fromType<QString>())
                                       : QVariant(isoUtc(m_st->now())));
            q.addBindValue(unversioned ? QVariant(QMetaType::fromType<QString>())
                                       : QVariant(m_st->store().identity()->deviceId));
            q.addBindValue(unversioned ? QVariant(QMetaType::fromType<QString>())
                                       : QVariant(QStringLiteral("own-adding")));
            QVERIFY(q.exec());
            protocol::SiteStaffEntry e =
                remoteEntry(admin, isoUtc(m_st->now().addSecs(60)), unversioned ? 3 : 4,
                            QStringLiteral("administrator"));
            e.name = QStringLiteral("Nurse One");
            e.origin = QStringLiteral("another-adding");
            const Result<SiteStaffApplied> applied = m_list->apply(kServer, e);
            QVERIFY2(applied.ok(), qPrintable(applied.message()));
            QCOMPARE(applied.value(), SiteStaffApplied::AnotherPerson);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM operators WHERE name = '%1'")
                               .arg(m_st->op().name)),
                     1);
            QVERIFY(m_st->store().signIn(admin, QStringLiteral("246810")).ok());
            QSqlError error;
            QCOMPARE(m_list->afterSeq(kServer, &error), unversioned ? 3 : 4);
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                      "'operator.site_change_refused'")),
                 2);
        QSqlError error;
        const QList<SiteNote> notes = siteNotes(m_st->db(), &error);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().kind, QStringLiteral("staff_id_taken"));
        QCOMPARE(notes.first().uuid, admin);
        QCOMPARE(notes.first().otherName, QStringLiteral("Nurse One"));
        QCOMPARE(notes.first().ownName, m_st->op().name);
        QCOMPARE(siteNoteProblem(notes.first(), QStringLiteral("Table 2")),
                 QStringLiteral("Staff ID %1 is Nurse One at Table 2; this station's %1 is %2")
                     .arg(admin, m_st->op().name));
        QVERIFY(siteNoteAdvice(notes.first(), {}).contains(QLatin1String("F9")));

        // The server's list of collisions fills in the table it did not know.
        protocol::SiteStaffCollision c{admin,
                                       QStringLiteral("gz-th-0001-t02"),
                                       QStringLiteral("Table 2"),
                                       QStringLiteral("Nurse One"),
                                       m_st->store().identity()->deviceId,
                                       QStringLiteral("Table 5"),
                                       m_st->op().name};
        QCOMPARE(m_list->noteCollisions({c}).value(), 1);
        QCOMPARE(siteNotes(m_st->db(), &error).first().otherTable, QStringLiteral("Table 2"));
        QCOMPARE(m_list->noteCollisions({c}).value(), 0); // listed again: nothing new
        QCOMPARE(siteNotes(m_st->db(), &error).size(), 1);
    }

    // A lead at another table renamed someone added here: one adding, so it applies; so does
    // the same person set up at two tables (one name, two addings).
    void renamesOfOneAddingApply() {
        QVERIFY(m_staff
                    ->add({QStringLiteral("L1"), QStringLiteral("王组长"), StaffRole::Sampler,
                           QString()},
                          m_st->op())
                    .ok());
        const QString origin = queued().last().entry.origin;
        QVERIFY(!origin.isEmpty());
        protocol::SiteStaffEntry e =
            remoteEntry(QStringLiteral("L1"), isoUtc(m_st->now().addSecs(5)), 11);
        e.name = QStringLiteral("王组长明");
        e.origin = origin;
        QCOMPARE(m_list->apply(kServer, e).value(), SiteStaffApplied::Applied);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM operators WHERE name = '王组长明'")),
                 1);
        e.changedAt = isoUtc(m_st->now().addSecs(10));
        e.origin = QStringLiteral("set-up-at-table-2");
        e.seq = 12;
        QCOMPARE(m_list->apply(kServer, e).value(), SiteStaffApplied::Applied);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM operators WHERE site_origin = "
                                      "'set-up-at-table-2'")),
                 1);
        QSqlError error;
        QVERIFY(siteNotes(m_st->db(), &error).isEmpty());
    }

    void everyChangeIsQueuedWithItsVerifier() {
        const Result<IssuedPin> added = m_staff->add(
            {QStringLiteral("L1"), QStringLiteral("王组长"), StaffRole::SiteLead, QString()},
            m_st->op());
        QVERIFY2(added.ok(), qPrintable(added.message()));
        QList<QueuedStaffEntry> list = queued();
        QCOMPARE(list.size(), 1);
        const protocol::SiteStaffEntry &e = list.first().entry;
        QCOMPARE(e.staffId, QStringLiteral("L1"));
        QCOMPARE(e.role, QStringLiteral("lead"));
        QVERIFY(e.active);
        QVERIFY(e.oneTimePin);
        QVERIFY(StationStore::verifyPin(e.pinVerifier, added->oneTimePin));
        QCOMPARE(e.station, m_st->store().identity()->deviceId);
        QCOMPARE(e.changedBy, m_st->op().staffId);
        QCOMPARE(e.changedAt, isoUtc(m_st->now()));

        // Locked out and unlocked: this table's business, nothing queued.
        for (int i = 0; i < 5; ++i)
            QVERIFY(!m_st->store().signIn(QStringLiteral("L1"), QStringLiteral("000001")).ok());
        QVERIFY(m_staff->unlock(QStringLiteral("L1"), m_st->op()).ok());
        QCOMPARE(queued().size(), 1);

        m_st->advance(60);
        QVERIFY(m_staff->disable(QStringLiteral("L1"), m_st->op()).ok());
        list = queued();
        QCOMPARE(list.size(), 2);
        QVERIFY(!list.last().entry.active);
        QVERIFY(m_list->forget({list.first().id, list.last().id}).isValid() == false);
        QCOMPARE(queued().size(), 0);
    }

    void newerEntriesApplyOlderOnesDoNot() {
        QVERIFY(m_staff
                    ->add({QStringLiteral("L1"), QStringLiteral("王组长"), StaffRole::Sampler,
                           QString()},
                          m_st->op())
                    .ok());
        const int records = count(QStringLiteral("SELECT count(*) FROM outbox"));
        // Three wrong PINs here: the count stays whatever the site says.
        for (int i = 0; i < 3; ++i)
            QVERIFY(!m_st->store().signIn(QStringLiteral("L1"), QStringLiteral("000001")).ok());

        const QString later = isoUtc(m_st->now().addSecs(5));
        Result<SiteStaffApplied> applied =
            m_list->apply(kServer, remoteEntry(QStringLiteral("L1"), later, 7));
        QVERIFY2(applied.ok(), qPrintable(applied.message()));
        QCOMPARE(applied.value(), SiteStaffApplied::Applied);
        // The new PIN ends the count of wrong tries at the old one.
        QCOMPARE(count(QStringLiteral("SELECT failed_attempts FROM operators WHERE staff_id = "
                                      "'L1'")),
                 0);
        QVERIFY(m_st->store().signIn(QStringLiteral("L1"), QStringLiteral("135792")).ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM operators WHERE staff_id = 'L1' AND "
                                      "role = 'lead' AND must_set_pin = 0")),
                 1);
        // No record for the province, nothing queued back, one audit row.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), records);
        QCOMPARE(queued().size(), 1); // only the local add
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                      "'operator.site_changed' AND subject = 'L1'")),
                 1);
        QSqlError error;
        QCOMPARE(m_list->afterSeq(kServer, &error), 7);
        QCOMPARE(m_list->afterSeq(QStringLiteral("https://other.example"), &error), 0);

        // An older entry (the local add, echoed back; or a change made before) moves only the
        // cursor.
        const QString earlier = isoUtc(m_st->now().addSecs(-5));
        applied = m_list->apply(
            kServer, remoteEntry(QStringLiteral("L1"), earlier, 9, QStringLiteral("sampler")));
        QCOMPARE(applied.value(), SiteStaffApplied::NotNewer);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM operators WHERE role = 'lead'")), 1);
        QCOMPARE(m_list->afterSeq(kServer, &error), 9);

        // A person this table never had is added.
        applied = m_list->apply(kServer, remoteEntry(QStringLiteral("N2"), later, 10));
        QCOMPARE(applied.value(), SiteStaffApplied::Applied);
        QVERIFY(m_st->store().signIn(QStringLiteral("N2"), QStringLiteral("135792")).ok());
    }

    void theLastAdministratorIsKept() {
        const QString admin = m_st->op().staffId;
        protocol::SiteStaffEntry e =
            remoteEntry(admin, isoUtc(m_st->now().addSecs(5)), 3, QStringLiteral("administrator"));
        e.name = m_st->op().name; // the same person, disabled at another table
        e.active = false;
        const Result<SiteStaffApplied> applied = m_list->apply(kServer, e);
        QCOMPARE(applied.value(), SiteStaffApplied::HeldLocally);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM operators WHERE role = "
                                      "'administrator' AND active = 1")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                      "'operator.site_change_held'")),
                 1);
    }
};

QTEST_MAIN(tst_SiteStaffList)
#include "tst_sitestafflist.moc"
