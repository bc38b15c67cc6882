// SPDX-License-Identifier: GPL-3.0-or-later
// decode_corpus_generator OUT_DIR [COUNT] [SEED]: writes COUNT camera-like 1280x720 frames
// (PNG) and truth.jsonl ({"file","format","text","scene"} per frame). Scenes: a phone held up
// (light or dark mode) tilted in perspective with screen glare, seen near or far; a Code 128
// tube label at any angle. Then focus blur, sensor noise and JPEG compression at random levels.
#include "scan/CodeRenderer.h"

#include <QBuffer>
#include <QDir>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>
#include <QRandomGenerator>
#include <QTextStream>

#include <cmath>

using namespace station::scan;

namespace {

struct Scene {
    QImage frame;
    CodeFormat format;
    QString text;
    QString name;
};

double uniform(QRandomGenerator &rng, double lo, double hi) {
    return lo + (hi - lo) * rng.generateDouble();
}

QString residentText(QRandomGenerator &rng) {
    static const char *names[] = {"陈秀英", "李伟", "张敏", "王芳", "欧阳建国"};
    QString id;
    for (int i = 0; i < 17; ++i)
        id += QChar(u'0' + int(rng.bounded(10)));
    id += QChar(u'0' + int(rng.bounded(10)));
    QJsonObject o{
        {QStringLiteral("t"), QStringLiteral("rc")},
        {QStringLiteral("v"), 1},
        {QStringLiteral("rid"), QStringLiteral("R2021%1-%2")
                                    .arg(rng.bounded(1000, 9999))
                                    .arg(rng.bounded(100000, 999999))},
        {QStringLiteral("n"), QString::fromUtf8(names[rng.bounded(5)])},
        {QStringLiteral("it"), QStringLiteral("01")},
        {QStringLiteral("id"), id},
        {QStringLiteral("p"), QStringLiteral("138%1").arg(rng.bounded(10000000, 99999999))}};
    if (rng.bounded(2)) { // a signed code: 86 base64url characters more
        QString s;
        const QString alphabet =
            QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
        for (int i = 0; i < 86; ++i)
            s += alphabet.at(int(rng.bounded(64)));
        o.insert(QStringLiteral("s"), s);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString tubeText(QRandomGenerator &rng) {
    QString t = QStringLiteral("GZ");
    for (int i = 0; i < 12; ++i)
        t += QChar(u'0' + int(rng.bounded(10)));
    return t;
}

// A cluttered desk: a smooth gradient with a few darker shapes.
QImage background(QRandomGenerator &rng) {
    QImage bg(1280, 720, QImage::Format_RGB32);
    QPainter p(&bg);
    QLinearGradient g(0, 0, uniform(rng, 600, 1280), 720);
    const int base = int(rng.bounded(90, 200));
    g.setColorAt(0, QColor(base, base - 5, base - 12));
    g.setColorAt(1, QColor(base / 2, base / 2, base / 2 + 10));
    p.fillRect(bg.rect(), g);
    for (int i = 0; i < 6; ++i) {
        p.setBrush(QColor(int(rng.bounded(30, 220)), int(rng.bounded(30, 220)),
                          int(rng.bounded(30, 220))));
        p.setPen(Qt::NoPen);
        p.drawRect(QRectF(uniform(rng, 0, 1200), uniform(rng, 0, 680), uniform(rng, 40, 300),
                          uniform(rng, 20, 200)));
    }
    return bg;
}

Scene phoneScene(QRandomGenerator &rng, bool dark, bool far) {
    Scene s{background(rng), CodeFormat::QRCode, residentText(rng),
            QStringLiteral("%1%2").arg(dark ? QStringLiteral("phone-dark")
                                            : QStringLiteral("phone-light"),
                                       far ? QStringLiteral("-far") : QString())};
    QImage code = renderCode(CodeFormat::QRCode, s.text, 8, 2);
    // The phone: a screen with the code, inside a black body.
    const int screenW = code.width() + 80, screenH = int(code.width() * 1.9);
    QImage phone(screenW + 40, screenH + 80, QImage::Format_ARGB32_Premultiplied);
    phone.fill(Qt::transparent);
    {
        QPainter p(&phone);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor(15, 15, 18));
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(phone.rect(), 40, 40);
        const QColor screen = dark ? QColor(18, 18, 22) : QColor(246, 246, 246);
        p.fillRect(QRect(20, 40, screenW, screenH), screen);
        // Screens show codes at reduced contrast.
        const int lo = dark ? int(rng.bounded(170, 235)) : int(rng.bounded(20, 70));
        const int hi = dark ? 18 : 246;
        QImage tinted(code.size(), QImage::Format_RGB32);
        for (int y = 0; y < code.height(); ++y) {
            const uchar *src = code.constScanLine(y);
            auto *dst = reinterpret_cast<QRgb *>(tinted.scanLine(y));
            for (int x = 0; x < code.width(); ++x) {
                const int v = src[x] < 128 ? lo : hi; // dark modules (light in dark mode)
                dst[x] = qRgb(v, v, v);
            }
        }
        p.drawImage(QPoint(20 + 40, 40 + (screenH - code.height()) / 3), tinted);
        // Some text lines under the code, as an app shows them.
        p.setBrush(dark ? QColor(120, 120, 125) : QColor(90, 90, 90));
        for (int i = 0; i < 4; ++i)
            p.drawRect(
                QRectF(60, 40 + screenH * 0.72 + i * 28, screenW * uniform(rng, 0.3, 0.8), 12));
    }
    // Size on the frame: the code's width in pixels.
    const double codePx = far ? uniform(rng, 85, 130) : uniform(rng, 170, 380);
    const double scale = codePx / code.width();
    const double w = phone.width() * scale, h = phone.height() * scale;
    const QPointF centre(uniform(rng, 0.35, 0.65) * 1280, uniform(rng, 0.4, 0.75) * 720);
    // Tilt: a rotation and a perspective jitter of the corners.
    const double angle = uniform(rng, -25, 25) * M_PI / 180.0;
    const double jitter = uniform(rng, 0.0, 0.12);
    QPolygonF quad;
    const QPointF corners[4] = {{-w / 2, -h / 2}, {w / 2, -h / 2}, {w / 2, h / 2}, {-w / 2, h / 2}};
    for (const QPointF &c : corners) {
        const QPointF j(uniform(rng, -jitter, jitter) * w, uniform(rng, -jitter, jitter) * h);
        const QPointF q = c + j;
        quad << centre + QPointF(q.x() * std::cos(angle) - q.y() * std::sin(angle),
                                 q.x() * std::sin(angle) + q.y() * std::cos(angle));
    }
    QTransform t;
    const QPolygonF source{QPointF(0, 0), QPointF(phone.width(), 0),
                           QPointF(phone.width(), phone.height()), QPointF(0, phone.height())};
    if (!QTransform::quadToQuad(source, quad, t))
        t = QTransform::fromTranslate(centre.x() - w / 2, centre.y() - h / 2).scale(scale, scale);
    QPainter p(&s.frame);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setRenderHint(QPainter::Antialiasing);
    p.setTransform(t);
    p.drawImage(QPoint(0, 0), phone);
    // Glare: a soft white spot somewhere on the screen (sometimes over the code).
    if (rng.bounded(100) < 60) {
        const QPointF at(uniform(rng, 0.1, 0.9) * phone.width(),
                         uniform(rng, 0.1, 0.7) * phone.height());
        const double radius = uniform(rng, 0.15, 0.45) * phone.width();
        QRadialGradient glare(at, radius);
        glare.setColorAt(0, QColor(255, 255, 255, int(rng.bounded(120, 230))));
        glare.setColorAt(1, QColor(255, 255, 255, 0));
        p.setClipRect(QRect(20, 40, phone.width() - 40, phone.height() - 80));
        p.fillRect(phone.rect(), glare);
    }
    return s;
}

Scene tubeScene(QRandomGenerator &rng) {
    Scene s{background(rng), CodeFormat::Code128, tubeText(rng), QStringLiteral("tube-label")};
    const int module = int(rng.bounded(2, 4));
    const QImage bars =
        renderCode(CodeFormat::Code128, s.text, module, 6, int(rng.bounded(40, 80)));
    QImage label(bars.width() + 20, bars.height() + 30, QImage::Format_RGB32);
    label.fill(QColor(238, 236, 228));
    {
        QPainter p(&label);
        p.drawImage(QPoint(10, 8), bars);
        p.fillRect(QRect(20, bars.height() + 14, label.width() - 40, 8), QColor(70, 70, 70));
    }
    const double angle = uniform(rng, 0, 360);
    QPainter p(&s.frame);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.translate(uniform(rng, 0.3, 0.7) * 1280, uniform(rng, 0.3, 0.7) * 720);
    p.rotate(angle);
    // Labels wrap around a tube: slightly narrower horizontally.
    p.scale(uniform(rng, 0.85, 1.1), 1.0);
    p.drawImage(QPointF(-label.width() / 2.0, -label.height() / 2.0), label);
    s.name += angle < 20 || angle > 340 || (angle > 160 && angle < 200) ? QStringLiteral("-level")
                                                                        : QStringLiteral("-angled");
    return s;
}

QImage boxBlur(const QImage &src, int r) {
    if (r <= 0)
        return src;
    QImage in = src.convertToFormat(QImage::Format_RGB32);
    QImage tmp(in.size(), QImage::Format_RGB32), out(in.size(), QImage::Format_RGB32);
    const int w = in.width(), h = in.height(), n = 2 * r + 1;
    auto pass = [&](const QImage &from, QImage &to, bool horizontal) {
        for (int y = 0; y < h; ++y) {
            auto *dst = reinterpret_cast<QRgb *>(to.scanLine(y));
            for (int x = 0; x < w; ++x) {
                int sr = 0, sg = 0, sb = 0;
                for (int k = -r; k <= r; ++k) {
                    const int xx = horizontal ? qBound(0, x + k, w - 1) : x;
                    const int yy = horizontal ? y : qBound(0, y + k, h - 1);
                    const QRgb c = reinterpret_cast<const QRgb *>(from.constScanLine(yy))[xx];
                    sr += qRed(c);
                    sg += qGreen(c);
                    sb += qBlue(c);
                }
                dst[x] = qRgb(sr / n, sg / n, sb / n);
            }
        }
    };
    pass(in, tmp, true);
    pass(tmp, out, false);
    return out;
}

QImage cameraEffects(const QImage &frame, QRandomGenerator &rng, QString &effects) {
    QImage img = frame;
    const int blur = int(rng.bounded(100)) < 45 ? int(rng.bounded(1, 3)) : 0;
    img = boxBlur(img, blur);
    const int noise = int(rng.bounded(2, 16));
    img = img.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < img.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(img.scanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            const int d = int(rng.bounded(2 * noise + 1)) - noise;
            line[x] = qRgb(qBound(0, qRed(line[x]) + d, 255), qBound(0, qGreen(line[x]) + d, 255),
                           qBound(0, qBlue(line[x]) + d, 255));
        }
    }
    const int quality = int(rng.bounded(35, 90));
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "JPEG", quality);
    img.loadFromData(jpeg, "JPEG");
    effects = QStringLiteral("blur%1 noise%2 jpeg%3").arg(blur).arg(noise).arg(quality);
    return img;
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // no display needed
    QGuiApplication app(argc, argv);             // QPainter and the image plugins
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << "Usage: decode_corpus_generator OUT_DIR [COUNT] [SEED]\n";
        return 2;
    }
    const QDir out(args.at(1));
    if (!out.mkpath(QStringLiteral(".")))
        return 1;
    const int count = args.size() > 2 ? args.at(2).toInt() : 300;
    QRandomGenerator rng(args.size() > 3 ? args.at(3).toUInt() : 20210521u);
    QFile truthFile(out.filePath(QStringLiteral("truth.jsonl")));
    if (!truthFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    for (int i = 0; i < count; ++i) {
        const int pick = int(rng.bounded(100));
        Scene s = pick < 30   ? phoneScene(rng, false, false)
                  : pick < 55 ? phoneScene(rng, true, false)
                  : pick < 65 ? phoneScene(rng, pick % 2 == 0, true)
                              : tubeScene(rng);
        QString effects;
        const QImage frame = cameraEffects(s.frame, rng, effects);
        const QString name = QStringLiteral("frame_%1.png").arg(i, 4, 10, QLatin1Char('0'));
        if (!frame.save(out.filePath(name)))
            return 1;
        const QJsonObject truth{{QStringLiteral("file"), name},
                                {QStringLiteral("format"), codeFormatName(s.format)},
                                {QStringLiteral("text"), s.text},
                                {QStringLiteral("scene"), s.name},
                                {QStringLiteral("effects"), effects}};
        truthFile.write(QJsonDocument(truth).toJson(QJsonDocument::Compact) + '\n');
    }
    err << "Wrote " << count << " frames and truth.jsonl to " << out.absolutePath() << '\n';
    return 0;
}
