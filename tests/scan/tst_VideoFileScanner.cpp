// SPDX-License-Identifier: GPL-3.0-or-later
#include "MjpegAviWriter.h"

#include "scan/CodeRenderer.h"
#include "scan/VideoFileScanner.h"

#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace station::scan;

namespace {

// 640x480 frames: `blank` empty frames, then each code shown for `hold` frames with empty
// frames between.
QList<QImage> framesShowing(const QStringList &codes, int hold, int blank) {
    QList<QImage> frames;
    QImage empty(640, 480, QImage::Format_RGB32);
    empty.fill(QColor(180, 180, 175));
    for (int i = 0; i < blank; ++i)
        frames << empty;
    for (const QString &text : codes) {
        QImage f = empty;
        QPainter p(&f);
        const QImage code = renderCode(CodeFormat::QRCode, text, 6);
        p.drawImage(QPoint((640 - code.width()) / 2, (480 - code.height()) / 2), code);
        p.end();
        for (int i = 0; i < hold; ++i)
            frames << f;
        for (int i = 0; i < blank; ++i)
            frames << empty;
    }
    return frames;
}

} // namespace

class tst_VideoFileScanner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decodesAGeneratedVideo();
    void missingFileIsReported();
};

void tst_VideoFileScanner::decodesAGeneratedVideo() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("codes.avi"));
    const QStringList codes{QStringLiteral("TUBE00000011"), QStringLiteral("TUBE00000012")};
    QVERIFY(station::test::writeMjpegAvi(path, framesShowing(codes, 12, 6), 25));

    VideoFileScanner scanner;
    QSignalSpy scans(&scanner, &VideoFileScanner::scanned);
    QSignalSpy finished(&scanner, &VideoFileScanner::finished);
    QSignalSpy status(&scanner, &VideoFileScanner::statusChanged);
    QVERIFY(scanner.play(path));
    QVERIFY(!status.isEmpty() && status.first().at(1).toBool()); // "Reading codes from..."
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !status.last().at(1).toBool(), 20000);
    if (!status.last().at(1).toBool())
        QSKIP(qPrintable(QStringLiteral("No Qt Multimedia backend could play an MJPEG AVI here "
                                        "(install gstreamer1.0-plugins-good): %1")
                             .arg(status.last().at(0).toString())));
    scanner.worker()->waitForIdle();
    QCoreApplication::processEvents();
    QVERIFY(scanner.worker()->framesDecoded() > 0);
    QStringList got;
    for (const auto &s : scans) {
        got << s.at(0).toString();
        QCOMPARE(s.at(1).value<station::EntryMethod>(), station::EntryMethod::Camera);
    }
    QCOMPARE(got, codes); // each code once, in order, though shown in many frames
}

void tst_VideoFileScanner::missingFileIsReported() {
    VideoFileScanner scanner;
    QSignalSpy status(&scanner, &VideoFileScanner::statusChanged);
    QVERIFY(!scanner.play(QStringLiteral("/nonexistent/video.avi")));
    QCOMPARE(status.size(), 1);
    QCOMPARE(status.at(0).at(1).toBool(), false);
    QVERIFY(status.at(0).at(0).toString().contains(QStringLiteral("/nonexistent/video.avi")));
}

QTEST_MAIN(tst_VideoFileScanner)
#include "tst_VideoFileScanner.moc"
