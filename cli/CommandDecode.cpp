// SPDX-License-Identifier: GPL-3.0-or-later
// sampling-station-cli decode FILE...: decodes images and videos through the scan pipeline
// (the same decoder and strategies as the camera) and prints one JSON line per code.
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "scan/BarcodeDecoder.h"
#include "scan/DecodeSchedule.h"
#include "scan/FrameLuminance.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMediaPlayer>
#include <QMimeDatabase>
#include <QSet>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <QVideoSink>

namespace station::cli {

namespace {

void printCode(QTextStream &out, const QString &file, const scan::DecodedCode &code, qint64 ms) {
    const QJsonObject line{{QStringLiteral("file"), file},
                           {QStringLiteral("format"), scan::codeFormatName(code.format)},
                           {QStringLiteral("text"), code.text},
                           {QStringLiteral("ms"), double(ms)}};
    out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
    out.flush();
}

// A still image: every strategy. "ms" is the time the decode took.
bool decodeImage(const QString &file, QTextStream &out, QTextStream &err) {
    QImageReader reader(file);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        err << CliText::tr("Cannot read image %1: %2").arg(file, reader.errorString()) << '\n';
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    const auto codes = scan::BarcodeDecoder().decode(image, scan::DecodeSchedule::all());
    const qint64 ms = timer.elapsed();
    for (const scan::DecodedCode &code : codes)
        printCode(out, file, code, ms);
    return true;
}

// A video: played through QMediaPlayer into a QVideoSink, each frame decoded with the camera's
// per-frame schedule; each distinct code is printed once, with the time of the first frame
// that showed it ("ms").
bool decodeVideo(const QString &file, QTextStream &out, QTextStream &err) {
    QMediaPlayer player;
    QVideoSink sink;
    player.setVideoSink(&sink);
    const scan::BarcodeDecoder decoder;
    const scan::DecodeSchedule schedule;
    QSet<QString> seen;
    quint64 frameIndex = 0;
    QString failure;
    QEventLoop loop;

    QObject::connect(&sink, &QVideoSink::videoFrameChanged, &loop, [&](const QVideoFrame &frame) {
        const scan::FrameLuminance luminance(frame);
        if (!luminance.isValid())
            return;
        const auto codes = decoder.decodeFrame(luminance.view(), schedule, frameIndex++);
        const qint64 ms = frame.startTime() >= 0 ? frame.startTime() / 1000 : player.position();
        for (const scan::DecodedCode &code : codes) {
            const QString key = scan::codeFormatName(code.format) + QLatin1Char(':') + code.text;
            if (!seen.contains(key)) {
                seen.insert(key);
                printCode(out, file, code, ms);
            }
        }
    });
    QObject::connect(&player, &QMediaPlayer::mediaStatusChanged, &loop,
                     [&](QMediaPlayer::MediaStatus status) {
                         if (status == QMediaPlayer::EndOfMedia)
                             loop.quit();
                         else if (status == QMediaPlayer::InvalidMedia) {
                             failure = player.errorString();
                             loop.quit();
                         }
                     });
    QObject::connect(&player, &QMediaPlayer::errorOccurred, &loop,
                     [&](QMediaPlayer::Error, const QString &message) {
                         failure = message;
                         loop.quit();
                     });
    // A backend that neither plays nor fails would leave us waiting forever: give up after
    // 15 s without a frame.
    QTimer stall;
    stall.setSingleShot(true);
    stall.setInterval(15000);
    QObject::connect(&stall, &QTimer::timeout, &loop, [&] {
        failure = CliText::tr("playback stalled (no frame for 15 s)");
        loop.quit();
    });
    QObject::connect(&sink, &QVideoSink::videoFrameChanged, &stall, [&stall] { stall.start(); });
    player.setSource(QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath()));
    player.play();
    stall.start();
    loop.exec();
    player.stop();
    if (!failure.isEmpty() || frameIndex == 0) {
        err << CliText::tr("Cannot play video %1: %2")
                   .arg(file,
                        failure.isEmpty() ? CliText::tr("no video frames were decoded") : failure)
            << '\n';
        return false;
    }
    return true;
}

void usage(QTextStream &out) {
    out << CliText::tr("Usage: sampling-station-cli decode FILE...") << "\n\n"
        << CliText::tr("Decodes QR and Code 128 codes in images and video files with the camera "
                       "pipeline and prints one JSON line per code:")
        << '\n'
        << "  {\"file\":...,\"format\":\"QRCode\"|\"Code128\",\"text\":...,\"ms\":...}\n"
        << CliText::tr(
               "For an image, ms is the decode time; for a video, the time of the first frame "
               "showing the code (each code is printed once per file).")
        << '\n'
        << CliText::tr("Exit status: 0 when every file was read, 1 when a file could not be read, "
                       "2 for a usage error.")
        << '\n';
}

} // namespace

int runDecode(const QStringList &args) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList files;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            usage(out);
            return 0;
        }
        if (a == QLatin1String("--data-dir")) { // accepted by every command; unused here
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1String("--"))) {
            err << CliText::tr("Unknown option: %1").arg(a) << '\n';
            usage(err);
            return 2;
        }
        files << a;
    }
    if (files.isEmpty()) {
        usage(err);
        return 2;
    }
    const QMimeDatabase mime;
    bool allRead = true;
    for (const QString &file : files) {
        if (!QFileInfo(file).isFile()) {
            err << CliText::tr("No such file: %1").arg(file) << '\n';
            allRead = false;
            continue;
        }
        const bool video = mime.mimeTypeForFile(file).name().startsWith(QLatin1String("video/"));
        allRead &= video ? decodeVideo(file, out, err) : decodeImage(file, out, err);
    }
    return allRead ? 0 : 1;
}

} // namespace station::cli
