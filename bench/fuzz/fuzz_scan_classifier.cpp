// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: ScanClassifier::classify on arbitrary scanner text.
#include "bench/fuzz/FuzzTargets.h"

#include "core/domain/ScanClassifier.h"

#include <cstdlib>

namespace station::fuzz {

int scanClassifier(const std::uint8_t *data, std::size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    static const ScanClassifier classifier;
    const ScanClassification c = classifier.classify(text);
    if (c.kind == ScanKind::Unknown && c.message.isEmpty())
        std::abort();
    if (c.kind != ScanKind::Unknown && c.text.isEmpty())
        std::abort();
    // Classifying what it kept gives the same answer.
    if (classifier.classify(c.text).kind != c.kind)
        std::abort();
    return 0;
}

} // namespace station::fuzz

STATION_FUZZ_TARGET(station::fuzz::scanClassifier)
