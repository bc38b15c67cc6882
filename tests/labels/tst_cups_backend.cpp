// SPDX-License-Identifier: GPL-3.0-or-later
// CupsBackend against a stand-in `lp` that records its arguments and standard input, so the
// exact command line and bytes are checked without a CUPS scheduler (tst_cups_print does
// the real thing).
#include "labels/CupsBackend.h"
#include "labels/ZplEncoder.h"
#include "tests/labels/ZplFixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace station::labels;

class TestCupsBackend : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        m_fakeLp = m_dir.filePath(QStringLiteral("lp"));
        QFile script(m_fakeLp);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\n"
                     "dir=$(dirname \"$0\")\n"
                     "printf '%s\\n' \"$@\" > \"$dir/args\"\n"
                     "cat > \"$dir/data\"\n"
                     "if [ \"$2\" = \"Offline\" ]; then echo 'lp: The printer or class does "
                     "not exist.' >&2; exit 1; fi\n"
                     "echo \"request id is $2-1 (0 file(s))\"\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    void rawZplGoesToARawQueueUnchanged() {
        CupsBackend backend(QStringLiteral("Zebra"), CupsBackend::Payload::RawZpl, m_fakeLp);
        const PrintJob job = station::test::goldenTubeJob();
        const PrintResult result = backend.print(job);
        QVERIFY2(result.ok, qPrintable(result.userMessage));
        QCOMPARE(result.userMessage, QStringLiteral("request id is Zebra-1 (0 file(s))"));
        QCOMPARE(readLines(QStringLiteral("args")),
                 QStringList({QStringLiteral("-d"), QStringLiteral("Zebra"), QStringLiteral("-t"),
                              QStringLiteral("sampling-station"), QStringLiteral("-o"),
                              QStringLiteral("raw"), QStringLiteral("--"), QStringLiteral("-")}));
        QCOMPARE(read(QStringLiteral("data")), ZplEncoder::encode(job)); // copies are in ^PQ
    }

    void pdfGoesWithCopiesAndExactMedia() {
        CupsBackend backend(QStringLiteral("Office"), CupsBackend::Payload::Pdf, m_fakeLp);
        PrintJob job = station::test::goldenTubeJob();
        job.copies = 3;
        const PrintResult result = backend.print(job);
        QVERIFY2(result.ok, qPrintable(result.userMessage));
        const QStringList args = readLines(QStringLiteral("args"));
        QVERIFY(args.contains(QStringLiteral("-n")));
        QCOMPARE(args.at(args.indexOf(QStringLiteral("-n")) + 1), QStringLiteral("3"));
        QVERIFY(args.contains(QStringLiteral("media=Custom.50x25mm")));
        const QByteArray pdf = read(QStringLiteral("data"));
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(pdf.count("/MediaBox"), 1); // one page; lp makes the copies
    }

    void refusedJobReportsCupsMessage() {
        CupsBackend backend(QStringLiteral("Offline"), CupsBackend::Payload::RawZpl, m_fakeLp);
        const PrintResult result = backend.print(station::test::goldenTubeJob());
        QVERIFY(!result.ok);
        QVERIFY2(result.userMessage.contains(QStringLiteral("Offline")),
                 qPrintable(result.userMessage));
        QVERIFY2(result.userMessage.contains(QStringLiteral("does not exist")),
                 qPrintable(result.userMessage));
    }

    void missingLpIsReported() {
        CupsBackend backend(QStringLiteral("Zebra"), CupsBackend::Payload::RawZpl,
                            m_dir.filePath(QStringLiteral("no-such-lp")));
        const PrintResult result = backend.print(station::test::goldenTubeJob());
        QVERIFY(!result.ok);
        QVERIFY2(result.userMessage.contains(QStringLiteral("Is CUPS installed?")),
                 qPrintable(result.userMessage));
    }

private:
    QByteArray read(const QString &name) const {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QStringList readLines(const QString &name) const {
        return QString::fromUtf8(read(name)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    QTemporaryDir m_dir;
    QString m_fakeLp;
};

QTEST_MAIN(TestCupsBackend)
#include "tst_cups_backend.moc"
