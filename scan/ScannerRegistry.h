// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "scan/HidBurstDecoder.h"
#include "scan/Scanner.h"

#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace station::scan {

// The camera id that turns the camera off; an empty id means the system's default camera.
inline constexpr QLatin1String kNoCameraId("none");

// What the station's settings say about scanners, as plain values: scan/ does not read the
// settings file, the composition root fills this in.
struct ScannerSettings {
    HidBurstDecoder::Config keyboardWedge; // always on: a handheld scanner that types
    QString serialPort;                    // empty: no serial scanner
    qint32 serialBaud = 9600;
    int serialReconnectMs = 2000;
    QString hidPosDevice; // empty: no HID-POS scanner; "auto" or "VID:PID"
    int hidPosReconnectMs = 2000;
    QString cameraId;  // empty: the default camera; kNoCameraId: no camera
    QString videoFile; // --video-source: read this file in place of the camera
    // Code 128 texts the camera (or video file) may take from a single frame: the site's tube
    // and box patterns. Any other Code 128 needs two agreeing frames (Code128Confirmation).
    QStringList trustedCode128Patterns;
};

// One kind of scanner: its name and how it is built from the settings.
struct ScannerType {
    // "keyboard-wedge", "serial", "hid-pos", "camera", "video-file" (logs, docs, tests)
    QLatin1String key;
    // The scanner the settings ask for, not yet started; nullptr when they ask for none.
    std::unique_ptr<Scanner> (*create)(const ScannerSettings &settings);
};

// Every kind of scanner the station knows, in the order they are built. A new kind of
// scanner is one Scanner subclass plus one entry here (and its values in ScannerSettings).
QList<ScannerType> scannerTypes();

// The scanners the settings ask for, each tagged with its type's key (QObject::objectName).
std::vector<std::unique_ptr<Scanner>> createScanners(const ScannerSettings &settings);

} // namespace station::scan
