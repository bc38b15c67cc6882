// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/EntryMethod.h"
#include "scan/DecodedCode.h"

#include <QObject>
#include <QSize>
#include <QVideoFrame>

namespace station::scan {

// One scanner, of any kind: keyboard wedge, serial port, camera, video file. The composition
// root builds them from the ScannerRegistry and connects every one the same way: scans to the
// table, status to the status bar and, for one that reads pictures, frames and outlines to the
// preview. A new kind of scanner is a subclass plus its entry in ScannerRegistry.cpp.
class Scanner : public QObject {
    Q_OBJECT
public:
    explicit Scanner(QObject *parent = nullptr);

    // Begins reading: installs the key filter, opens the port or camera, plays the file. Returns
    // true when it reads now; otherwise statusChanged() has said why and, where a device may
    // still appear, it keeps trying.
    virtual bool start() = 0;
    virtual void stop() = 0;
    // Whether it reads pictures, and so emits frameReady(), codesFound() and oneCodeAtATime().
    virtual bool readsPictures() const { return false; }

Q_SIGNALS:
    void scanned(const QString &text, station::EntryMethod method);
    // Translated, for the operator: that it works, or what is wrong and what happens next.
    void statusChanged(const QString &message, bool connected);
    // Translated: something was scanned but could not be read whole (a damaged or cut-off
    // transfer, text in the wrong encoding); nothing was taken, the operator scans again.
    void scanRefused(const QString &message);

    // Scanners that read pictures only.
    // Every frame read (for the preview; emitted on the media thread that delivered it, so
    // receivers connect with the default, automatic connection and keep only the newest).
    void frameReady(const QVideoFrame &frame);
    // The codes of one decoded frame, for outlines over the preview.
    void codesFound(const QList<station::scan::DecodedCode> &codes, QSize frameSize);
    // Translated notice: two different codes were in view and none was taken.
    void oneCodeAtATime(const QString &message);
};

} // namespace station::scan
