// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "scan/DecodedCode.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <deque>

namespace station::scan {

// Holds back a Code 128 read from a camera frame until it is believable. A blurred or tilted
// label read at the edge of what the decoder can do is where a wrong text would come from, and
// a wrong tube code under a green banner is the worst failure the station can have. Code 128's
// checksum and ZXing's two agreeing scan lines already guard each read; on top of that, a
// Code 128 text is passed on only when
//  - it matches one of the trusted patterns (the site's tube and box patterns, when the
//    station knows them), or
//  - the same text was also read in one of the `windowFrames` frames before (two frames that
//    agree: a label held up is seen in many frames).
// QR codes (resident codes, with their own error correction) pass unchanged. Pure logic, fed
// once per decoded frame, empty frames included (they age the window).
class Code128Confirmation {
public:
    explicit Code128Confirmation(int windowFrames = 5);

    // Patterns a single read may match to be passed on at once; invalid ones are ignored.
    void setTrustedPatterns(const QStringList &patterns);

    // The frame's codes that may become scans.
    QList<DecodedCode> confirm(const QList<DecodedCode> &codes);

    void reset();

private:
    bool trusted(const QString &text) const;

    int m_windowFrames;
    QList<QRegularExpression> m_patterns;
    std::deque<QStringList> m_recent; // Code 128 texts of the last frames, newest last
};

} // namespace station::scan
