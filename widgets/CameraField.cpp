// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/CameraField.h"

#include "scan/ScannerRegistry.h"

#include <QCameraDevice>

namespace station {

CameraField::CameraField(const QString &cameraId, QWidget *parent)
    : QComboBox(parent)
    , m_cameras(connectedCameras()) {
    setObjectName(QStringLiteral("cameraField"));
    setToolTip(tr("The camera that reads codes held up to it. The default camera is the one the "
                  "system chooses (a built-in camera, or the first USB camera)."));
    rebuild(cameraId.trimmed());
    connect(&m_devices, &QMediaDevices::videoInputsChanged, this,
            [this] { setConnectedCameras(connectedCameras()); });
}

QList<CameraField::Camera> CameraField::connectedCameras() {
    QList<Camera> cameras;
    const QList<QCameraDevice> devices = QMediaDevices::videoInputs();
    for (const QCameraDevice &device : devices)
        cameras.append({QString::fromUtf8(device.id()), device.description()});
    return cameras;
}

void CameraField::setConnectedCameras(const QList<Camera> &cameras) {
    const QString chosen = cameraId();
    m_cameras = cameras;
    rebuild(chosen);
}

QString CameraField::cameraId() const {
    return currentData().toString();
}

void CameraField::rebuild(const QString &chosenId) {
    clear();
    addItem(tr("Default camera"), QString());
    addItem(tr("No camera"), scan::kNoCameraId);
    bool listed = chosenId.isEmpty() || chosenId == scan::kNoCameraId;
    for (const Camera &camera : std::as_const(m_cameras)) {
        addItem(camera.description.isEmpty() ? camera.id : camera.description, camera.id);
        setItemData(count() - 1, camera.id, Qt::ToolTipRole);
        listed = listed || camera.id == chosenId;
    }
    if (!listed)
        addItem(tr("%1 (not connected)").arg(chosenId), chosenId);
    setCurrentIndex(qMax(0, findData(chosenId)));
}

} // namespace station
