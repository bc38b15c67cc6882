// SPDX-License-Identifier: GPL-3.0-or-later
// Control for the CI fuzz runs (bench/fuzz/CMakeLists.txt): a target with planted bugs
// that the fuzz build must catch, so that a run reporting zero findings means something.
// Built three times, one bug each (STATION_PLANTED_BUG): 'A' reads past the end of the
// input (AddressSanitizer), 'U' overflows a signed int (UndefinedBehaviorSanitizer, no
// recovery), 'L' leaks (LeakSanitizer). The bug fires on inputs starting "!!", which
// libFuzzer finds from the comparisons within seconds. Never part of the station or of
// tst_fuzzcorpus.
#include <climits>
#include <cstddef>
#include <cstdint>

namespace station::fuzz {

namespace {

int plantedBugs(const std::uint8_t *data, std::size_t size) {
    if (size < 3 || data[0] != '!' || data[1] != '!')
        return 0;
    switch (STATION_PLANTED_BUG) {
    case 'A': {
        volatile std::uint8_t past = data[size]; // one byte past the input
        (void)past;
        break;
    }
    case 'U': {
        volatile int big = INT_MAX;
        volatile int sum = big + int(size); // size >= 3: signed overflow
        (void)sum;
        break;
    }
    case 'L': {
        volatile char *lost = new char[64];
        lost[0] = 1;
        lost = nullptr; // the only pointer is gone
        break;
    }
    default:
        break;
    }
    return 0;
}

} // namespace

} // namespace station::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    return station::fuzz::plantedBugs(data, size);
}
