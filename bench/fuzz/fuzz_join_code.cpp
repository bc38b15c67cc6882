// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: protocol/JoinCode's parser on arbitrary scanned text. A code it takes is an
// https address with a host, a 32-byte fingerprint, a site and an enrollment code, and
// written out again it reads back the same; a code it refuses has a reason to show.
#include "bench/fuzz/FuzzTargets.h"

#include "protocol/JoinCode.h"

#include <cstdlib>

namespace station::fuzz {

int joinCode(const std::uint8_t *data, std::size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    protocol::JoinCodeError error = protocol::JoinCodeError::NotAJoinCode;
    const std::optional<protocol::JoinCode> code = protocol::parseJoinCode(text, &error);
    if (!code) {
        if (protocol::describeJoinCodeError(error).isEmpty())
            std::abort();
        if (error != protocol::JoinCodeError::NotAJoinCode && !protocol::looksLikeJoinCode(text))
            std::abort();
        return 0;
    }
    if (!protocol::looksLikeJoinCode(text) || code->certificateSha256.size() != 32 ||
        code->serverUrl.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0 ||
        code->serverUrl.host().isEmpty() || code->site.isEmpty() || code->enrollmentCode.isEmpty())
        std::abort();
    const std::optional<protocol::JoinCode> again =
        protocol::parseJoinCode(protocol::formatJoinCode(*code));
    if (!again || again->serverUrl != code->serverUrl ||
        again->certificateSha256 != code->certificateSha256 || again->site != code->site ||
        again->enrollmentCode != code->enrollmentCode)
        std::abort();
    return 0;
}

} // namespace station::fuzz

STATION_FUZZ_TARGET(station::fuzz::joinCode)
