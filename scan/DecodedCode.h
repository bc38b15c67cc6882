// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QMetaType>
#include <QPolygonF>
#include <QString>

namespace station::scan {

// The only symbologies a table reads: resident codes (QR) and tube/box labels (Code 128).
enum class CodeFormat { QRCode, Code128 };

// How a code was found. Plain is the cheap pass every frame gets; the others recover what it
// misses and are spread across frames (see DecodeSchedule).
enum class DecodeStrategy {
    Plain,          // fast pass over the whole frame
    Inverted,       // light code on dark background (dark-mode phone screens)
    UpscaledCentre, // centre region enlarged 2x (small or distant codes)
    Deskewed,       // a Code 128 label at an angle, turned level first
    TryHarder,      // ZXing's exhaustive mode with rotations
    // Chosen from FrameSurvey on a camera frame the plain pass could not read:
    InvertedRegion, // the 2D-code region of a dark-mode screen, inverted (enlarged when small)
    UpscaledRegion, // the 2D-code region enlarged 2x (a small or soft light-mode code)
};

struct DecodedCode {
    CodeFormat format = CodeFormat::QRCode;
    QString text;
    QPolygonF corners; // in the coordinates of the decoded image/frame
    DecodeStrategy strategy = DecodeStrategy::Plain;
};

// "QRCode" / "Code128": the names used in the CLI's JSON output.
QString codeFormatName(CodeFormat format);
// "plain" / "inverted" / "upscaled-centre" / "deskewed" / "try-harder" / "inverted-region" /
// "upscaled-region".
QString decodeStrategyName(DecodeStrategy strategy);

} // namespace station::scan

Q_DECLARE_METATYPE(station::scan::DecodedCode)
