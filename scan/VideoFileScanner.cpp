// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/VideoFileScanner.h"

#include "scan/Logging.h"

#include <QFileInfo>
#include <QUrl>

namespace station::scan {

VideoFileScanner::VideoFileScanner(QObject *parent)
    : Scanner(parent) {
    connect(&m_worker, &FrameDecodeWorker::frameArrived, this, &VideoFileScanner::frameReady,
            Qt::DirectConnection);
    connect(&m_worker, &FrameDecodeWorker::scanned, this, &VideoFileScanner::scanned);
    connect(&m_worker, &FrameDecodeWorker::codesFound, this, &VideoFileScanner::codesFound);
    connect(&m_worker, &FrameDecodeWorker::oneCodeAtATime, this, &VideoFileScanner::oneCodeAtATime);
    connect(&m_player, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) {
                if (status == QMediaPlayer::EndOfMedia)
                    Q_EMIT finished();
                else if (status == QMediaPlayer::InvalidMedia)
                    Q_EMIT statusChanged(
                        tr("The video file cannot be played: %1").arg(m_player.errorString()),
                        false);
            });
    connect(&m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString &message) {
                qCWarning(lcScan) << "Video source error:" << message;
                Q_EMIT statusChanged(tr("The video file cannot be played: %1").arg(message), false);
            });
    m_player.setVideoSink(&m_ownSink);
    m_worker.attach(&m_ownSink);
}

void VideoFileScanner::setVideoOutput(QObject *output) {
    m_player.setVideoOutput(output ? output : static_cast<QObject *>(&m_ownSink));
    m_worker.attach(m_player.videoSink());
}

void VideoFileScanner::setLooping(bool looping) {
    m_player.setLoops(looping ? QMediaPlayer::Infinite : 1);
}

bool VideoFileScanner::play(const QString &path) {
    setPath(path);
    return start();
}

bool VideoFileScanner::start() {
    if (!QFileInfo::exists(m_path)) {
        Q_EMIT statusChanged(tr("The video file %1 does not exist.").arg(m_path), false);
        return false;
    }
    // Said before playing, so that an error the player reports at once is the last word.
    Q_EMIT statusChanged(tr("Reading codes from the video %1.").arg(QFileInfo(m_path).fileName()),
                         true);
    m_worker.resetDebounce();
    m_player.setSource(QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()));
    m_player.play();
    return true;
}

void VideoFileScanner::stop() {
    m_player.stop();
    m_worker.waitForIdle();
}

} // namespace station::scan
