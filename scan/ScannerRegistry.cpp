// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScannerRegistry.h"

#include "scan/CameraScanner.h"
#include "scan/HidPosScanner.h"
#include "scan/HidScanEventFilter.h"
#include "scan/SerialScanner.h"
#include "scan/VideoFileScanner.h"

namespace station::scan {
namespace {

std::unique_ptr<Scanner> createKeyboardWedge(const ScannerSettings &settings) {
    return std::make_unique<HidScanEventFilter>(settings.keyboardWedge);
}

std::unique_ptr<Scanner> createSerial(const ScannerSettings &settings) {
    if (settings.serialPort.isEmpty())
        return nullptr;
    auto scanner = std::make_unique<SerialScanner>();
    scanner->setConfig({settings.serialPort, settings.serialBaud, settings.serialReconnectMs});
    return scanner;
}

std::unique_ptr<Scanner> createHidPos(const ScannerSettings &settings) {
    if (settings.hidPosDevice.isEmpty())
        return nullptr;
    auto scanner = std::make_unique<HidPosScanner>();
    scanner->setConfig({settings.hidPosDevice, settings.hidPosReconnectMs});
    return scanner;
}

// A video file takes the camera's place (one picture beside the tube). Without an id the
// scanner takes the system's default camera.
std::unique_ptr<Scanner> createCamera(const ScannerSettings &settings) {
    if (!settings.videoFile.isEmpty() || settings.cameraId == kNoCameraId)
        return nullptr;
    auto scanner = std::make_unique<CameraScanner>();
    scanner->setPreferredCameraId(settings.cameraId.toUtf8());
    scanner->worker()->setTrustedCode128Patterns(settings.trustedCode128Patterns);
    return scanner;
}

std::unique_ptr<Scanner> createVideoFile(const ScannerSettings &settings) {
    if (settings.videoFile.isEmpty())
        return nullptr;
    auto scanner = std::make_unique<VideoFileScanner>();
    scanner->setPath(settings.videoFile);
    scanner->worker()->setTrustedCode128Patterns(settings.trustedCode128Patterns);
    return scanner;
}

} // namespace

QList<ScannerType> scannerTypes() {
    return {
        {QLatin1String("keyboard-wedge"), &createKeyboardWedge},
        {QLatin1String("serial"), &createSerial},
        {QLatin1String("hid-pos"), &createHidPos},
        {QLatin1String("camera"), &createCamera},
        {QLatin1String("video-file"), &createVideoFile},
    };
}

std::vector<std::unique_ptr<Scanner>> createScanners(const ScannerSettings &settings) {
    std::vector<std::unique_ptr<Scanner>> scanners;
    for (const ScannerType &type : scannerTypes()) {
        if (std::unique_ptr<Scanner> scanner = type.create(settings)) {
            scanner->setObjectName(type.key);
            scanners.push_back(std::move(scanner));
        }
    }
    return scanners;
}

} // namespace station::scan
