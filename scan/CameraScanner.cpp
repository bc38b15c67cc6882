// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/CameraScanner.h"

#include "scan/CameraFormatChoice.h"
#include "scan/Logging.h"

#include <QCameraFormat>

namespace station::scan {

CameraScanner::CameraScanner(QObject *parent)
    : Scanner(parent) {
    connect(&m_worker, &FrameDecodeWorker::frameArrived, this, &CameraScanner::frameReady,
            Qt::DirectConnection);
    connect(&m_worker, &FrameDecodeWorker::scanned, this, &CameraScanner::scanned);
    connect(&m_worker, &FrameDecodeWorker::codesFound, this, &CameraScanner::codesFound);
    connect(&m_worker, &FrameDecodeWorker::oneCodeAtATime, this, &CameraScanner::oneCodeAtATime);
    connect(&m_devices, &QMediaDevices::videoInputsChanged, this,
            &CameraScanner::onVideoInputsChanged);
    // Some drivers come back without a device-list change: look again now and then.
    m_retry.setInterval(3000);
    connect(&m_retry, &QTimer::timeout, this, &CameraScanner::onVideoInputsChanged);
    attachSink();
}

CameraScanner::~CameraScanner() {
    closeCamera();
}

QList<QCameraDevice> CameraScanner::cameras() {
    return QMediaDevices::videoInputs();
}

void CameraScanner::setPreferredCameraId(const QByteArray &id) {
    m_preferredId = id;
    if (m_wanted && currentCameraId() != id) {
        closeCamera();
        start();
    }
}

QByteArray CameraScanner::currentCameraId() const {
    return m_camera ? m_camera->cameraDevice().id() : QByteArray();
}

void CameraScanner::setVideoOutput(QObject *output) {
    m_output = output;
    m_session.setVideoOutput(output ? output : static_cast<QObject *>(&m_ownSink));
    attachSink();
}

void CameraScanner::attachSink() {
    if (!m_output)
        m_session.setVideoSink(&m_ownSink);
    if (QVideoSink *sink = m_session.videoSink())
        m_worker.attach(sink);
}

bool CameraScanner::isActive() const {
    return m_camera && m_camera->isActive();
}

QCameraDevice CameraScanner::pickDevice() const {
    const QList<QCameraDevice> all = cameras();
    for (const QCameraDevice &d : all) {
        if (!m_preferredId.isEmpty() && d.id() == m_preferredId)
            return d;
    }
    const QCameraDevice fallback = QMediaDevices::defaultVideoInput();
    return fallback.isNull() && !all.isEmpty() ? all.first() : fallback;
}

bool CameraScanner::start() {
    m_wanted = true;
    if (isActive())
        return true;
    const QCameraDevice device = pickDevice();
    if (device.isNull()) {
        Q_EMIT statusChanged(tr("No camera found. Plug in a USB camera; scanning starts by "
                                "itself when it appears."),
                             false);
        m_retry.start();
        return false;
    }
    return openCamera(device);
}

bool CameraScanner::openCamera(const QCameraDevice &device) {
    closeCamera();
    m_camera = std::make_unique<QCamera>(device);
    connect(m_camera.get(), &QCamera::errorOccurred, this, &CameraScanner::onCameraError);

    QList<CameraFormatInfo> infos;
    const QList<QCameraFormat> formats = device.videoFormats();
    for (const QCameraFormat &f : formats)
        infos.append({f.resolution(), f.pixelFormat(), f.maxFrameRate()});
    const int chosen = preferredCameraFormat(infos);
    if (chosen >= 0) {
        m_camera->setCameraFormat(formats.at(chosen));
        qCInfo(lcScan) << "Camera format" << formats.at(chosen).resolution()
                       << formats.at(chosen).pixelFormat() << formats.at(chosen).maxFrameRate();
    }
    m_session.setCamera(m_camera.get());
    m_worker.resetDebounce();
    m_camera->start();
    if (m_camera && m_camera->isActive()) {
        m_retry.stop();
        Q_EMIT statusChanged(tr("Camera \"%1\" is scanning.").arg(device.description()), true);
        return true;
    }
    // The error handler (already run, if the start failed) has said why and keeps watching.
    return false;
}

void CameraScanner::closeCamera() {
    if (!m_camera)
        return;
    m_camera->disconnect(this);
    m_camera->stop();
    m_session.setCamera(nullptr);
    m_camera.reset();
}

void CameraScanner::stop() {
    m_wanted = false;
    m_retry.stop();
    closeCamera();
    m_worker.waitForIdle();
}

void CameraScanner::onVideoInputsChanged() {
    if (!m_wanted)
        return;
    const QList<QCameraDevice> all = cameras();
    const QByteArray current = currentCameraId();
    const bool currentPresent =
        !current.isEmpty() && std::any_of(all.cbegin(), all.cend(), [&](const QCameraDevice &d) {
            return d.id() == current;
        });
    if (m_camera && !currentPresent) {
        qCWarning(lcScan) << "Camera unplugged";
        closeCamera();
        Q_EMIT statusChanged(tr("The camera was unplugged. Plug it back in; scanning starts "
                                "again by itself."),
                             false);
        m_retry.start();
        return;
    }
    if (!isActive()) {
        const QCameraDevice device = pickDevice();
        if (!device.isNull() && openCamera(device))
            qCInfo(lcScan) << "Camera back";
    }
}

void CameraScanner::onCameraError(QCamera::Error error, const QString &errorString) {
    if (error == QCamera::NoError)
        return;
    qCWarning(lcScan) << "Camera error:" << errorString;
    Q_EMIT statusChanged(tr("The camera stopped working (%1). The station keeps trying to "
                            "reconnect.")
                             .arg(errorString),
                         false);
    if (m_wanted)
        m_retry.start();
}

} // namespace station::scan
