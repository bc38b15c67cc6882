// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QComboBox>
#include <QList>
#include <QMediaDevices>
#include <QString>

namespace station {

// The camera the station scans with, chosen in Settings: the system's default camera (stored
// as an empty id), no camera ("none"), or one of the connected cameras, shown by its
// description and stored by its id. A saved camera that is unplugged stays in the list, marked
// as not connected, so that opening and saving Settings never loses it. The list follows
// cameras being plugged in and out while it is shown.
class CameraField : public QComboBox {
    Q_OBJECT
public:
    struct Camera {
        QString id;
        QString description;
    };

    explicit CameraField(const QString &cameraId, QWidget *parent = nullptr);

    // The cameras connected now (QMediaDevices::videoInputs()).
    static QList<Camera> connectedCameras();
    // Rebuilds the list from `cameras`, keeping the current choice.
    void setConnectedCameras(const QList<Camera> &cameras);
    // What to store: empty for the default camera, "none", or a camera's id.
    QString cameraId() const;

private:
    void rebuild(const QString &chosenId);

    QMediaDevices m_devices;
    QList<Camera> m_cameras;
};

} // namespace station
