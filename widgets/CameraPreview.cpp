// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/CameraPreview.h"

#include "scan/PreviewImage.h"
#include "widgets/Theme.h"

#include <QElapsedTimer>
#include <QFontMetrics>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QTimer>

namespace station {

namespace {

// Bright enough to stand out on a camera picture; the dark under-stroke keeps them visible on
// light backgrounds too.
const QColor kReadColour(0x38, 0xd1, 0x6f);
const QColor kTwoCodesColour(0xf6, 0xad, 0x2b);
const QColor kUnderStroke(0, 0, 0, 150);
const QColor kLetterbox(0x10, 0x2a, 0x43);
constexpr qreal kOutlineWidth = 4.0;

QElapsedTimer startedTimer() {
    QElapsedTimer t;
    t.start();
    return t;
}

} // namespace

CameraPreview::CameraPreview(QWidget *parent)
    : QWidget(parent)
    , m_paintTimer(new QTimer(this))
    , m_expiryTimer(new QTimer(this))
    , m_status(tr("No camera in use.")) {
    setObjectName(QStringLiteral("cameraPreview"));
    m_sinceStart.start();
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    auto clock = std::make_shared<QElapsedTimer>(startedTimer());
    m_clock = [clock] { return clock->elapsed(); };
    m_paintTimer->setSingleShot(true);
    connect(m_paintTimer, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_expiryTimer->setSingleShot(true);
    connect(m_expiryTimer, &QTimer::timeout, this, qOverload<>(&QWidget::update));
}

CameraPreview::~CameraPreview() = default;

void CameraPreview::setClock(Clock clock) {
    m_clock = std::move(clock);
}

void CameraPreview::setHoldMs(int holdMs) {
    m_holdMs = qMax(0, holdMs);
}

void CameraPreview::setMaxFramesPerSecond(int fps) {
    m_maxFps = qBound(1, fps, 60);
}

void CameraPreview::setHideKeyText(const QString &text) {
    m_hideKeyText = text;
    update();
}

qint64 CameraPreview::now() const {
    return m_clock();
}

void CameraPreview::presentFrame(const QVideoFrame &frame) {
    if (!frame.isValid())
        return;
    ++m_received;
    if (!m_framePainted)
        ++m_skipped; // replaced before anyone saw it: the newest frame is the one worth showing
    m_frame = frame;
    m_framePainted = false;
    ++m_frameSerial;
    schedulePaint();
}

void CameraPreview::schedulePaint() {
    if (m_paintTimer->isActive() || !isVisible())
        return;
    // The throttle runs on real time, whatever clock the outline hold uses.
    const qint64 interval = 1000 / m_maxFps;
    const qint64 elapsed = m_lastPaintMs < 0 ? interval : m_sinceStart.elapsed() - m_lastPaintMs;
    m_paintTimer->start(int(qBound<qint64>(0, interval - elapsed, interval)));
}

void CameraPreview::showCodes(const QList<scan::DecodedCode> &codes, QSize frameSize) {
    if (codes.isEmpty() || !frameSize.isValid())
        return;
    m_outlines.clear();
    const bool several = codes.size() > 1;
    for (const scan::DecodedCode &code : codes) {
        Outline o;
        o.corners = code.corners;
        o.frameSize = frameSize;
        o.kind = several ? OutlineKind::OneCodeAtATime : OutlineKind::Read;
        if (several)
            o.label = tr("One code at a time");
        else if (code.format == scan::CodeFormat::Code128)
            // A tube or box label: its code is no personal data and worth confirming.
            o.label = tr("Read: %1").arg(code.text);
        else
            // A resident's QR code carries personal data: never shown on screen.
            o.label = tr("QR code read");
        m_outlines.append(o);
    }
    m_outlinesSeenMs = now();
    scheduleExpiry();
    schedulePaint();
}

void CameraPreview::scheduleExpiry() {
    m_expiryTimer->start(m_holdMs + 20);
}

void CameraPreview::setCameraStatus(const QString &message, bool running) {
    m_status = message;
    m_running = running;
    if (!running) {
        m_frame = QVideoFrame();
        m_picture = QImage();
        m_outlines.clear();
    }
    update();
}

bool CameraPreview::outlinesVisible() const {
    return !m_outlines.isEmpty() && now() - m_outlinesSeenMs < m_holdMs;
}

int CameraPreview::visibleOutlineCount() const {
    return hasPicture() && outlinesVisible() ? int(m_outlines.size()) : 0;
}

QSize CameraPreview::pictureFrameSize() const {
    return m_frame.isValid() ? m_frame.size() : QSize();
}

QRectF CameraPreview::pictureRect() const {
    const QSize frameSize = pictureFrameSize();
    if (frameSize.isEmpty())
        return {};
    const QRectF area = contentsRect();
    QSizeF fitted = QSizeF(frameSize).scaled(area.size(), Qt::KeepAspectRatio);
    QRectF r(QPointF(), fitted);
    r.moveCenter(area.center());
    return r;
}

QPolygonF CameraPreview::toWidget(const QPolygonF &framePolygon, QSize frameSize) const {
    const QRectF r = pictureRect();
    if (r.isEmpty() || frameSize.isEmpty())
        return {};
    const qreal sx = r.width() / frameSize.width();
    const qreal sy = r.height() / frameSize.height();
    QPolygonF mapped;
    mapped.reserve(framePolygon.size());
    for (const QPointF &p : framePolygon)
        mapped.append(QPointF(r.left() + p.x() * sx, r.top() + p.y() * sy));
    return mapped;
}

const QImage &CameraPreview::scaledPicture(const QRect &target) {
    const qreal dpr = devicePixelRatioF();
    const QSize pixels = (QSizeF(target.size()) * dpr).toSize();
    if (m_pictureSerial == m_frameSerial && m_picture.size() == pixels)
        return m_picture;
    // The one conversion per painted frame: straight from the camera's planes to a picture a
    // little larger than shown (scan::previewImage), then smoothed to the exact size.
    QImage image = scan::previewImage(m_frame, pixels);
    if (!image.isNull() && image.size() != pixels)
        image = image.scaled(pixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    image.setDevicePixelRatio(dpr);
    m_picture = image;
    m_pictureSerial = m_frameSerial;
    return m_picture;
}

void CameraPreview::paintEvent(QPaintEvent *) {
    m_lastPaintMs = m_sinceStart.elapsed();
    m_framePainted = true;

    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!hasPicture()) {
        paintStatus(painter);
        return;
    }
    painter.fillRect(rect(), kLetterbox);
    const QRectF picture = pictureRect();
    painter.drawImage(picture, scaledPicture(picture.toAlignedRect()));
    if (outlinesVisible()) {
        QRectF all;
        for (const Outline &o : std::as_const(m_outlines)) {
            paintOutline(painter, o);
            if (o.kind == OutlineKind::OneCodeAtATime)
                all |= toWidget(o.corners, o.frameSize).boundingRect();
        }
        // Several codes: one tag over all of them, not one each on top of each other.
        if (!all.isEmpty())
            paintTag(painter, m_outlines.first().label, all, kTwoCodesColour,
                     QStringLiteral("\u26a0 "));
    }
    if (!m_hideKeyText.isEmpty()) {
        QFont f = font();
        f.setPixelSize(13);
        painter.setFont(f);
        const QRectF hint = QRectF(rect()).adjusted(8, 6, -8, -6);
        painter.setPen(QColor(0, 0, 0, 160));
        painter.drawText(hint.translated(1, 1), Qt::AlignRight | Qt::AlignBottom, m_hideKeyText);
        painter.setPen(Qt::white);
        painter.drawText(hint, Qt::AlignRight | Qt::AlignBottom, m_hideKeyText);
    }
}

void CameraPreview::paintOutline(QPainter &painter, const Outline &outline) {
    const QPolygonF shape = toWidget(outline.corners, outline.frameSize);
    if (shape.size() < 2)
        return;
    const bool read = outline.kind == OutlineKind::Read;
    const QColor colour = read ? kReadColour : kTwoCodesColour;
    painter.setBrush(Qt::NoBrush);
    painter.setPen(
        QPen(kUnderStroke, kOutlineWidth + 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolygon(shape);
    QPen pen(colour, kOutlineWidth, read ? Qt::SolidLine : Qt::DashLine,
             read ? Qt::RoundCap : Qt::FlatCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.drawPolygon(shape);

    if (read)
        paintTag(painter, outline.label, shape.boundingRect(), colour, QStringLiteral("\u2713 "));
}

void CameraPreview::paintTag(QPainter &painter, const QString &label, const QRectF &bounds,
                             const QColor &colour, const QString &mark) {
    // The tag sits above the outline, or below it when there is no room above.
    QFont f = font();
    f.setPixelSize(16);
    f.setBold(true);
    painter.setFont(f);
    const QFontMetricsF metrics(f);
    const QString text =
        metrics.elidedText(mark + label, Qt::ElideRight, qMax(40.0, width() - 24.0));
    QRectF tag(0, 0, metrics.horizontalAdvance(text) + 16, metrics.height() + 8);
    tag.moveBottomLeft(QPointF(bounds.center().x() - tag.width() / 2, bounds.top() - 6));
    if (tag.top() < 2)
        tag.moveTopLeft(QPointF(tag.left(), bounds.bottom() + 6));
    tag.moveLeft(qBound(2.0, tag.left(), qMax(2.0, width() - tag.width() - 2)));
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(tag, 5, 5);
    painter.setPen(QColor(0x10, 0x2a, 0x43));
    painter.drawText(tag, Qt::AlignCenter, text);
}

void CameraPreview::paintStatus(QPainter &painter) {
    // No picture: the camera's state in large type, calm when it is starting, amber when the
    // operator has to do something.
    const QColor bg(m_running ? theme::kNeutralBg : theme::kAttentionBg);
    const QColor border(m_running ? theme::kNeutralBorder : theme::kAttentionBorder);
    const QColor fg(m_running ? theme::kNeutralText : theme::kAttentionText);
    painter.fillRect(rect(), palette().window());
    const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    painter.setPen(QPen(border, 2, m_running ? Qt::SolidLine : Qt::DashLine));
    painter.setBrush(bg);
    painter.drawRoundedRect(box, 10, 10);
    QFont f = font();
    const auto [shown, pixels] = statusFit();
    f.setPixelSize(pixels);
    f.setBold(true);
    painter.setFont(f);
    painter.setPen(fg);
    painter.drawText(statusTextArea(), Qt::AlignCenter | Qt::TextWordWrap, shown);
    if (!m_hideKeyText.isEmpty()) {
        QFont small = font();
        small.setPixelSize(13);
        painter.setFont(small);
        painter.drawText(box.adjusted(8, 6, -10, -8), Qt::AlignRight | Qt::AlignBottom,
                         m_hideKeyText);
    }
}

QRectF CameraPreview::statusTextArea() const {
    return QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5).adjusted(20, 20, -20, -20);
}

int CameraPreview::statusPixelSize() const {
    return statusFit().second;
}

QString CameraPreview::shownStatus() const {
    return statusFit().first;
}

namespace {
// The camera's state as whole as it may be said: the message, then up to its first semicolon
// ("No camera found. Plug in a USB camera."), then its first sentence ("No camera found.").
QStringList cameraStatusForms(const QString &status) {
    QStringList forms{status};
    static const QRegularExpression semicolons(QStringLiteral("[;\\x{ff1b}]"));
    static const QRegularExpression sentenceEnd(QStringLiteral("(\\.\\s|\\x{3002})"));
    const qsizetype semicolon = status.indexOf(semicolons);
    if (semicolon > 0)
        forms << status.left(semicolon) + (status.at(semicolon) == QLatin1Char(';')
                                               ? QStringLiteral(".")
                                               : QStringLiteral("\u3002"));
    const QRegularExpressionMatch end = sentenceEnd.match(status);
    if (end.hasMatch() && end.capturedStart() + 1 < status.size())
        forms << status.left(end.capturedStart() + 1);
    forms.removeDuplicates();
    return forms;
}
} // namespace

std::pair<QString, int> CameraPreview::statusFit() const {
    // Large type, read from where the person stands; in a short panel (a laptop's screen, a
    // sealed tube's reminder or a banner above it) smaller rather than cut at the box's
    // edges, and where even small type is cut (review 37: "...starts by itself when it..."), a
    // shorter form of the words: what to do stays, the rest is in the status bar's tooltip.
    constexpr int kLargest = 24;
    constexpr int kSmallest = 12;
    const QRect area = statusTextArea().toRect();
    QFont f = font();
    f.setBold(true);
    const QStringList forms = cameraStatusForms(m_status);
    for (const QString &form : forms) {
        for (int size = kLargest; size >= kSmallest; --size) {
            f.setPixelSize(size);
            const QRect needed =
                QFontMetrics(f).boundingRect(area, Qt::AlignCenter | Qt::TextWordWrap, form);
            if (needed.height() <= area.height() && needed.width() <= area.width())
                return {form, size};
        }
    }
    return {forms.last(), kSmallest};
}

QSize CameraPreview::sizeHint() const {
    // Small, 16:9: the picture grows into whatever room there is (expanding), but its
    // preferred height counts where there is little. The table's middle is a scroll area whose
    // content (word-wrapped labels) is asked its height for the width, which adds up
    // preferred heights: at 400x300 the middle scrolled on a 1280x720 laptop with nothing
    // else shown, and the camera's lower part was below the fold.
    return {256, 144};
}

QSize CameraPreview::minimumSizeHint() const {
    return {192, 108};
}

} // namespace station
