// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: ResidentCodeParser::parse on arbitrary bytes, without and with a
// province key. Whatever is scanned, the parser answers with a code or one error.
#include "bench/fuzz/FuzzTargets.h"

#include "core/domain/ResidentCode.h"

#include <cstdlib>

namespace station::fuzz {

namespace {

void check(const ResidentCodeResult &r) {
    if (r.ok() != (r.error == ResidentCodeError::None))
        std::abort();
    if (!r.ok() && r.message.isEmpty())
        std::abort();
    if (r.ok() && (r.code->name.isEmpty() || r.code->idNumber.isEmpty()))
        std::abort();
}

} // namespace

int residentCode(const std::uint8_t *data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDate today(2026, 11, 25);
    static const ResidentCodeParser unsignedParser;
    check(unsignedParser.parse(bytes, today));
    // A configured key makes the parser require and verify "s".
    static const ResidentCodeParser signedParser(QByteArray(32, '\x07'));
    const ResidentCodeResult s = signedParser.parse(bytes, today);
    check(s);
    if (s.ok() && !s.code->signatureVerified)
        std::abort();
    return 0;
}

} // namespace station::fuzz

STATION_FUZZ_TARGET(station::fuzz::residentCode)
