// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "scan/DecodedCode.h"

#include <QElapsedTimer>
#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QSize>
#include <QVideoFrame>
#include <QWidget>

#include <functional>

class QTimer;

namespace station {

// The live picture of the scanning camera (or --video-source file) with the outline of every
// code found drawn over it for a moment, so the person holding up a phone sees that it is read.
//  - Frames only replace the one waiting to be painted; painting happens at most
//    maxFramesPerSecond() times a second, so a 30 fps camera never floods the GUI thread. The
//    only work per painted frame is one conversion to an image already scaled to the widget
//    (bench/preview measures it); decoding happens elsewhere (scan::FrameDecodeWorker).
//  - A single code: green solid outline and a "read" label. Several codes: amber dashed
//    outlines and "One code at a time". Status shows in line style and words, not only colour.
//  - Without a picture (no camera, unplugged, not started yet) the camera's state is shown in
//    large type instead.
class CameraPreview : public QWidget {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // monotonic milliseconds

    enum class OutlineKind { Read, OneCodeAtATime };

    explicit CameraPreview(QWidget *parent = nullptr);
    ~CameraPreview() override;

    // Time source of the outline hold (tests drive their own).
    void setClock(Clock clock);
    // How long an outline stays after the frame it was found in (default 800 ms).
    void setHoldMs(int holdMs);
    int holdMs() const { return m_holdMs; }
    void setMaxFramesPerSecond(int fps);
    int maxFramesPerSecond() const { return m_maxFps; }
    // The key that hides the preview, shown in its corner (empty: none shown).
    void setHideKeyText(const QString &text);

    bool hasPicture() const { return m_frame.isValid(); }
    QString statusText() const { return m_status; }
    bool isRunning() const { return m_running; }
    // Without a picture: where the camera's state is written, and the size of its type (24 px,
    // smaller when the words would not fit the box).
    QRectF statusTextArea() const;
    int statusPixelSize() const;
    // The words drawn: the status, or a shorter form of it where even small type would be cut.
    QString shownStatus() const;
    // Where the frame is drawn: the largest rectangle of the frame's aspect ratio centred in
    // the widget (letterboxed). Empty without a picture or outlines.
    QRectF pictureRect() const;
    // A polygon in the coordinates of a frame of frameSize, in widget coordinates.
    QPolygonF toWidget(const QPolygonF &framePolygon, QSize frameSize) const;
    // The outlines that would be painted now (after the hold they are gone).
    int visibleOutlineCount() const;

    // Frames handed in and frames replaced by a newer one before they were painted.
    quint64 framesReceived() const { return m_received; }
    quint64 framesSkipped() const { return m_skipped; }

public Q_SLOTS:
    // The newest frame from the scanner (scan::CameraScanner / VideoFileScanner::frameReady).
    void presentFrame(const QVideoFrame &frame);
    // The codes of one decoded frame (FrameDecodeWorker::codesFound). An empty list leaves the
    // last outlines to fade out with the hold, so a blurred frame does not make them flicker.
    void showCodes(const QList<station::scan::DecodedCode> &codes, QSize frameSize);
    // The camera's state (CameraScanner::statusChanged). Not running drops the picture: a frozen
    // last frame would look like a working camera.
    void setCameraStatus(const QString &message, bool running);

protected:
    void paintEvent(QPaintEvent *event) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    struct Outline {
        QPolygonF corners; // frame coordinates
        QSize frameSize;
        QString label;
        OutlineKind kind = OutlineKind::Read;
    };

    qint64 now() const;
    void schedulePaint();
    void scheduleExpiry();
    bool outlinesVisible() const;
    QSize pictureFrameSize() const;
    const QImage &scaledPicture(const QRect &target);
    void paintStatus(QPainter &painter);
    std::pair<QString, int> statusFit() const; // shownStatus() and statusPixelSize()
    void paintOutline(QPainter &painter, const Outline &outline);
    void paintTag(QPainter &painter, const QString &label, const QRectF &bounds,
                  const QColor &colour, const QString &mark);

    Clock m_clock;
    int m_holdMs = 800;
    int m_maxFps = 15;
    QString m_hideKeyText;
    QVideoFrame m_frame;
    bool m_framePainted = true;
    quint64 m_frameSerial = 0;
    quint64 m_received = 0;
    quint64 m_skipped = 0;
    QElapsedTimer m_sinceStart;
    qint64 m_lastPaintMs = -1;
    QTimer *m_paintTimer;
    QTimer *m_expiryTimer;
    // The painted frame converted and scaled once for the widget's current size.
    QImage m_picture;
    quint64 m_pictureSerial = 0;
    QString m_status;
    bool m_running = false;
    QList<Outline> m_outlines;
    qint64 m_outlinesSeenMs = 0;
};

} // namespace station
