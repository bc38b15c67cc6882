// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "scan/FrameDecodeWorker.h"
#include "scan/Scanner.h"

#include <QByteArray>
#include <QCamera>
#include <QCameraDevice>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QPointer>
#include <QTimer>
#include <QVideoSink>

#include <memory>

namespace station::scan {

// The webcam scanning path: a camera from QMediaDevices::videoInputs() (the remembered one if
// present, else the default), a format chosen by preferredCameraFormat(), frames from the
// capture session's sink into a FrameDecodeWorker. Says clearly when there is no camera or it
// is unplugged, and starts again by itself when a camera comes back.
class CameraScanner : public Scanner {
    Q_OBJECT
public:
    explicit CameraScanner(QObject *parent = nullptr);
    ~CameraScanner() override;

    static QList<QCameraDevice> cameras();

    // The camera to use (QCameraDevice::id(), remembered in settings by the app).
    void setPreferredCameraId(const QByteArray &id);
    QByteArray currentCameraId() const;

    // Preview: where frames are shown (e.g. a QVideoWidget); frames are then taken from its
    // sink. Without an output, an internal sink is used.
    void setVideoOutput(QObject *output);

    // false when no camera is present (statusChanged says so; it keeps watching).
    // statusChanged's `connected` is true while frames are being read.
    bool start() override;
    void stop() override;
    bool readsPictures() const override { return true; }
    bool isActive() const;

    FrameDecodeWorker *worker() { return &m_worker; }

private:
    QCameraDevice pickDevice() const;
    bool openCamera(const QCameraDevice &device);
    void closeCamera();
    void onVideoInputsChanged();
    void onCameraError(QCamera::Error error, const QString &errorString);
    void attachSink();

    QMediaDevices m_devices;
    QMediaCaptureSession m_session;
    QVideoSink m_ownSink;
    QPointer<QObject> m_output;
    std::unique_ptr<QCamera> m_camera;
    FrameDecodeWorker m_worker;
    QByteArray m_preferredId;
    QTimer m_retry;
    bool m_wanted = false;
};

} // namespace station::scan
