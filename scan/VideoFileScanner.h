// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "scan/FrameDecodeWorker.h"
#include "scan/Scanner.h"

#include <QMediaPlayer>
#include <QPointer>
#include <QVideoSink>

namespace station::scan {

// A video file in place of a camera (`--video-source FILE`, demos and tests): QMediaPlayer
// plays it into a QVideoSink whose frames take the camera's path (FrameDecodeWorker). Why a
// file cannot be played comes as statusChanged(message, false).
class VideoFileScanner : public Scanner {
    Q_OBJECT
public:
    explicit VideoFileScanner(QObject *parent = nullptr);

    // The file that start() plays.
    void setPath(const QString &path) { m_path = path; }
    const QString &path() const { return m_path; }

    // Preview output (e.g. a QVideoWidget); frames are then read from its sink.
    void setVideoOutput(QObject *output);
    void setLooping(bool looping);

    // Plays the file set with setPath(); false when it does not exist.
    bool start() override;
    // Sets the path and starts.
    bool play(const QString &path);
    void stop() override;
    bool readsPictures() const override { return true; }

    FrameDecodeWorker *worker() { return &m_worker; }
    QMediaPlayer *player() { return &m_player; }

Q_SIGNALS:
    void finished();

private:
    QString m_path;
    QMediaPlayer m_player;
    QVideoSink m_ownSink;
    FrameDecodeWorker m_worker;
};

} // namespace station::scan
