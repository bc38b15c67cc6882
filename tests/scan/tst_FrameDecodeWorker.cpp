// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/CodeRenderer.h"
#include "scan/FrameDecodeWorker.h"

#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>

using namespace station::scan;

namespace {

// A 1280x720 Y8 frame showing the given QR codes side by side.
QVideoFrame frameShowing(const QStringList &texts) {
    QImage grey(1280, 720, QImage::Format_Grayscale8);
    grey.fill(230);
    QPainter p(&grey);
    int x = 60;
    for (const QString &t : texts) {
        const QImage code = renderCode(CodeFormat::QRCode, t, 6);
        p.drawImage(QPoint(x, 150), code);
        x += code.width() + 80;
    }
    p.end();
    QVideoFrame frame(QVideoFrameFormat(grey.size(), QVideoFrameFormat::Format_Y8));
    frame.map(QVideoFrame::WriteOnly);
    for (int y = 0; y < grey.height(); ++y)
        std::copy_n(grey.constScanLine(y), grey.width(), frame.bits(0) + y * frame.bytesPerLine(0));
    frame.unmap();
    return frame;
}

// A 1280x720 Y8 frame showing one Code 128 label, level.
QVideoFrame frameShowingLabel(const QString &text) {
    QImage grey(1280, 720, QImage::Format_Grayscale8);
    grey.fill(230);
    QPainter p(&grey);
    p.drawImage(QPoint(200, 300), renderCode(CodeFormat::Code128, text, 3, 10, 80));
    p.end();
    QVideoFrame frame(QVideoFrameFormat(grey.size(), QVideoFrameFormat::Format_Y8));
    frame.map(QVideoFrame::WriteOnly);
    for (int y = 0; y < grey.height(); ++y)
        std::copy_n(grey.constScanLine(y), grey.width(), frame.bits(0) + y * frame.bytesPerLine(0));
    frame.unmap();
    return frame;
}

} // namespace

class tst_FrameDecodeWorker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void debouncesAcrossFrames();
    void twoCodesAreRefused();
    void code128WantsTwoFramesOrATrustedPattern();
    void framesAreDroppedWhileBusy();
    void decodesOffTheCallingThread();
    void sinkFramesArePassedOnForThePreview();

private:
    // Submits and waits until the frame's result has been delivered.
    static void feed(FrameDecodeWorker &worker, const QVideoFrame &frame) {
        QSignalSpy delivered(&worker, &FrameDecodeWorker::codesFound);
        QVERIFY(worker.submit(frame));
        QVERIFY(delivered.wait(5000));
    }
};

void tst_FrameDecodeWorker::debouncesAcrossFrames() {
    FrameDecodeWorker worker;
    qint64 now = 0;
    worker.setClock([&now] { return now; });
    QSignalSpy scans(&worker, &FrameDecodeWorker::scanned);
    const QVideoFrame a = frameShowing({QStringLiteral("TUBE00000001")});

    feed(worker, a);
    now = 500;
    feed(worker, a);
    now = 1900;
    feed(worker, a);
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.at(0).at(0).toString(), QStringLiteral("TUBE00000001"));
    QCOMPARE(scans.at(0).at(1).value<station::EntryMethod>(), station::EntryMethod::Camera);

    now = 4000; // more than 2 s since it was last seen
    feed(worker, a);
    QCOMPARE(scans.size(), 2);
}

void tst_FrameDecodeWorker::code128WantsTwoFramesOrATrustedPattern() {
    const QVideoFrame label = frameShowingLabel(QStringLiteral("SG00003000000017"));
    {
        FrameDecodeWorker worker; // no pattern known: two frames must agree
        QSignalSpy scans(&worker, &FrameDecodeWorker::scanned);
        feed(worker, label);
        QCOMPARE(scans.size(), 0);
        feed(worker, label);
        QCOMPARE(scans.size(), 1);
        QCOMPARE(scans.at(0).at(0).toString(), QStringLiteral("SG00003000000017"));
    }
    {
        FrameDecodeWorker worker; // the site's tube pattern: one frame is enough
        worker.setTrustedCode128Patterns({QStringLiteral("^[A-Z]{0,4}[0-9]{8,16}$")});
        QSignalSpy scans(&worker, &FrameDecodeWorker::scanned);
        feed(worker, label);
        QCOMPARE(scans.size(), 1);
        QCOMPARE(scans.at(0).at(0).toString(), QStringLiteral("SG00003000000017"));
    }
}

void tst_FrameDecodeWorker::twoCodesAreRefused() {
    FrameDecodeWorker worker;
    qint64 now = 0;
    worker.setClock([&now] { return now; });
    QSignalSpy scans(&worker, &FrameDecodeWorker::scanned);
    QSignalSpy notices(&worker, &FrameDecodeWorker::oneCodeAtATime);
    QSignalSpy found(&worker, &FrameDecodeWorker::codesFound);

    feed(worker, frameShowing({QStringLiteral("TUBE00000001"), QStringLiteral("TUBE00000002")}));
    QCOMPARE(scans.size(), 0);
    QCOMPARE(notices.size(), 1);
    QVERIFY(!notices.at(0).at(0).toString().isEmpty());
    // The overlay still gets both outlines and the frame size.
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).at(0).value<QList<DecodedCode>>().size(), 2);
    QCOMPARE(found.at(0).at(1).toSize(), QSize(1280, 720));
}

void tst_FrameDecodeWorker::framesAreDroppedWhileBusy() {
    FrameDecodeWorker worker;
    QSignalSpy found(&worker, &FrameDecodeWorker::codesFound);
    const QVideoFrame frame = frameShowing({QStringLiteral("TUBE00000003")});
    int accepted = 0;
    for (int i = 0; i < 20; ++i)
        accepted += worker.submit(frame) ? 1 : 0;
    worker.waitForIdle();
    QTRY_COMPARE(found.size(), accepted);
    QCOMPARE(worker.framesDecoded(), quint64(accepted));
    QCOMPARE(worker.framesDecoded() + worker.framesDropped(), quint64(20));
    QVERIFY(accepted >= 1);
    // After it went idle, a new frame is always accepted.
    QVERIFY(worker.submit(frame));
    worker.waitForIdle();
}

void tst_FrameDecodeWorker::decodesOffTheCallingThread() {
    FrameDecodeWorker worker;
    feed(worker, frameShowing({QStringLiteral("TUBE00000004")}));
    QVERIFY(worker.lastDecodingThread() != nullptr);
    QVERIFY(worker.lastDecodingThread() != QThread::currentThread());
}

void tst_FrameDecodeWorker::sinkFramesArePassedOnForThePreview() {
    FrameDecodeWorker worker;
    QVideoSink sink;
    worker.attach(&sink);
    worker.attach(&sink); // attaching the same sink again must not hand frames over twice
    QSignalSpy arrived(&worker, &FrameDecodeWorker::frameArrived);
    QSignalSpy found(&worker, &FrameDecodeWorker::codesFound);
    const QVideoFrame frame = frameShowing({QStringLiteral("TUBE00000005")});
    sink.setVideoFrame(frame);
    worker.waitForIdle();
    QTRY_COMPARE(found.size(), 1);
    QCOMPARE(arrived.size(), 1);
    QCOMPARE(worker.framesDecoded() + worker.framesDropped(), quint64(1));
    // Frames dropped for decoding (a decode is running) still reach the preview. (A sink
    // announces only a frame different from the one it holds: each is a new frame here.)
    const auto blank = [] {
        QVideoFrame f(QVideoFrameFormat(QSize(64, 48), QVideoFrameFormat::Format_Y8));
        f.map(QVideoFrame::WriteOnly);
        std::fill_n(f.bits(0), f.mappedBytes(0), uchar(200));
        f.unmap();
        return f;
    };
    for (int i = 0; i < 5; ++i)
        sink.setVideoFrame(blank());
    QCOMPARE(arrived.size(), 6);
    worker.waitForIdle();
    // A different sink replaces the first one.
    QVideoSink other;
    worker.attach(&other);
    sink.setVideoFrame(blank());
    QCOMPARE(arrived.size(), 6);
    other.setVideoFrame(blank());
    QCOMPARE(arrived.size(), 7);
    worker.waitForIdle();
}

QTEST_MAIN(tst_FrameDecodeWorker)
#include "tst_FrameDecodeWorker.moc"
