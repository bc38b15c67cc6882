// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/reliability/RecoveryCheck.h"

#include "core/security/PersonalDataAccess.h"
#include "core/storage/Database.h"
#include "core/storage/IntegrityCheck.h"
#include "core/storage/Journal.h"
#include "core/storage/StationStore.h"
#include "tests/support/TempStation.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace station::reliability {

namespace {

// key -> state, for every row of a table (a few thousand rows at most).
QHash<QString, QString> states(Database &db, const QString &sql) {
    QHash<QString, QString> out;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (q.exec(sql))
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

// Opens every stored personal field and outbox payload with the unlocked codec, counting
// them; the deep integrity check does the same, this keeps the harness's own count (a check
// that opened nothing would prove nothing).
void openEverything(Database &db, const PersonalDataCodec &codec, RecoveryReport &report) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    int unopenable = 0;
    if (!q.exec(QStringLiteral("SELECT uuid, name, id_number, phone, address FROM samples WHERE "
                               "purged_at IS NULL")))
        report.problems << QStringLiteral("samples unreadable: ") + q.lastError().text();
    const QString columns[] = {QStringLiteral("name"), QStringLiteral("id_number"),
                               QStringLiteral("phone"), QStringLiteral("address")};
    while (q.next()) {
        const QString uuid = q.value(0).toString();
        for (int c = 0; c < 4; ++c) {
            if (q.value(1 + c).isNull())
                continue;
            if (codec.open(q.value(1 + c).toByteArray(), uuid, columns[c]))
                ++report.fieldsOpened;
            else if (++unopenable <= 3)
                report.problems
                    << QStringLiteral("%1 of sample %2 does not open").arg(columns[c], uuid);
        }
    }
    if (!q.exec(QStringLiteral("SELECT uuid, payload FROM outbox WHERE length(payload) > 0")))
        report.problems << QStringLiteral("outbox unreadable: ") + q.lastError().text();
    while (q.next()) {
        const auto bytes =
            outboxPayloadBytes(codec, q.value(1).toByteArray(), q.value(0).toString());
        if (bytes && QJsonDocument::fromJson(*bytes).isObject())
            ++report.payloadsOpened;
        else if (++unopenable <= 3)
            report.problems
                << QStringLiteral("outbox payload %1 does not open").arg(q.value(0).toString());
    }
    if (unopenable > 3)
        report.problems
            << QStringLiteral("... %1 stored values do not open in all").arg(unopenable);
}

} // namespace

RecoveryReport checkRecovery(Database &db, const QStringList &ackLines) {
    RecoveryReport report;
    // A kill or cut during provisioning leaves no station at all (provisioning is one
    // transaction), and then nothing was acknowledged; a provisioned station has its key.
    std::shared_ptr<PersonalDataCodec> codec;
    if (StationStore(db).isProvisioned()) {
        auto unlocked = unlockPersonalData(db, test::kTestSitePassphrase);
        if (unlocked)
            codec = unlocked.value();
        else
            report.problems << QStringLiteral("the data key does not unlock: ") +
                                   unlocked.message();
    } else if (!ackLines.isEmpty()) {
        report.problems << QStringLiteral("records were acknowledged but the station is not "
                                          "provisioned");
    }
    report.deep = codec != nullptr;
    const IntegrityReport integrity = checkIntegrity(db, codec.get());
    report.problems << integrity.problems;
    if (codec) {
        openEverything(db, *codec, report);
        // Only the provisioning row comes before the key; every row after it is signed
        // (and the deep check verified each MAC).
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE mac IS NULL AND id > "
                                   "(SELECT min(id) FROM audit_log)")) ||
            !q.next() || q.value(0).toInt() != 0)
            report.problems << QStringLiteral("unsigned audit rows: ") + q.value(0).toString();
    }

    const auto samples = states(db, QStringLiteral("SELECT uuid, state FROM samples"));
    const auto registrations =
        states(db, QStringLiteral("SELECT registration_id, state FROM samples"));
    const auto tubes = states(db, QStringLiteral("SELECT code, state FROM tubes"));
    const QStringList closed = {QStringLiteral("sealed"), QStringLiteral("boxed"),
                                QStringLiteral("handed_over"), QStringLiteral("voided")};

    for (const QString &line : ackLines) {
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        const QString kind = line.left(space);
        const QString key = line.mid(space + 1);
        bool present = false;
        if (kind == QLatin1String("sample"))
            present = samples.contains(key);
        else if (kind == QLatin1String("resident"))
            present = registrations.contains(key);
        else if (kind == QLatin1String("removed"))
            present = samples.value(key) == QLatin1String("removed");
        else if (kind == QLatin1String("tube"))
            present = tubes.contains(key);
        else if (kind == QLatin1String("sealed"))
            present = closed.contains(tubes.value(key));
        else if (kind == QLatin1String("voided"))
            present = tubes.value(key) == QLatin1String("voided");
        ++report.acknowledged;
        if (!present) {
            ++report.lost;
            if (report.lost <= 5)
                report.problems << QStringLiteral("acknowledged but lost: ") + line;
        }
    }
    if (report.lost > 5)
        report.problems
            << QStringLiteral("... %1 acknowledged records lost in all").arg(report.lost);
    return report;
}

} // namespace station::reliability
