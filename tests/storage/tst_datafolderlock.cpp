// SPDX-License-Identifier: GPL-3.0-or-later
// One window per data folder: the lock the window takes, who holds it, the message that names
// the running window, and the takeover of a lock left by a process that is gone.
#include "core/storage/DataFolderLock.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace station;

class tst_DataFolderLock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void secondHolderIsRefusedAndNamed() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        DataFolderLock first(dir.path());
        QVERIFY(first.tryLock());
        QVERIFY(first.isLocked());
        QVERIFY(QFile::exists(DataFolderLock::lockFilePath(dir.path())));

        DataFolderLock second(dir.path());
        QVERIFY(!second.tryLock());
        QVERIFY(!second.isLocked());
        QCOMPARE(second.holder().pid, QCoreApplication::applicationPid());
        QVERIFY(!second.holder().hostName.isEmpty());
        QVERIFY(second.holder().since.isValid());
        const QString message = second.errorMessage();
        QVERIFY2(message.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(message));
        QVERIFY2(message.contains(second.holder().hostName), qPrintable(message));
        QVERIFY2(message.contains(QDir::toNativeSeparators(dir.path())), qPrintable(message));
    }

    void releasedLockIsTakenAgain() {
        QTemporaryDir dir;
        {
            DataFolderLock first(dir.path());
            QVERIFY(first.tryLock());
        }
        QVERIFY(!QFile::exists(DataFolderLock::lockFilePath(dir.path())));
        DataFolderLock second(dir.path());
        QVERIFY(second.tryLock());
    }

    // A window that crashed leaves its lock file; the next window takes the folder over.
    void lockOfAGoneProcessIsTakenOver() {
        QTemporaryDir dir;
        const QString path = DataFolderLock::lockFilePath(dir.path());
        QByteArray contents;
        {
            DataFolderLock crashed(dir.path());
            QVERIFY(crashed.tryLock());
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            contents = file.readAll();
        }
        // The same lock file, written by a process that has since ended.
        QProcess gone;
        gone.start(QStringLiteral("true"), QStringList());
        QVERIFY(gone.waitForFinished());
        const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;
        contents = QByteArray::number(deadPid) + contents.mid(contents.indexOf('\n'));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(contents) == contents.size());
        file.close();

        DataFolderLock next(dir.path());
        QVERIFY2(next.tryLock(), qPrintable(next.errorMessage()));
        QVERIFY(next.isLocked());
    }

    void messageNamesProcessHostAndTime() {
        DataFolderLockHolder holder;
        holder.pid = 4242;
        holder.hostName = QStringLiteral("table-3-laptop");
        holder.since = QDateTime(QDate(2026, 12, 3), QTime(7, 30));
        const QString message = describeRunningStation(QStringLiteral("/srv/station"), holder);
        QVERIFY(message.contains(QLatin1String("4242")));
        QVERIFY(message.contains(QLatin1String("table-3-laptop")));
        QVERIFY(message.contains(QLocale().toString(holder.since, QLocale::ShortFormat)));
        QVERIFY(message.contains(QDir::toNativeSeparators(QStringLiteral("/srv/station"))));
    }
};

QTEST_GUILESS_MAIN(tst_DataFolderLock)
#include "tst_datafolderlock.moc"
