// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "scan/FrameDecodeWorker.h"

#include <QMediaPlayer>
#include <QObject>
#include <QPointer>
#include <QVideoSink>

namespace station::scan {

// A video file in place of a camera (`--video-source FILE`, demos and tests): QMediaPlayer
// plays it into a QVideoSink whose frames take the camera's path (FrameDecodeWorker).
class VideoFileScanner : public QObject {
    Q_OBJECT
public:
    explicit VideoFileScanner(QObject *parent = nullptr);

    // Preview output (e.g. a QVideoWidget); frames are then read from its sink.
    void setVideoOutput(QObject *output);
    void setLooping(bool looping);

    void play(const QString &path);
    void stop();

    FrameDecodeWorker *worker() { return &m_worker; }
    QMediaPlayer *player() { return &m_player; }

Q_SIGNALS:
    // Every frame read (for the preview; emitted on the media thread that delivered it, so
    // receivers connect with the default, automatic connection and keep only the newest).
    void frameReady(const QVideoFrame &frame);
    void scanned(const QString &text, station::scan::ScanSource source);
    void codesFound(const QList<station::scan::DecodedCode> &codes, QSize frameSize);
    void oneCodeAtATime(const QString &message);
    void finished();
    // Translated: why the file cannot be played.
    void errorOccurred(const QString &message);

private:
    QMediaPlayer m_player;
    QVideoSink m_ownSink;
    FrameDecodeWorker m_worker;
};

} // namespace station::scan
