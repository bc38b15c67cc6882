// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <optional>

namespace station {

class Database;

// Where something happened at another table of the site, as the site's facts tell it.
struct SiteSighting {
    QString station;
    QString table; // the other table's label, e.g. "Table 3"
    QString tube;
    QDateTime at;
};

// Where a tube is now, as the site's facts tell it: its latest tube_state fact (a tube's
// latest fact says where it is), and what its sealing fact said.
struct SiteTubeWhereabouts {
    QString tube;
    QString tubeUuid;
    QString state;   // opened | sealed | voided | boxed
    QString station; // of the latest fact; for "boxed" the station that packed the box
    QString table;
    QDateTime at;
    QString box; // "boxed": the box it went into
    QString boxUuid;
    // Where and when it was sealed, with the people in it then (-1: no sealed fact kept).
    QString sealedStation;
    QString sealedTable;
    QDateTime sealedAt;
    int people = -1;
    // When it was opened (its first swab is later), invalid when no opened fact is kept.
    QDateTime openedAt;
};

// One tube of a box another table sealed, as its sealed fact lists it.
struct SiteBoxTube {
    QString tube;
    QString tubeUuid;
    int people = 0;
    QString station; // where the tube was sealed
    QString table;
};

// A box code as another table of the site used it (its box_state facts): where it was
// opened, and whether it is sealed or handed over there.
struct BoxCodeElsewhere {
    QString box;
    QString boxUuid;
    QString station; // the station that opened (packs) it
    QString table;
    QDateTime openedAt;
    QDateTime sealedAt;      // invalid: still being packed there
    QString handedOverTable; // empty: not handed over
    QDateTime handedOverAt;
};

// A box of the site as its box_state facts tell it.
struct BoxOfSite {
    QString box;
    QString boxUuid;
    QString station; // the station that packed it
    QString table;
    QDateTime sealedAt;
    int tubeCount = 0; // as sealed
    int personCount = 0;
    QList<SiteBoxTube> tubes;
    // The earliest time any of its tubes may have had its first swab (their opened facts, or
    // their seals when those are not kept): the 2- and 4-hour clocks count from here.
    QDateTime earliestSwabAt;
    // Handed over: where and when (empty when it still waits for the courier).
    QString handedOverStation;
    QString handedOverTable;
    QDateTime handedOverAt;
    bool isHandedOver() const { return handedOverAt.isValid(); }
};

// A person of a positive or invalid pooled tube, to be sampled again alone (待复核), as the
// site's `recall` facts tell it. Named by the site person key; the name is known only at the
// table that sampled the person (by sample_uuid in its own samples).
struct SiteRecall {
    QString personKey;
    QString tube;       // the recalled (pooled) tube
    QString sampleUuid; // the person's sample in it
    QString station;    // where that sample was taken
    QString table;
    QString outcome; // positive | invalid
    bool open = true;
    QDateTime raisedAt;
    QDateTime changedAt; // closed: when the province had the sample taken alone
    // This station sampled the person alone for this recall (SamplingService::
    // addResidentAlone) and when; invalid / empty until then.
    QDateTime sampledAgainAt;
    QString sampledAgainTube;
    // Or another table did, after the recall was raised (its person_sampled fact with pool
    // size 1; the province's closed fact not in yet): its station and label, with
    // sampledAgainAt and sampledAgainTube from that fact. Empty when sampled again here.
    QString sampledAgainStation;
    QString sampledAgainTable;
    bool sampledAgainElsewhere() const { return !sampledAgainStation.isEmpty(); }
};

// The site's facts as this station last heard them from its server (GET /v1/site/facts,
// written by SiteFactsFeed), kept in the station database with the feed's cursor, and the
// questions the table asks of them. Reads only local rows: it never waits for the network,
// so the table may ask on the GUI thread. A person is named by the site person key
// (protocol/SitePersonKey.h), never by an ID number; without the site key (a station
// enrolled before servers gave one) no person is ever found, tubes still are.
class SiteFactsStore {
public:
    SiteFactsStore(Database &db, QByteArray siteKey, QString ownStation);

    bool hasSiteKey() const { return !m_siteKey.isEmpty(); }
    QString personKey(const QString &idType, const QString &idNumber) const;

    // The latest sample of this person at another table since `since` that was not undone
    // (removed, or its tube voided); nothing when there is none or the facts cannot be read.
    std::optional<SiteSighting> personSampledElsewhere(const QString &idType,
                                                       const QString &idNumber,
                                                       const QDateTime &since) const;
    // The first use of this tube code at another table; nothing when there is none.
    std::optional<SiteSighting> tubeUsedElsewhere(const QString &tube) const;

    // --- boxes across tables -------------------------------------------------------
    // Where the tube is now (its latest fact), nothing when the site's facts do not know it.
    std::optional<SiteTubeWhereabouts> tubeWhereabouts(const QString &tube) const;
    // Where this station's own tube `tubeUuid` (code `tube`) is now: like tubeWhereabouts,
    // but once the site told this station that another table used the code too (a
    // tube_code_reused note on this tube: two physical tubes, one code), only the facts that
    // name this tube's uuid count; the others are about the other tube.
    std::optional<SiteTubeWhereabouts> ownTubeWhereabouts(const QString &tube,
                                                          const QString &tubeUuid) const;
    // Boxes other tables sealed that no table handed over yet, oldest seal first: the
    // courier may take them here too.
    QList<BoxOfSite> sealedBoxesOfOtherTables() const;
    // The box with this code that another table sealed (handed over or not); nothing when the
    // facts know no such box.
    std::optional<BoxOfSite> boxOfOtherTable(const QString &boxCode) const;
    // The first box another table opened with this code (a box code is used once at the
    // site: a box is packed at one table, and takes tubes of any table there), with its seal
    // and hand-over when kept; nothing when no other table used the code.
    std::optional<BoxCodeElsewhere> boxCodeUsedElsewhere(const QString &boxCode) const;
    // The table (label) of each box the facts know with this code, first first: more than
    // one when two boxes share it (box_code_reused).
    QStringList tablesOfBoxCode(const QString &boxCode) const;
    // A box of this station that another table handed over (its handed_over fact from
    // another station); nothing when none did.
    std::optional<BoxOfSite> handedOverElsewhere(const QString &boxUuid) const;
    // The newest open recall of this person, if any: the table then samples them alone. Like
    // the other questions, read locally (core/sync/SiteRecalls.cpp).
    std::optional<SiteRecall> openRecall(const QString &idType, const QString &idNumber) const;
    // Every recall kept, open ones first, then newest first.
    QList<SiteRecall> recalls(QSqlError *error) const;
    // The first sample of the person `personKey` taken alone (a person_sampled fact with
    // pool size 1, not undone) at another station than `ownStation` after `after`: a recalled
    // person sampled again at another table. Nothing when the facts hold none (a server
    // that sends no pool_size never gives one) or cannot be read.
    static std::optional<SiteSighting> sampledAloneElsewhere(Database &db,
                                                             const QString &ownStation,
                                                             const QString &personKey,
                                                             const QDateTime &after);

    // The feed's cursor: the last fact number kept (0: none yet).
    qint64 cursor(QSqlError *error) const;
    // Keeps one answer of GET /v1/site/facts (its facts and its last_seq) in one
    // transaction; a fact already kept is kept once; facts older than two days are deleted.
    QSqlError apply(const QJsonArray &facts, qint64 lastSeq, const QDateTime &now);
    // How many facts are kept (for the CLI and tests).
    qint64 count(QSqlError *error) const;

private:
    // tubeWhereabouts (`ownTubeUuid` empty) or ownTubeWhereabouts.
    std::optional<SiteTubeWhereabouts> whereaboutsOfTube(const QString &tube,
                                                         const QString &ownTubeUuid) const;
    // The latest sealed fact of the box found by `column` (box or box_uuid) = `value`, with
    // its hand-over when one is kept.
    std::optional<BoxOfSite> sealedBox(const char *column, const QString &value) const;
    void completeBox(BoxOfSite &box) const;
    // Keeps one `recall` fact in site_recalls (newer facts win), inside apply()'s
    // transaction; closed recalls older than two days go.
    QSqlError keepRecall(const QJsonObject &fact, qint64 seq) const;
    // An open recall not sampled again here: whether another table sampled the person alone
    // since it was raised.
    void addSampledAgainElsewhere(SiteRecall &recall) const;
    QSqlError forgetOldRecalls(const QDateTime &now) const;

    Database &m_db;
    QByteArray m_siteKey;
    QString m_ownStation;
};

} // namespace station
