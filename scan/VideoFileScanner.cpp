// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/VideoFileScanner.h"

#include "scan/Logging.h"

#include <QFileInfo>
#include <QUrl>

namespace station::scan {

VideoFileScanner::VideoFileScanner(QObject *parent)
    : QObject(parent)
    , m_worker(ScanSource::VideoFile) {
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
                    Q_EMIT errorOccurred(
                        tr("The video file cannot be played: %1").arg(m_player.errorString()));
            });
    connect(&m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString &message) {
                qCWarning(lcScan) << "Video source error:" << message;
                Q_EMIT errorOccurred(tr("The video file cannot be played: %1").arg(message));
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

void VideoFileScanner::play(const QString &path) {
    if (!QFileInfo::exists(path)) {
        Q_EMIT errorOccurred(tr("The video file %1 does not exist.").arg(path));
        return;
    }
    m_worker.resetDebounce();
    m_player.setSource(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
    m_player.play();
}

void VideoFileScanner::stop() {
    m_player.stop();
    m_worker.waitForIdle();
}

} // namespace station::scan
