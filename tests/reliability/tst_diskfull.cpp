// SPDX-License-Identifier: GPL-3.0-or-later
// Full disk: the station database on a small tmpfs (16 MiB: the WAL alone grows to about
// 4 MiB before its automatic checkpoint). Once a ballast file takes the last
// free space, scanning is refused with the disk-full message, nothing acknowledged is
// lost, and scanning resumes when the ballast is deleted. Mounting needs root (CI runs
// as root); elsewhere the test is skipped and says why.
#include "core/storage/Database.h"
#include "tests/reliability/RecoveryCheck.h"
#include "tests/reliability/ScanWorkload.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace station;
using namespace station::reliability;

namespace {

bool run(const QString &program, const QStringList &args, QString *output = nullptr) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000))
        return false;
    if (output)
        *output = QString::fromLocal8Bit(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Unmounts on every exit path, so a failed assertion leaves no mount behind.
struct Mount {
    QString point;
    bool mounted = false;
    ~Mount() {
        if (mounted)
            run(QStringLiteral("umount"), {point});
    }
};

// Fills the file system: 64 KiB at a time, then smaller pieces, until nothing fits.
qint64 fillWithBallast(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return -1;
    qint64 written = 0;
    for (qint64 chunk = 64 * 1024; chunk >= 512; chunk /= 2) {
        const QByteArray block(int(chunk), 'b');
        while (f.write(block) == chunk && f.flush())
            written += chunk;
        f.unsetError();
    }
    f.close();
    return written;
}

} // namespace

class DiskFull : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QLoggingCategory::setFilterRules(
            QStringLiteral("station.*.info=false\nstation.*.warning=false"));
    }
    void scanningStopsAndResumes();
};

void DiskFull::scanningStopsAndResumes() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Mount mount;
    mount.point = dir.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(mount.point));
    QString why;
    if (!run(QStringLiteral("mount"),
             {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
              QStringLiteral("size=16m"), QStringLiteral("tmpfs"), mount.point},
             &why))
        QSKIP(qPrintable(QStringLiteral("cannot mount a small tmpfs (needs root): ") + why));
    mount.mounted = true;

    const QString dbPath = mount.point + QStringLiteral("/station.db");
    const QString ballast = mount.point + QStringLiteral("/ballast");
    QStringList acked;
    auto db = std::make_unique<Database>();
    QVERIFY(db->open(dbPath).ok());
    auto work = std::make_unique<ScanWorkload>(*db, 5, [&acked](const QString &line) {
        acked << line;
        return true;
    });
    QVERIFY(work->start().ok());
    for (int i = 0; i < 50; ++i)
        QVERIFY(work->step().ok());

    QVERIFY(fillWithBallast(ballast) > 0);
    // The WAL may still have room for a few scans; then the disk-full refusal comes.
    Status refused = success();
    int scansUntilFull = 0;
    for (; scansUntilFull < 5000 && refused.ok(); ++scansUntilFull)
        refused = work->step();
    QVERIFY2(!refused.ok(), "the full disk never refused a scan");
    QCOMPARE(refused.code(), ErrorCode::DiskFull);
    QVERIFY2(refused.message().contains(QLatin1String("disk is full")),
             qPrintable(refused.message()));
    // It keeps refusing while the disk is full, and keeps what it acknowledged.
    const Status again = work->step();
    QCOMPARE(again.code(), ErrorCode::DiskFull);
    RecoveryReport report = checkRecovery(*db, acked);
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    qInfo("disk full after %d more scans; %d records acknowledged and intact", scansUntilFull,
          report.acknowledged);

    // Space returns: scanning resumes at once, without a restart.
    QVERIFY(QFile::remove(ballast));
    for (int i = 0; i < 30; ++i) {
        const Status s = work->step();
        QVERIFY2(s.ok(), qPrintable(s.message()));
    }
    report = checkRecovery(*db, acked);
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));

    // And a restart finds all of it.
    work.reset();
    db = std::make_unique<Database>();
    QVERIFY(db->open(dbPath).ok());
    report = checkRecovery(*db, acked);
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    db.reset();
}

QTEST_GUILESS_MAIN(DiskFull)
#include "tst_diskfull.moc"
