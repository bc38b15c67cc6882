// SPDX-License-Identifier: GPL-3.0-or-later
// province-server as a process: the unmatched results a person deals with (docs/
// server-deployment.md §7b). `admin resolve-result` marks one resolved with who, when and why:
// it leaves `unmatched-results` (listed by `--resolved`) and is never matched again, not when
// its tube arrives and not by `rematch-results`; a matched result, an unknown uuid, a second
// resolution and a reason with an ID or mobile number are refused and change nothing.
// `rematch-results` upper-cases a tube code stored in lower case before the parser did, with
// the uuid and hash the same result sent now gets (a duplicate then), and leaves one whose
// upper-case twin is stored already for a person to resolve.
#include "ProvinceServerFixture.h"
#include "TubeStory.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace station::test;

namespace {
const QString kLab = QStringLiteral("KingMed-GZ");
const QString kMatchedTube = QStringLiteral("GZU0000001");   // handed over: matches
const QString kNeverTube = QStringLiteral("GZU9999991");     // no tube yet; sampled later
const QString kCorrectedTube = QStringLiteral("GZU9999992"); // the lab's mistake; resolved
const QString kLowerTube = QStringLiteral("GZU0000003");     // stored in lower case before
const QString kTwinTube = QStringLiteral("GZU0000004");      // stored in both cases
const QString kTestedAt = QStringLiteral("2026-11-25T13:30:00.000Z");
// Each tube its own people: the matched tube two, the others one each.
const QStringList kPeople{
    QStringLiteral("44010619800101123X"), QStringLiteral("440106198502023456"),
    QStringLiteral("440106199003034567"), QStringLiteral("440106199104045678"),
    QStringLiteral("440106199205056789")};
const QString kResolver = QStringLiteral("Li Hua");
const QString kReason = QStringLiteral("lab sent it again under GZU0000001 (phone call 14:10)");
} // namespace

class tst_ProvinceServerUnmatched : public QObject, public ProvinceServerFixture {
    Q_OBJECT

    qint64 m_seq = 0;

    QString scalar(const QString &sql) {
        QSqlQuery query(storage());
        if (!query.exec(sql) || !query.next())
            return QStringLiteral("<none>");
        return query.isNull(0) ? QStringLiteral("NULL") : query.value(0).toString();
    }
    QString uuidOf(const QString &tube) {
        return scalar(QStringLiteral("SELECT uuid FROM results WHERE tube = '%1'").arg(tube));
    }
    // Every result's resolution columns, one line each.
    QStringList resolutions() {
        QStringList rows;
        QSqlQuery query(storage());
        if (!query.exec(QStringLiteral("SELECT tube, match_state, resolved_at, resolved_by, "
                                       "resolution_reason FROM results ORDER BY tube")))
            return {query.lastError().text()};
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < 5; ++i)
                cells << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            rows << cells.join(QLatin1Char('|'));
        }
        return rows;
    }
    // A lab's CSV export of `lines` (tube, result, tested_at), imported; its output.
    QString importLines(const QStringList &lines, int *exitCode) {
        const QString path =
            m_server.temporaryPath() + QStringLiteral("/lab-%1.csv").arg(++m_files);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write ") + path;
        QByteArray text = "tube,lab,result,tested_at\n";
        for (const QString &line : lines)
            text += line.arg(kLab).toUtf8() + '\n';
        file.write(text);
        file.close();
        return m_server.runAdmin({QStringLiteral("import-results"), path}, exitCode);
    }
    // resolve-result with `arguments`, and --by kResolver unless they name one (`withBy`).
    QString resolve(QStringList arguments, int *exitCode, QString *standardError,
                    bool withBy = true) {
        if (withBy && !arguments.contains(QLatin1String("--by")))
            arguments << QStringLiteral("--by") << kResolver;
        return m_server.runAdmin(QStringList{QStringLiteral("resolve-result")} + arguments,
                                 exitCode, standardError);
    }
    int m_files = 0;

private Q_SLOTS:
    void initTestCase() {
        QString error;
        if (!startDatabase(&error))
            QSKIP(qPrintable(error));
        QVERIFY2(startServer(&error), qPrintable(error));
        TubeStory matched(kSite, kDevice, kMatchedTube, &m_seq);
        const HttpResult answer =
            upload(matched.wholePool(kPeople.mid(0, 2), QStringLiteral("B-1")));
        QCOMPARE(answer.status, 200);
        int exitCode = -1;
        const QString out =
            importLines({kMatchedTube + QStringLiteral(",%1,negative,") + kTestedAt,
                         kNeverTube + QStringLiteral(",%1,negative,") + kTestedAt,
                         kCorrectedTube + QStringLiteral(",%1,positive,") + kTestedAt},
                        &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(out.contains(QLatin1String("3 accepted (1 matched)")), qPrintable(out));
    }

    void cleanupTestCase() { stopServer(); }

    void refusalsChangeNothing() {
        const QStringList before = resolutions();
        QVERIFY2(before.join(QLatin1Char('\n')).count(QLatin1String("|NULL|NULL|NULL")) == 3,
                 qPrintable(before.join(QLatin1Char('\n'))));
        const QString corrected = uuidOf(kCorrectedTube);
        struct Case {
            QStringList arguments;
            int exitCode;
            QString says;
        };
        const QList<Case> cases{
            {{uuidOf(kMatchedTube), QStringLiteral("--reason"), kReason},
             1,
             QStringLiteral("is matched to its tube: there is nothing to resolve")},
            {{QStringLiteral("7d0e6b0a-1c2d-4e5f-8a9b-0c1d2e3f4a5b"), QStringLiteral("--reason"),
              kReason},
             1,
             QStringLiteral("no result has the uuid 7d0e6b0a-1c2d-4e5f-8a9b-0c1d2e3f4a5b")},
            {{QStringLiteral("GZU9999992"), QStringLiteral("--reason"), kReason},
             1,
             QStringLiteral("'GZU9999992' is not a result uuid")},
            {{corrected, QStringLiteral("--reason"),
              QStringLiteral("the person 44010619800101123X called")},
             2,
             QStringLiteral("must not hold an ID number or a phone number")},
            {{corrected, QStringLiteral("--reason"), QStringLiteral("called back on 13812345678")},
             2,
             QStringLiteral("must not hold an ID number or a phone number")},
            {{corrected, QStringLiteral("--reason"), kReason, QStringLiteral("--by"),
              QStringLiteral("13812345678")},
             2,
             QStringLiteral("must not hold an ID number or a phone number")},
            {{corrected}, 2, QStringLiteral("resolve-result needs --reason")},
            {{corrected, QStringLiteral("--reason"), QStringLiteral("  ")},
             2,
             QStringLiteral("resolve-result needs --reason")},
        };
        for (const Case &c : cases) {
            int exitCode = -1;
            QString standardError;
            const QString out = resolve(c.arguments, &exitCode, &standardError);
            QVERIFY2(exitCode == c.exitCode,
                     qPrintable(c.arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                                QString::number(exitCode) + QLatin1Char(' ') + standardError));
            QVERIFY2(standardError.contains(c.says), qPrintable(standardError));
            // The refused text is not echoed back.
            QVERIFY2(!standardError.contains(kPeople.at(0)) &&
                         !standardError.contains(QLatin1String("13812345678")),
                     qPrintable(standardError));
            QCOMPARE(resolutions(), before);
        }
    }

    void aResolvedResultLeavesTheList() {
        const QString corrected = uuidOf(kCorrectedTube);
        int exitCode = -1;
        QString standardError;
        // In upper case and braces as someone may copy it: the same uuid.
        const QString out =
            resolve({QLatin1Char('{') + corrected.toUpper() + QLatin1Char('}'),
                     QStringLiteral("--reason"), kReason, QStringLiteral("--by"), kResolver},
                    &exitCode, &standardError);
        QVERIFY2(exitCode == 0, qPrintable(standardError));
        QVERIFY2(out.contains(QStringLiteral("result %1 resolved by %2").arg(corrected, kResolver)),
                 qPrintable(out));
        QCOMPARE(scalar(QStringLiteral("SELECT resolved_by FROM results WHERE tube = '%1'")
                            .arg(kCorrectedTube)),
                 kResolver);
        QCOMPARE(scalar(QStringLiteral("SELECT resolution_reason FROM results WHERE tube = '%1'")
                            .arg(kCorrectedTube)),
                 kReason);
        const QString resolvedAt =
            scalar(QStringLiteral("SELECT resolved_at FROM results WHERE tube = '%1'")
                       .arg(kCorrectedTube));
        QVERIFY2(QDateTime::fromString(resolvedAt, Qt::ISODateWithMs).isValid(),
                 qPrintable(resolvedAt));
        // It still says unmatched (what a lab sending it again is told), with its reason.
        QCOMPARE(scalar(QStringLiteral("SELECT match_state || ' ' || unmatched_reason FROM "
                                       "results WHERE tube = '%1'")
                            .arg(kCorrectedTube)),
                 QStringLiteral("unmatched unknown_tube"));

        const QString waiting = m_server.runAdmin({QStringLiteral("unmatched-results")}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(!waiting.contains(kCorrectedTube), qPrintable(waiting));
        QVERIFY2(waiting.contains(QStringLiteral("unknown_tube %1 %2").arg(kNeverTube, kLab)),
                 qPrintable(waiting));
        QVERIFY2(waiting.contains(QLatin1String("\n1 unmatched results")), qPrintable(waiting));

        const QString resolved = m_server.runAdmin(
            {QStringLiteral("unmatched-results"), QStringLiteral("--resolved")}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(resolved.contains(
                     QStringLiteral("unknown_tube %1 %2 positive").arg(kCorrectedTube, kLab)),
                 qPrintable(resolved));
        QVERIFY2(
            resolved.contains(
                QStringLiteral("  resolved at %1 by %2: %3").arg(resolvedAt, kResolver, kReason)),
            qPrintable(resolved));
        QVERIFY2(!resolved.contains(kNeverTube), qPrintable(resolved));
        QVERIFY2(resolved.contains(QLatin1String("\n1 resolved results")), qPrintable(resolved));
    }

    // Refused, not idempotent: the first resolution is the record of who decided and why; a
    // second one, even with the same words, would be another person's act or a script's
    // mistake, and is told when, by whom and why it was resolved.
    void resolvingTwiceIsRefused() {
        const QStringList before = resolutions();
        const QString corrected = uuidOf(kCorrectedTube);
        for (const QString &by : {kResolver, QStringLiteral("Wang Fang")}) {
            int exitCode = -1;
            QString standardError;
            resolve({corrected, QStringLiteral("--reason"), kReason, QStringLiteral("--by"), by},
                    &exitCode, &standardError);
            QCOMPARE(exitCode, 1);
            QVERIFY2(
                standardError.contains(
                    QStringLiteral("result %1 was resolved at ").arg(corrected)) &&
                    standardError.contains(QStringLiteral(" by %1 (%2)").arg(kResolver, kReason)),
                qPrintable(standardError));
            QCOMPARE(resolutions(), before);
        }
    }

    // Both waiting tube codes are sampled and handed over: the waiting one matches in that
    // batch, the resolved one does not, then or by rematch-results.
    void aResolvedResultIsNeverMatched() {
        TubeStory never(kSite, kDevice, kNeverTube, &m_seq);
        TubeStory corrected(kSite, kDevice, kCorrectedTube, &m_seq);
        QList<SyncTestRecord> records = never.wholePool({kPeople.at(2)}, QStringLiteral("B-2"));
        records << corrected.wholePool({kPeople.at(3)}, QStringLiteral("B-3"));
        const HttpResult answer = upload(records);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value(QStringLiteral("accepted")).toInt(), records.size());
        QCOMPARE(scalar(QStringLiteral("SELECT match_state FROM results WHERE tube = '%1'")
                            .arg(kNeverTube)),
                 QStringLiteral("matched"));
        const QString resolvedRow = QStringLiteral("%1|unmatched|").arg(kCorrectedTube);
        const auto resolvedLine = [&] {
            for (const QString &row : resolutions()) {
                if (row.startsWith(resolvedRow))
                    return row;
            }
            return QString();
        };
        const QString before = resolvedLine();
        QVERIFY2(before.endsWith(QStringLiteral("|%1|%2").arg(kResolver, kReason)),
                 qPrintable(before));
        int exitCode = -1;
        const QString out = m_server.runAdmin({QStringLiteral("rematch-results")}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(out.contains(QLatin1String("0 waiting results matched now")), qPrintable(out));
        QCOMPARE(resolvedLine(), before);
        // The positive result named nobody: no recall for the corrected tube's person.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM recalls WHERE tube = '%1'")
                            .arg(kCorrectedTube)),
                 QStringLiteral("0"));
        QVERIFY(
            !m_server.serverLog().contains(QStringLiteral(" for tube %1 ").arg(kCorrectedTube)));
    }

    // Codes a lab sent in lower case before the parser upper-cased them: as a database made
    // then holds them (tube as sent, uuid and hash of it).
    void lowerCaseCodesStoredBeforeAreUpperCased() {
        TubeStory lower(kSite, kDevice, kLowerTube, &m_seq);
        HttpResult answer = upload(lower.wholePool({kPeople.at(4)}, QStringLiteral("B-4")));
        QCOMPARE(answer.status, 200);
        // The twin's upper-case result arrives through today's parser.
        int exitCode = -1;
        QString out =
            importLines({kTwinTube + QStringLiteral(",%1,negative,") + kTestedAt}, &exitCode);
        QVERIFY2(out.contains(QLatin1String("1 accepted (0 matched)")), qPrintable(out));
        const QString twinUuid = uuidOf(kTwinTube);
        const QString oldLowerUuid = QStringLiteral("3f0c2a8e-5b1d-4c7e-9a2f-6d8b1e4c7a90");
        const QString oldTwinUuid = QStringLiteral("9b4e7d1a-2c3f-4a5b-8c6d-0e1f2a3b4c5d");
        {
            QSqlDatabase db = writableStorage(QStringLiteral("before-the-fix"));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            for (const auto &[uuid, tube] : {std::pair{oldLowerUuid, kLowerTube.toLower()},
                                             std::pair{oldTwinUuid, kTwinTube.toLower()}}) {
                query.prepare(QStringLiteral(
                    "INSERT INTO results (uuid, lab, tube, outcome, ct_values, tested_at, "
                    "received_at, received_by, content_hash, match_state, unmatched_reason) "
                    "VALUES (?, ?, ?, 'negative', '{}', ?, '2026-11-25T14:00:00.000Z', "
                    "'import', 'hash-of-the-lower-case-code', 'unmatched', 'unknown_tube')"));
                query.addBindValue(uuid);
                query.addBindValue(kLab);
                query.addBindValue(tube);
                query.addBindValue(kTestedAt);
                QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("before-the-fix"));
        QString waiting = m_server.runAdmin({QStringLiteral("unmatched-results")}, &exitCode);
        QVERIFY2(waiting.contains(QStringLiteral("unknown_tube %1").arg(kLowerTube.toLower())),
                 qPrintable(waiting));

        out = m_server.runAdmin({QStringLiteral("rematch-results")}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(out.contains(QLatin1String("1 tube codes stored in lower case upper-cased")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("result %1 is stored under its upper-case tube code "
                                             "too, as result %2: resolve %1")
                                  .arg(oldTwinUuid, twinUuid)),
                 qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("1 waiting results matched now")), qPrintable(out));
        QCOMPARE(scalar(QStringLiteral("SELECT match_state FROM results WHERE tube = '%1'")
                            .arg(kLowerTube)),
                 QStringLiteral("matched"));
        QCOMPARE(
            scalar(
                QStringLiteral("SELECT COUNT(*) FROM results WHERE uuid = '%1'").arg(oldLowerUuid)),
            QStringLiteral("0"));
        // The same result sent now (upper-cased by the parser): a duplicate, not a conflict.
        out = importLines({kLowerTube.toLower() + QStringLiteral(",%1,negative,") + kTestedAt},
                          &exitCode);
        QVERIFY2(out.contains(QLatin1String("0 accepted (0 matched), 1 duplicates, 0 conflicts")),
                 qPrintable(out));
        QCOMPARE(exitCode, 0);

        // The lower-case twin stays as it was until a person resolves it.
        QCOMPARE(
            scalar(QStringLiteral("SELECT tube FROM results WHERE uuid = '%1'").arg(oldTwinUuid)),
            kTwinTube.toLower());
        QString standardError;
        // Without --by: the login name the admin command runs under.
        qputenv("USER", "ops-wang");
        qunsetenv("SUDO_USER");
        resolve({oldTwinUuid, QStringLiteral("--reason"),
                 QStringLiteral("stored again under %1 after the upper-case fix").arg(kTwinTube)},
                &exitCode, &standardError, false);
        qunsetenv("USER");
        QVERIFY2(exitCode == 0, qPrintable(standardError));
        QCOMPARE(scalar(QStringLiteral("SELECT resolved_by FROM results WHERE uuid = '%1'")
                            .arg(oldTwinUuid)),
                 QStringLiteral("ops-wang"));
        out = m_server.runAdmin({QStringLiteral("rematch-results")}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(!out.contains(QLatin1String("upper-case")), qPrintable(out));
        waiting = m_server.runAdmin({QStringLiteral("unmatched-results")}, &exitCode);
        QVERIFY2(!waiting.contains(kTwinTube.toLower()), qPrintable(waiting));
        QVERIFY2(waiting.contains(QStringLiteral("unknown_tube %1").arg(kTwinTube)),
                 qPrintable(waiting));
        for (const QString &id : kPeople)
            QVERIFY(!waiting.contains(id));
    }
};

QTEST_GUILESS_MAIN(tst_ProvinceServerUnmatched)
#include "tst_province_server_unmatched.moc"
