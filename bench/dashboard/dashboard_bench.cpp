// SPDX-License-Identifier: GPL-3.0-or-later
// Dashboard refresh and app-ready time on a 1,000,000-sample station database, with and
// without the dashboard indexes (schema step 3), in one run. Prints a Markdown section for
// docs/benchmarks.md.
#include "bench/dashboard/StationDataGenerator.h"
#include "core/dashboard/ThroughputQueries.h"
#include "core/domain/Clock.h"
#include "core/sampling/SamplingService.h"
#include "core/security/PersonalDataAccess.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/StationStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace station;

namespace {

const QStringList kDashboardIndexes{
    QStringLiteral("samples_taken_at"), QStringLiteral("outbox_state_created"),
    QStringLiteral("tubes_state_opened"), QStringLiteral("boxes_state")};

struct Stats {
    double median = 0, p90 = 0, first = 0;
};

Stats stats(QList<double> ms) {
    Stats s;
    if (ms.isEmpty())
        return s;
    s.first = ms.first();
    std::sort(ms.begin(), ms.end());
    s.median = ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
    s.p90 = ms[std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.9))];
    return s;
}

double msSince(const QElapsedTimer &t) {
    return t.nsecsElapsed() / 1e6;
}

Stats measureRefresh(const QString &path, const QDateTime &now, const QTimeZone &zone, int runs,
                     bool *ok) {
    Database db;
    *ok = db.open(path).ok();
    QList<double> times;
    for (int i = 0; i < runs && *ok; ++i) {
        QElapsedTimer t;
        t.start();
        const auto snap = dashboard::ThroughputQueries(db, zone).snapshot(now);
        times << msSince(t);
        *ok = snap.valid;
    }
    return stats(times);
}

// Open + migrations + identity + the open tube: what the table screen needs before the
// first scan.
Stats measureAppReady(const QString &path, const QDateTime &now, int runs, bool *ok) {
    QList<double> times;
    // The passphrase is asked before the table screen, not part of this figure.
    std::shared_ptr<PersonalDataCodec> codec;
    {
        Database db;
        if (db.open(path).ok()) {
            if (auto unlocked = unlockPersonalData(db, bench::kBenchSitePassphrase))
                codec = unlocked.value();
        }
    }
    *ok = codec != nullptr;
    for (int i = 0; i < runs && *ok; ++i) {
        QElapsedTimer t;
        t.start();
        Database db;
        *ok = db.open(path).ok();
        if (!*ok)
            break;
        StationStore store(db);
        const auto identity = store.identity();
        SamplingService service(db, *codec, identity.value_or(StationIdentity{}),
                                [now] { return now; });
        const auto tube = service.openTubeSnapshot();
        times << msSince(t);
        Q_UNUSED(tube);
    }
    return stats(times);
}

bool exec(Database &db, const QString &sql) {
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        QTextStream(stderr) << sql << ": " << q.lastError().text() << '\n';
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Dashboard benchmark"));
    p.addHelpOption();
    p.addOption({QStringLiteral("samples"), QStringLiteral("Samples to generate."),
                 QStringLiteral("N"), QStringLiteral("1000000")});
    p.addOption({QStringLiteral("days"), QStringLiteral("Days they span."), QStringLiteral("N"),
                 QStringLiteral("40")});
    p.addOption({QStringLiteral("runs"), QStringLiteral("Measured runs per figure."),
                 QStringLiteral("N"), QStringLiteral("21")});
    p.addOption({QStringLiteral("dir"), QStringLiteral("Keep the databases in DIR."),
                 QStringLiteral("DIR")});
    p.process(app);
    QTextStream out(stdout);

    QTemporaryDir tmp;
    const QString dir =
        p.isSet(QStringLiteral("dir")) ? p.value(QStringLiteral("dir")) : tmp.path();
    const QString withPath = dir + QStringLiteral("/with-indexes.db");
    const QString withoutPath = dir + QStringLiteral("/without-indexes.db");
    const QString beforeIndexesPath = dir + QStringLiteral("/before-indexes.db");
    for (const QString &f : {withPath, withoutPath, beforeIndexesPath})
        QFile::remove(f);

    const QTimeZone zone("Asia/Shanghai");
    bench::GeneratorOptions o;
    o.samples = p.value(QStringLiteral("samples")).toLongLong();
    o.days = p.value(QStringLiteral("days")).toInt();
    o.zone = zone;
    o.now = QDateTime(QDate(2026, 11, 25), QTime(15, 5), zone).toUTC();
    const int runs = p.value(QStringLiteral("runs")).toInt();
    o.progress = [](qint64 n, qint64 ms) {
        QTextStream(stderr) << "generated " << n << " samples in " << ms << " ms\n";
    };

    {
        Database db;
        if (!db.open(withPath).ok())
            return 1;
        const auto generated = bench::generateStationData(db, o);
        if (!generated.ok()) {
            QTextStream(stderr) << generated.message() << '\n';
            return 1;
        }
        out << "generated " << generated->samples << " samples, " << generated->tubes << " tubes, "
            << generated->boxes << " boxes in " << generated->milliseconds << " ms\n";
        exec(db, QStringLiteral("ANALYZE"));
        exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        exec(db, QStringLiteral("VACUUM INTO '%1'").arg(withoutPath));
        exec(db, QStringLiteral("VACUUM INTO '%1'").arg(beforeIndexesPath));
    }
    {
        Database db;
        if (!db.open(withoutPath).ok())
            return 1;
        for (const QString &index : kDashboardIndexes)
            exec(db, QStringLiteral("DROP INDEX %1").arg(index));
        exec(db, QStringLiteral("ANALYZE"));
    }
    // The one-time upgrade that builds the dashboard indexes, on a copy without them: that
    // schema step itself, in one transaction as Database::migrate runs it. The copy is no
    // longer set back to schema 1: opening it then re-ran every step after 1 as well, and the
    // first of them failed on what the database already has ("table keyring already exists").
    double upgradeMs = 0;
    {
        const auto &steps = schemaMigrations();
        const auto step = std::find_if(steps.cbegin(), steps.cend(), [](const QStringList &s) {
            return s.contains(
                QStringLiteral("CREATE INDEX samples_taken_at ON samples(taken_at, state, "
                               "operator_id)"));
        });
        if (step == steps.cend()) {
            QTextStream(stderr) << "no schema step builds the dashboard indexes\n";
            return 1;
        }
        Database db;
        if (!db.open(beforeIndexesPath).ok())
            return 1;
        for (const QString &index : kDashboardIndexes)
            exec(db, QStringLiteral("DROP INDEX %1").arg(index));
        QElapsedTimer upgrade;
        upgrade.start();
        bool built = exec(db, QStringLiteral("BEGIN IMMEDIATE"));
        for (const QString &statement : *step)
            built = built && exec(db, statement);
        built = built && exec(db, QStringLiteral("COMMIT"));
        upgradeMs = msSince(upgrade);
        if (!built)
            return 1;
    }

    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    const Stats with = measureRefresh(withPath, o.now, zone, runs, &ok1);
    const Stats without = measureRefresh(withoutPath, o.now, zone, runs, &ok2);
    const Stats readyWith = measureAppReady(withPath, o.now, runs, &ok3);
    const Stats readyWithout = measureAppReady(withoutPath, o.now, runs, &ok4);
    if (!(ok1 && ok2 && ok3 && ok4)) {
        QTextStream(stderr) << "a measurement failed\n";
        return 1;
    }
    int today = 0;
    {
        Database db;
        db.open(withPath);
        today = dashboard::ThroughputQueries(db, zone).snapshot(o.now).samplesToday;
    }
    auto f = [](double v) { return QString::number(v, 'f', 1); };
    out << "\n| Figure (" << runs << " runs) | with dashboard indexes | without |\n"
        << "|---|---:|---:|\n"
        << "| Dashboard refresh, median (ms) | " << f(with.median) << " | " << f(without.median)
        << " |\n"
        << "| Dashboard refresh, 90th percentile (ms) | " << f(with.p90) << " | " << f(without.p90)
        << " |\n"
        << "| Dashboard refresh, first run (ms) | " << f(with.first) << " | " << f(without.first)
        << " |\n"
        << "| App-ready proxy, median (ms) | " << f(readyWith.median) << " | "
        << f(readyWithout.median) << " |\n"
        << "\nSamples today in the measured snapshot: " << today
        << "\nOne-time upgrade step that builds the indexes: " << f(upgradeMs) << " ms\n";
    return 0;
}
