// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <cstddef>
#include <cstdint>

// The fuzz targets' bodies, callable from libFuzzer (built with STATION_FUZZ=ON and
// clang) and from the corpus replay test of the normal build (tests/fuzz).
// Each returns 0; a broken invariant aborts.
namespace station::fuzz {

int residentCode(const std::uint8_t *data, std::size_t size);
int scanClassifier(const std::uint8_t *data, std::size_t size);
int hidBurst(const std::uint8_t *data, std::size_t size);
int syncResponse(const std::uint8_t *data, std::size_t size);
int joinCode(const std::uint8_t *data, std::size_t size);

} // namespace station::fuzz

// libFuzzer's entry point for one target; the fuzz build defines STATION_FUZZ_ENTRY.
#ifdef STATION_FUZZ_ENTRY
#define STATION_FUZZ_TARGET(function)                                                              \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {            \
        return function(data, size);                                                               \
    }
#else
#define STATION_FUZZ_TARGET(function)
#endif
