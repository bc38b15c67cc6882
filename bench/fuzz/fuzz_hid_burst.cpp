// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: HidBurstDecoder fed an arbitrary stream of key presses. The first byte
// picks the configuration (burst or prefix, with or without suffix); then each event is
// two bytes: the gap in ms since the previous key, and the key (printable character,
// Enter, Tab, Backspace, Shift or an arrow key).
#include "bench/fuzz/FuzzTargets.h"

#include "scan/HidBurstDecoder.h"

#include <cstdlib>

namespace station::fuzz {

namespace {

struct Key {
    QString text;
    int key = 0;
};

Key keyFor(std::uint8_t b) {
    if (b < 0x5f) {
        const QChar c(char16_t(0x20 + b));
        return {QString(c),
                c.isLetter() ? Qt::Key_A + (c.toUpper().unicode() - 'A') : int(c.unicode())};
    }
    switch (b % 6) {
    case 0:
        return {QStringLiteral("\r"), Qt::Key_Return};
    case 1:
        return {QStringLiteral("\r"), Qt::Key_Enter};
    case 2:
        return {QStringLiteral("\t"), Qt::Key_Tab};
    case 3:
        return {QStringLiteral("\b"), Qt::Key_Backspace};
    case 4:
        return {QString(), Qt::Key_Shift};
    default:
        return {QString(), Qt::Key_Left};
    }
}

} // namespace

int hidBurst(const std::uint8_t *data, std::size_t size) {
    if (size == 0)
        return 0;
    scan::HidBurstDecoder::Config config;
    if (data[0] & 1)
        config.prefix = QStringLiteral("]C");
    if (data[0] & 2)
        config.suffix = QStringLiteral("#");
    config.maxGapMs = 5 + (data[0] >> 2); // 5..68 ms
    scan::HidBurstDecoder decoder(config);
    qint64 now = 1000;
    for (std::size_t i = 1; i + 1 < size; i += 2) {
        now += data[i];
        const Key k = keyFor(data[i + 1]);
        const bool would = decoder.wouldCompleteScan(k.text, now, k.key);
        const scan::HidBurstDecoder::Decision d = decoder.feed(k.text, now, k.key);
        if (would != !d.scan.isEmpty())
            std::abort();
        if (!d.scan.isEmpty()) {
            if (d.action != scan::HidBurstDecoder::Action::Consume)
                std::abort();
            if (d.scan.contains(QLatin1Char('\r')) || d.scan.contains(QLatin1Char('\t')))
                std::abort();
        }
        if (d.releaseHeld && d.dropHeld)
            std::abort();
    }
    decoder.flush();
    if (decoder.holding())
        std::abort();
    return 0;
}

} // namespace station::fuzz

STATION_FUZZ_TARGET(station::fuzz::hidBurst)
