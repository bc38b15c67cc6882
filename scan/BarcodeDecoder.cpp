// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/BarcodeDecoder.h"

#include "scan/BarcodeOrientation.h"
#include "scan/DecodeSchedule.h"
#include "scan/FrameSurvey.h"
#include "scan/LuminanceImage.h"

#include <QTransform>

// ZXing 1.4 returns std::wstring from text() unless told to use UTF-8 (the next API).
#define ZX_USE_UTF8 1
#include <ZXing/DecodeHints.h>
#include <ZXing/ImageView.h>
#include <ZXing/ReadBarcode.h>

#include <cmath>

namespace station::scan {

QString codeFormatName(CodeFormat format) {
    switch (format) {
    case CodeFormat::QRCode:
        return QStringLiteral("QRCode");
    case CodeFormat::Code128:
        return QStringLiteral("Code128");
    }
    return {};
}

QString decodeStrategyName(DecodeStrategy strategy) {
    switch (strategy) {
    case DecodeStrategy::Plain:
        return QStringLiteral("plain");
    case DecodeStrategy::Inverted:
        return QStringLiteral("inverted");
    case DecodeStrategy::UpscaledCentre:
        return QStringLiteral("upscaled-centre");
    case DecodeStrategy::Deskewed:
        return QStringLiteral("deskewed");
    case DecodeStrategy::TryHarder:
        return QStringLiteral("try-harder");
    case DecodeStrategy::InvertedRegion:
        return QStringLiteral("inverted-region");
    case DecodeStrategy::UpscaledRegion:
        return QStringLiteral("upscaled-region");
    }
    return {};
}

namespace {

ZXing::ImageFormat zxingFormat(PixelLayout layout) {
    switch (layout) {
    case PixelLayout::Luminance:
        return ZXing::ImageFormat::Lum;
    case PixelLayout::RGB:
        return ZXing::ImageFormat::RGB;
    case PixelLayout::BGR:
        return ZXing::ImageFormat::BGR;
    case PixelLayout::RGBX:
        return ZXing::ImageFormat::RGBX;
    case PixelLayout::XRGB:
        return ZXing::ImageFormat::XRGB;
    case PixelLayout::BGRX:
        return ZXing::ImageFormat::BGRX;
    case PixelLayout::XBGR:
        return ZXing::ImageFormat::XBGR;
    }
    return ZXing::ImageFormat::None;
}

ZXing::ImageView zxingView(const PixelView &v) {
    return ZXing::ImageView(v.data, v.width, v.height, zxingFormat(v.layout), v.rowStride,
                            v.pixelStride);
}

ZXing::DecodeHints hintsFor(DecodeStrategy strategy, int maxCodes) {
    ZXing::DecodeHints hints;
    // Dark-mode screens show QR codes; tube labels are never inverted. The region strategies
    // look at a patch that looked like a 2D code, a levelled region at its bars only.
    if (strategy == DecodeStrategy::Inverted || strategy == DecodeStrategy::InvertedRegion ||
        strategy == DecodeStrategy::UpscaledRegion)
        hints.setFormats(ZXing::BarcodeFormat::QRCode);
    else if (strategy == DecodeStrategy::Deskewed)
        hints.setFormats(ZXing::BarcodeFormat::Code128);
    else
        hints.setFormats(ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::Code128);
    hints.setMaxNumberOfSymbols(static_cast<uint8_t>(qBound(1, maxCodes, 255)));
    // ZXing 1.4 as packaged by Debian keeps its assertions, and merging a Code 128 result
    // found on several pyramid layers trips assert(lineCount() == 1) in Result::operator==
    // (zxing-cpp issue 740, fixed in 2.x) and aborts the process. One layer never merges.
    hints.setTryDownscale(false);
    const bool harder = strategy == DecodeStrategy::TryHarder;
    hints.setTryHarder(harder);
    hints.setTryRotate(harder);
    return hints;
}

// A levelled strip (BarStrip): Code 128 only, every row read, and two rows must agree on the
// text (ZXing's minLineCount) so that one row that misreads a blurred bar never decides.
ZXing::DecodeHints stripHints() {
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::Code128);
    hints.setMaxNumberOfSymbols(1);
    hints.setTryDownscale(false); // see hintsFor
    hints.setTryHarder(true);     // a strip is a dozen rows: scanning each costs little
    hints.setTryRotate(false);    // levelled already
    hints.setIsPure(false);
    hints.setMinLineCount(2);
    // The strip is levelled to mid-grey already (BarStrip): a fixed threshold splits its bars
    // where ZXing's histogram per row loses thin, blurred ones.
    hints.setBinarizer(ZXing::Binarizer::FixedThreshold);
    return hints;
}

// Converts ZXing results, mapping positions from the decoded image back to the caller's frame
// (the decoded image may be an enlarged or levelled region of it; `toFrame` undoes that).
void collect(const ZXing::Results &results, DecodeStrategy strategy, const QTransform &toFrame,
             QList<DecodedCode> &out) {
    for (const ZXing::Result &r : results) {
        if (!r.isValid())
            continue;
        DecodedCode code;
        code.format =
            r.format() == ZXing::BarcodeFormat::Code128 ? CodeFormat::Code128 : CodeFormat::QRCode;
        code.text = QString::fromStdString(r.text());
        code.strategy = strategy;
        for (const ZXing::PointI &p : r.position())
            code.corners << toFrame.map(QPointF(p.x, p.y));
        out.append(code);
    }
}

bool contains(const QList<DecodedCode> &codes, const DecodedCode &code) {
    for (const DecodedCode &c : codes) {
        if (c.format == code.format && c.text == code.text)
            return true;
    }
    return false;
}

} // namespace

BarcodeDecoder::BarcodeDecoder() = default;

BarcodeDecoder::BarcodeDecoder(const Options &options)
    : m_options(options) {}

QList<DecodedCode> BarcodeDecoder::decodeWith(const PixelView &view, DecodeStrategy strategy,
                                              const FrameSurvey *survey) const {
    QList<DecodedCode> out;
    if (!view.isValid())
        return out;
    // The region strategies need the survey; made here when the caller has none.
    FrameSurvey own;
    const bool needsSurvey = strategy == DecodeStrategy::InvertedRegion ||
                             strategy == DecodeStrategy::UpscaledRegion ||
                             strategy == DecodeStrategy::Deskewed;
    if (needsSurvey && !survey) {
        own = surveyFrame(view);
        survey = &own;
    }
    const ZXing::DecodeHints hints = hintsFor(strategy, m_options.maxCodes);
    switch (strategy) {
    case DecodeStrategy::Plain:
    case DecodeStrategy::TryHarder:
        collect(ZXing::ReadBarcodes(zxingView(view), hints), strategy, QTransform(), out);
        break;
    case DecodeStrategy::Inverted: {
        const QImage inverted = luminanceImage(view, QRect(0, 0, view.width, view.height), 1,
                                               /*invert=*/true);
        QImage unused;
        collect(ZXing::ReadBarcodes(zxingView(viewOf(inverted, unused)), hints), strategy,
                QTransform(), out);
        break;
    }
    case DecodeStrategy::UpscaledCentre: {
        const double f = qBound(0.1, m_options.centreFraction, 1.0);
        const int w = int(std::lround(view.width * f));
        const int h = int(std::lround(view.height * f));
        const QRect roi((view.width - w) / 2, (view.height - h) / 2, w, h);
        const int scale = qMax(1, m_options.upscale);
        const QImage enlarged = luminanceImage(view, roi, scale, /*invert=*/false);
        QImage unused;
        const QTransform toFrame =
            QTransform::fromTranslate(roi.x(), roi.y()).scale(1.0 / scale, 1.0 / scale);
        collect(ZXing::ReadBarcodes(zxingView(viewOf(enlarged, unused)), hints), strategy, toFrame,
                out);
        break;
    }
    case DecodeStrategy::InvertedRegion:
    case DecodeStrategy::UpscaledRegion: {
        const CodeRegion &code = survey->code;
        if (!code.found)
            break;
        const bool invert = strategy == DecodeStrategy::InvertedRegion;
        // A dark-mode code near the camera has modules large enough as they are; a far one (or
        // any light code the plain pass missed) is enlarged.
        const bool small = code.patch.width() < m_options.smallCodePx ||
                           code.patch.height() < m_options.smallCodePx;
        const int scale = invert && !small ? 1 : qMax(1, m_options.upscale);
        const QImage region = luminanceImage(view, code.box, scale, invert);
        QImage unused;
        const QTransform toFrame =
            QTransform::fromTranslate(code.box.x(), code.box.y()).scale(1.0 / scale, 1.0 / scale);
        collect(ZXing::ReadBarcodes(zxingView(viewOf(region, unused)), hints), strategy, toFrame,
                out);
        break;
    }
    case DecodeStrategy::Deskewed: {
        if (m_options.barStrips) {
            readBarStrips(view, *survey, out);
            break;
        }
        QTransform toFrame;
        const QImage level = levelledRegion(view, survey->bars, toFrame);
        if (level.isNull())
            break;
        QImage unused;
        collect(ZXing::ReadBarcodes(zxingView(viewOf(level, unused)), hints), strategy, toFrame,
                out);
        break;
    }
    }
    return out;
}

void BarcodeDecoder::readBarStrips(const PixelView &view, const FrameSurvey &survey,
                                   QList<DecodedCode> &out) const {
    static const ZXing::DecodeHints hints = stripHints();
    for (const BarCandidate &candidate : survey.barCandidates) {
        // Plain levelling first; the sharpened strip only for what it misses (blur).
        for (const bool sharpen : {false, true}) {
            QTransform toFrame;
            const QImage strip = barStrip(view, candidate, sharpen, toFrame);
            if (strip.isNull())
                break;
            QImage unused;
            const qsizetype before = out.size();
            collect(ZXing::ReadBarcodes(zxingView(viewOf(strip, unused)), hints),
                    DecodeStrategy::Deskewed, toFrame, out);
            if (out.size() > before)
                return;
        }
    }
}

QList<DecodedCode> BarcodeDecoder::decode(const PixelView &view,
                                          const QList<DecodeStrategy> &strategies,
                                          bool stopWhenFound) const {
    QList<DecodedCode> found;
    FrameSurvey survey;
    bool surveyed = false;
    for (DecodeStrategy s : strategies) {
        if (stopWhenFound && !found.isEmpty())
            break;
        if (!surveyed && (s == DecodeStrategy::Deskewed || s == DecodeStrategy::InvertedRegion ||
                          s == DecodeStrategy::UpscaledRegion)) {
            survey = surveyFrame(view);
            surveyed = true;
        }
        for (const DecodedCode &code : decodeWith(view, s, surveyed ? &survey : nullptr)) {
            if (!contains(found, code))
                found.append(code);
        }
    }
    return found;
}

QList<DecodedCode> BarcodeDecoder::decodeFrame(const PixelView &view,
                                               const DecodeSchedule &schedule, quint64 frameIndex,
                                               FrameSurvey *surveyOut) const {
    QList<DecodedCode> found = decodeWith(view, DecodeStrategy::Plain);
    if (!found.isEmpty())
        return found;
    const FrameSurvey survey = surveyFrame(view);
    if (surveyOut)
        *surveyOut = survey;
    for (DecodeStrategy s : schedule.afterPlain(survey, frameIndex, m_options.smallCodePx)) {
        for (const DecodedCode &code : decodeWith(view, s, &survey)) {
            if (!contains(found, code))
                found.append(code);
        }
        if (!found.isEmpty())
            break;
    }
    return found;
}

QList<DecodedCode> BarcodeDecoder::decode(const QImage &image,
                                          const QList<DecodeStrategy> &strategies,
                                          bool stopWhenFound) const {
    QImage holder;
    return decode(viewOf(image, holder), strategies, stopWhenFound);
}

QList<DecodedCode> BarcodeDecoder::decodeWithZXingDefaults(const PixelView &view) {
    QList<DecodedCode> out;
    if (view.isValid())
        collect(ZXing::ReadBarcodes(zxingView(view), ZXing::DecodeHints()),
                DecodeStrategy::TryHarder, QTransform(), out);
    return out;
}

PixelView BarcodeDecoder::viewOf(const QImage &image, QImage &holder) {
    PixelView v;
    const QImage *src = &image;
    switch (image.format()) {
    case QImage::Format_Grayscale8:
        v.layout = PixelLayout::Luminance;
        break;
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
        // 0xAARRGGBB words: byte order depends on the machine.
        v.layout = Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? PixelLayout::BGRX : PixelLayout::XRGB;
        break;
    case QImage::Format_RGBX8888:
    case QImage::Format_RGBA8888:
    case QImage::Format_RGBA8888_Premultiplied:
        v.layout = PixelLayout::RGBX;
        break;
    case QImage::Format_RGB888:
        v.layout = PixelLayout::RGB;
        break;
    case QImage::Format_BGR888:
        v.layout = PixelLayout::BGR;
        break;
    default:
        holder = image.convertToFormat(QImage::Format_Grayscale8);
        src = &holder;
        v.layout = PixelLayout::Luminance;
        break;
    }
    v.data = src->constBits();
    v.width = src->width();
    v.height = src->height();
    v.rowStride = int(src->bytesPerLine());
    return v;
}

} // namespace station::scan
