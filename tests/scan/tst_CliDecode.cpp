// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoldenImages.h"
#include "MjpegAviWriter.h"

#include "scan/CodeRenderer.h"
#include "tests/support/CliRun.h"
#include "tests/support/TestData.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace station::scan;
using station::test::GoldenEffect;

namespace {

struct CliRun {
    int exitCode = -1;
    QList<QJsonObject> lines;
    QString err;
};

CliRun runCli(const QStringList &args) {
    QProcess p;
    p.start(station::test::cliExecutable(), args);
    CliRun r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitCode();
    r.err = QString::fromUtf8(p.readAllStandardError());
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (!line.trimmed().isEmpty())
            r.lines << QJsonDocument::fromJson(line).object();
    }
    return r;
}

} // namespace

class tst_CliDecode : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void decodesImages();
    void decodesAVideoOncePerCode();
    void reportsUnreadableFiles();

private:
    QTemporaryDir m_dir;
};

void tst_CliDecode::initTestCase() {
    QVERIFY2(QFileInfo::exists(station::test::cliExecutable()),
             qPrintable(station::test::cliExecutable()));
}

void tst_CliDecode::decodesImages() {
    const QString qrFile = m_dir.filePath(QStringLiteral("dark.png"));
    const QString barFile = m_dir.filePath(QStringLiteral("label.jpg"));
    QVERIFY(station::test::makeGolden(CodeFormat::QRCode, QStringLiteral("RESIDENT-1"),
                                      GoldenEffect::Inverted)
                .image.save(qrFile));
    QVERIFY(station::test::makeGolden(CodeFormat::Code128, QStringLiteral("GZ2021052100017"),
                                      GoldenEffect::Rotated)
                .image.save(barFile, "JPEG", 90));
    const CliRun r = runCli({QStringLiteral("decode"), qrFile, barFile});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.size(), 2);
    QCOMPARE(r.lines.at(0).value(QStringLiteral("file")).toString(), qrFile);
    QCOMPARE(r.lines.at(0).value(QStringLiteral("format")).toString(), QStringLiteral("QRCode"));
    QCOMPARE(r.lines.at(0).value(QStringLiteral("text")).toString(), QStringLiteral("RESIDENT-1"));
    QVERIFY(r.lines.at(0).value(QStringLiteral("ms")).isDouble());
    QCOMPARE(r.lines.at(1).value(QStringLiteral("format")).toString(), QStringLiteral("Code128"));
    QCOMPARE(r.lines.at(1).value(QStringLiteral("text")).toString(),
             QStringLiteral("GZ2021052100017"));
}

void tst_CliDecode::decodesAVideoOncePerCode() {
    // 25 fps: 10 empty frames, code A for 15 frames, 10 empty, code B for 15 frames.
    QImage empty(640, 480, QImage::Format_RGB32);
    empty.fill(QColor(170, 170, 170));
    QList<QImage> frames;
    for (int i = 0; i < 10; ++i)
        frames << empty;
    for (const QString &t : {QStringLiteral("TUBE00000021"), QStringLiteral("TUBE00000022")}) {
        QImage f = empty;
        QPainter p(&f);
        p.drawImage(QPoint(200, 120), renderCode(CodeFormat::QRCode, t, 6));
        p.end();
        for (int i = 0; i < 15; ++i)
            frames << f;
        for (int i = 0; i < 10; ++i)
            frames << empty;
    }
    const QString video = m_dir.filePath(QStringLiteral("codes.avi"));
    QVERIFY(station::test::writeMjpegAvi(video, frames, 25));
    const CliRun r = runCli({QStringLiteral("decode"), video});
    if (r.exitCode == 1 && r.err.contains(QStringLiteral("Cannot play video")))
        QSKIP(qPrintable(QStringLiteral("No media backend plays MJPEG AVI here: ") + r.err));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.size(), 2);
    QCOMPARE(r.lines.at(0).value(QStringLiteral("text")).toString(),
             QStringLiteral("TUBE00000021"));
    QCOMPARE(r.lines.at(1).value(QStringLiteral("text")).toString(),
             QStringLiteral("TUBE00000022"));
    // Code A first shows at frame 10 (400 ms), code B at frame 35 (1400 ms).
    const double msA = r.lines.at(0).value(QStringLiteral("ms")).toDouble();
    const double msB = r.lines.at(1).value(QStringLiteral("ms")).toDouble();
    QVERIFY2(msA >= 390 && msA < 1000, qPrintable(QString::number(msA)));
    QVERIFY2(msB >= 1390 && msB < 2000, qPrintable(QString::number(msB)));
}

void tst_CliDecode::reportsUnreadableFiles() {
    const QString notAnImage = m_dir.filePath(QStringLiteral("notes.png"));
    QFile f(notAnImage);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not an image");
    f.close();
    const CliRun r = runCli(
        {QStringLiteral("decode"), notAnImage, m_dir.filePath(QStringLiteral("missing.png"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.lines.isEmpty());
    QVERIFY(r.err.contains(QStringLiteral("notes.png")));
    QVERIFY(r.err.contains(QStringLiteral("missing.png")));
    QCOMPARE(runCli({QStringLiteral("decode")}).exitCode, 2);
}

QTEST_MAIN(tst_CliDecode)
#include "tst_CliDecode.moc"
