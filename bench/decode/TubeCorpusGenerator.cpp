// SPDX-License-Identifier: GPL-3.0-or-later
// tube_corpus_generator OUT_DIR [LABELS] [FRAMES_PER_BURST] [SEED]: writes LABELS bursts of
// FRAMES_PER_BURST camera-like 1280x720 frames (PNG) of one tube label each, and truth.jsonl
// ({"file","burst","frame","text",...} per frame). A burst is what a camera sees while a
// label is held up: the same label in consecutive frames, moving a little, with motion blur
// that changes from frame to frame.
//
// The label's bars come from labels/ (Code128Renderer::encode, as printed labels are made).
// A label is flat or wrapped around a tube (bars across the tube, shaded towards its sides),
// rotated 0-360 degrees, tilted in perspective (one end up to 20 % shorter), and the frame gets
// focus blur (gaussian), motion blur, low print contrast, uneven light, sensor noise and JPEG
// compression. The ranges were set before any decoder was run on the corpus.
#include "core/domain/StationTubeCode.h"
#include "labels/Code128Renderer.h"

#include <QBuffer>
#include <QDir>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRandomGenerator>
#include <QTextStream>

#include <cmath>
#include <vector>

namespace {

constexpr int kWidth = 1280;
constexpr int kHeight = 720;
constexpr int kLabelPxPerModule = 4; // label drawn at 4 px per module, then scaled to the frame

double uniform(QRandomGenerator &rng, double lo, double hi) {
    return lo + (hi - lo) * rng.generateDouble();
}

double gaussian(QRandomGenerator &rng) { // Box-Muller
    const double u1 = qMax(1e-12, rng.generateDouble()), u2 = rng.generateDouble();
    return std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
}

// Tube codes in the shapes sites use: station-generated (SG + table + sequence + Damm), and
// pre-printed ones with a short letter prefix and 8-12 digits.
QString tubeText(QRandomGenerator &rng) {
    const int kind = int(rng.bounded(3));
    if (kind == 0)
        return *station::stationtubecode::format(int(rng.bounded(1, 400)),
                                                 qint64(rng.bounded(1, 2000000)));
    QString t = kind == 1 ? QStringLiteral("GZ") : QStringLiteral("TB");
    const int digits = kind == 1 ? 10 : 8;
    for (int i = 0; i < digits; ++i)
        t += QChar(u'0' + int(rng.bounded(10)));
    return t;
}

struct LabelLook {
    double contrast;   // 1: black ink on white; lower: faded thermal print
    double paper;      // paper luminance
    double wrap;       // half the angle (radians) of tube surface the label covers; 0 = flat
    double barModules; // bar height in modules
};

// The label upright: bars vertical, the code along x, human-readable text under it.
QImage labelImage(const QString &text, const LabelLook &look) {
    const station::labels::Code128Renderer renderer(203);
    const station::labels::LinearModules bars = renderer.encode(text);
    const int p = kLabelPxPerModule;
    const int quiet = station::labels::Code128Renderer::kQuietZoneModules;
    const int w = (bars.size() + 2 * quiet + 6) * p;
    const int barH = int(look.barModules * p);
    const int h = barH + 14 * p;
    const int paper = int(look.paper);
    const int ink = int(look.paper - look.contrast * (look.paper - 18));
    QImage img(w, h, QImage::Format_RGB32);
    img.fill(qRgb(paper, paper, paper));
    QPainter painter(&img);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(ink, ink, ink));
    const int x0 = (quiet + 3) * p;
    for (int i = 0; i < bars.size(); ++i) {
        if (bars.modules[size_t(i)])
            painter.drawRect(x0 + i * p, 3 * p, p, barH);
    }
    QFont font = painter.font();
    font.setPixelSize(8 * p);
    painter.setFont(font);
    painter.setPen(QColor(ink, ink, ink));
    painter.drawText(QRect(0, barH + 4 * p, w, 10 * p), Qt::AlignHCenter | Qt::AlignTop, text);
    painter.end();
    if (look.wrap <= 0.01)
        return img;
    // Around a tube whose axis runs along the code: label row y lies at angle phi on the
    // cylinder, seen at R sin(phi); the surface darkens as it turns away from the light.
    const double radius = h / (2 * look.wrap);
    const int outH = int(2 * radius * std::sin(look.wrap));
    QImage out(w, outH, QImage::Format_RGB32);
    for (int y = 0; y < outH; ++y) {
        const double s = qBound(-1.0, (y - outH / 2.0) / radius, 1.0);
        const double phi = std::asin(s);
        const int src = qBound(0, int(radius * phi + h / 2.0), h - 1);
        const double shade = 0.6 + 0.4 * std::cos(phi);
        const QRgb *from = reinterpret_cast<const QRgb *>(img.constScanLine(src));
        auto *to = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const int v = int(qGray(from[x]) * shade);
            to[x] = qRgb(v, v, v);
        }
    }
    return out;
}

// A desk with clutter, as 8-bit luminance.
QImage background(QRandomGenerator &rng) {
    QImage bg(kWidth, kHeight, QImage::Format_RGB32);
    QPainter p(&bg);
    QLinearGradient g(0, 0, uniform(rng, 600, 1280), 720);
    const int base = int(rng.bounded(70, 200));
    g.setColorAt(0, QColor(base, base - 5, base - 12));
    g.setColorAt(1, QColor(base / 2, base / 2, base / 2 + 10));
    p.fillRect(bg.rect(), g);
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 6; ++i) {
        p.setBrush(QColor(int(rng.bounded(30, 220)), int(rng.bounded(30, 220)),
                          int(rng.bounded(30, 220))));
        p.drawRect(QRectF(uniform(rng, 0, 1200), uniform(rng, 0, 680), uniform(rng, 40, 300),
                          uniform(rng, 20, 200)));
    }
    return bg;
}

struct Pose {
    QPointF centre;
    double angleDeg;
    double modulePx;    // module width on the frame at the label's middle
    double perspective; // one end this much shorter than the other (keystone)
    bool leftShorter;
    double stretch; // the tube's axis turned away a little: code foreshortened
};

QImage place(const QImage &bg, const QImage &label, const Pose &pose) {
    const double s = pose.modulePx / kLabelPxPerModule;
    const double w = label.width() * s * pose.stretch, h = label.height() * s;
    const double k = pose.perspective;
    // Keystone: the shorter end is also narrower in x (a far end looks smaller).
    const double left = pose.leftShorter ? 1 - k : 1, right = pose.leftShorter ? 1 : 1 - k;
    const double dx = w * k / 4 * (pose.leftShorter ? 1 : -1);
    const QPointF local[4] = {{-w / 2 + dx, -h / 2 * left},
                              {w / 2 + dx, -h / 2 * right},
                              {w / 2 + dx, h / 2 * right},
                              {-w / 2 + dx, h / 2 * left}};
    const double a = pose.angleDeg * M_PI / 180;
    QPolygonF quad;
    for (const QPointF &c : local)
        quad << pose.centre + QPointF(c.x() * std::cos(a) - c.y() * std::sin(a),
                                      c.x() * std::sin(a) + c.y() * std::cos(a));
    const QPolygonF source{QPointF(0, 0), QPointF(label.width(), 0),
                           QPointF(label.width(), label.height()), QPointF(0, label.height())};
    QTransform t;
    QTransform::quadToQuad(source, quad, t);
    QImage frame = bg;
    QPainter p(&frame);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setRenderHint(QPainter::Antialiasing);
    // The tube around the label: a translucent plastic band a little wider than the label.
    p.setTransform(t);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(215, 218, 222, 150));
    p.drawRect(QRectF(-label.width() * 0.4, -label.height() * 0.08, label.width() * 1.8,
                      label.height() * 1.16));
    p.drawImage(QPoint(0, 0), label);
    p.end();
    return frame.convertToFormat(QImage::Format_Grayscale8);
}

using Plane = std::vector<float>;

Plane toPlane(const QImage &grey) {
    Plane out(size_t(kWidth) * kHeight);
    for (int y = 0; y < kHeight; ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = 0; x < kWidth; ++x)
            out[size_t(y) * kWidth + size_t(x)] = line[x];
    }
    return out;
}

void gaussianBlur(Plane &img, double sigma) {
    if (sigma < 0.3)
        return;
    const int r = int(std::ceil(3 * sigma));
    std::vector<float> k(size_t(2 * r + 1));
    float sum = 0;
    for (int i = -r; i <= r; ++i)
        sum += k[size_t(i + r)] = float(std::exp(-i * i / (2 * sigma * sigma)));
    for (float &v : k)
        v /= sum;
    Plane tmp(img.size());
    for (int y = 0; y < kHeight; ++y)
        for (int x = 0; x < kWidth; ++x) {
            float acc = 0;
            for (int i = -r; i <= r; ++i)
                acc += k[size_t(i + r)] *
                       img[size_t(y) * kWidth + size_t(qBound(0, x + i, kWidth - 1))];
            tmp[size_t(y) * kWidth + size_t(x)] = acc;
        }
    for (int y = 0; y < kHeight; ++y)
        for (int x = 0; x < kWidth; ++x) {
            float acc = 0;
            for (int i = -r; i <= r; ++i)
                acc += k[size_t(i + r)] *
                       tmp[size_t(qBound(0, y + i, kHeight - 1)) * kWidth + size_t(x)];
            img[size_t(y) * kWidth + size_t(x)] = acc;
        }
}

// A straight smear of `length` pixels at `angle`: the label moved while the shutter was open.
void motionBlur(Plane &img, double length, double angle) {
    if (length < 1)
        return;
    const int n = int(std::ceil(length)) + 1;
    const double ux = std::cos(angle), uy = std::sin(angle);
    Plane out(img.size());
    for (int y = 0; y < kHeight; ++y)
        for (int x = 0; x < kWidth; ++x) {
            float acc = 0;
            for (int i = 0; i < n; ++i) {
                const double t = (i / double(n - 1) - 0.5) * length;
                const int sx = qBound(0, int(std::lround(x + t * ux)), kWidth - 1);
                const int sy = qBound(0, int(std::lround(y + t * uy)), kHeight - 1);
                acc += img[size_t(sy) * kWidth + size_t(sx)];
            }
            out[size_t(y) * kWidth + size_t(x)] = acc / n;
        }
    img.swap(out);
}

struct Light {
    double gain;     // overall exposure
    double gradient; // light falls off this much across the frame
    double dirX, dirY;
    QPointF spot; // a lamp's reflection or a shadow's edge
    double spotRadius, spotStrength;
};

void unevenLight(Plane &img, const Light &l) {
    for (int y = 0; y < kHeight; ++y)
        for (int x = 0; x < kWidth; ++x) {
            const double along =
                ((x - kWidth / 2.0) * l.dirX + (y - kHeight / 2.0) * l.dirY) / kWidth;
            const double dx = x - l.spot.x(), dy = y - l.spot.y();
            const double spot =
                l.spotStrength * std::exp(-(dx * dx + dy * dy) / (2 * l.spotRadius * l.spotRadius));
            float &v = img[size_t(y) * kWidth + size_t(x)];
            v = float(v * l.gain * (1 + l.gradient * along) + 255 * spot);
        }
}

QImage finish(const Plane &img, QRandomGenerator &rng, double noise, int quality) {
    QImage out(kWidth, kHeight, QImage::Format_Grayscale8);
    for (int y = 0; y < kHeight; ++y) {
        uchar *line = out.scanLine(y);
        for (int x = 0; x < kWidth; ++x)
            line[x] = uchar(qBound(
                0, int(std::lround(img[size_t(y) * kWidth + size_t(x)] + noise * gaussian(rng))),
                255));
    }
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    out.save(&buffer, "JPEG", quality);
    out.loadFromData(jpeg, "JPEG");
    return out.convertToFormat(QImage::Format_Grayscale8);
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // no display needed
    QGuiApplication app(argc, argv);             // QPainter, fonts and the image plugins
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << "Usage: tube_corpus_generator OUT_DIR [LABELS] [FRAMES_PER_BURST] [SEED]\n";
        return 2;
    }
    const QDir out(args.at(1));
    if (!out.mkpath(QStringLiteral(".")))
        return 1;
    const int labels = args.size() > 2 ? args.at(2).toInt() : 60;
    const int burst = args.size() > 3 ? args.at(3).toInt() : 5;
    QRandomGenerator rng(args.size() > 4 ? args.at(4).toUInt() : 20261203u);
    QFile truthFile(out.filePath(QStringLiteral("truth.jsonl")));
    if (!truthFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    for (int b = 0; b < labels; ++b) {
        const QString text = tubeText(rng);
        LabelLook look;
        look.contrast = uniform(rng, 0.3, 1.0);
        look.paper = uniform(rng, 205, 250);
        look.wrap = rng.bounded(3) == 0 ? 0.0 : uniform(rng, 0.5, 1.2);
        look.barModules = uniform(rng, 30, 50);
        const QImage label = labelImage(text, look);
        const QImage bg = background(rng);
        Pose pose;
        pose.centre = QPointF(uniform(rng, 0.3, 0.7) * kWidth, uniform(rng, 0.3, 0.7) * kHeight);
        pose.angleDeg = uniform(rng, 0, 360);
        pose.modulePx = uniform(rng, 1.6, 3.4);
        pose.perspective = uniform(rng, 0, 0.2);
        pose.leftShorter = rng.bounded(2) == 0;
        pose.stretch = uniform(rng, 0.85, 1.0);
        const double focusSigma = rng.bounded(100) < 60 ? uniform(rng, 0.4, 1.3) : 0.0;
        const double motionMax = uniform(rng, 0, 7);
        Light light;
        light.gain = uniform(rng, 0.55, 1.05);
        light.gradient = uniform(rng, 0, 0.8);
        const double dir = uniform(rng, 0, 2 * M_PI);
        light.dirX = std::cos(dir);
        light.dirY = std::sin(dir);
        light.spot = QPointF(uniform(rng, 0, kWidth), uniform(rng, 0, kHeight));
        light.spotRadius = uniform(rng, 80, 300);
        light.spotStrength = rng.bounded(2) == 0 ? uniform(rng, -0.25, 0.3) : 0.0;
        const double noise = uniform(rng, 1.5, 7);
        for (int f = 0; f < burst; ++f) {
            // The hand moves a little between frames; the shutter smears it differently.
            Pose p = pose;
            p.centre += QPointF(8 * gaussian(rng), 8 * gaussian(rng));
            p.angleDeg += 1.5 * gaussian(rng);
            const double motion = uniform(rng, 0, motionMax);
            const double motionAngle = uniform(rng, 0, M_PI);
            const int quality = int(rng.bounded(40, 91));
            Plane plane = toPlane(place(bg, label, p));
            unevenLight(plane, light);
            gaussianBlur(plane, focusSigma);
            motionBlur(plane, motion, motionAngle);
            const QImage frame = finish(plane, rng, noise, quality);
            const QString name =
                QStringLiteral("tube_%1_%2.png").arg(b, 3, 10, QLatin1Char('0')).arg(f);
            if (!frame.save(out.filePath(name)))
                return 1;
            const QJsonObject truth{{QStringLiteral("file"), name},
                                    {QStringLiteral("burst"), b},
                                    {QStringLiteral("frame"), f},
                                    {QStringLiteral("text"), text},
                                    {QStringLiteral("angle"), std::fmod(p.angleDeg + 360, 360)},
                                    {QStringLiteral("modulePx"), p.modulePx},
                                    {QStringLiteral("perspective"), p.perspective},
                                    {QStringLiteral("wrap"), look.wrap},
                                    {QStringLiteral("contrast"), look.contrast},
                                    {QStringLiteral("focusSigma"), focusSigma},
                                    {QStringLiteral("motionPx"), motion},
                                    {QStringLiteral("lightGradient"), light.gradient},
                                    {QStringLiteral("noise"), noise},
                                    {QStringLiteral("jpeg"), quality}};
            truthFile.write(QJsonDocument(truth).toJson(QJsonDocument::Compact) + '\n');
        }
    }
    err << "Wrote " << labels << " bursts of " << burst << " frames and truth.jsonl to "
        << out.absolutePath() << '\n';
    return 0;
}
