#!/usr/bin/env bash
# Shared by scripts/run and scripts/test: install missing Debian packages, configure, build.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build}"

station_install_deps() {
    local wanted missing=()
    wanted=$(grep -v -E '^\s*(#|$)' "$ROOT/scripts/packages.txt")
    for p in $wanted; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    local SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

station_build() {
    # On CI the build is tested and thrown away: warnings are errors, and debug information
    # is line tables only (STATION_LINE_TABLES_ONLY, cmake/StationBuildOptions.cmake).
    local werror=OFF lines=OFF
    if [ "${CI:-}" = "true" ]; then werror=ON lines=ON; fi
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DSTATION_WERROR="$werror" \
        -DSTATION_LINE_TABLES_ONLY="$lines" "$@"
    cmake --build "$BUILD_DIR" -j"$(nproc)"
}

# The libFuzzer build (bench/fuzz): clang with ASan and UBSan (no recovery: undefined
# behaviour stops the fuzzer) on all the code, in a build directory of its own.
FUZZ_DIR="${FUZZ_DIR:-$ROOT/build-fuzz}"
station_build_fuzz() {
    local san="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"
    san="$san -fno-omit-frame-pointer"
    # Quiet about the gcc-only warning options of the shared flags.
    san="$san -Wno-unknown-warning-option"
    cmake -S "$ROOT" -B "$FUZZ_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER="${CLANGXX:-clang++-14}" -DCMAKE_CXX_FLAGS="$san" \
        -DSTATION_FUZZ=ON -DSTATION_BUILD_TESTS=OFF -DSTATION_WERROR=OFF \
        -DSTATION_LINE_TABLES_ONLY="$([ "${CI:-}" = "true" ] && echo ON || echo OFF)" "$@" >/dev/null
    cmake --build "$FUZZ_DIR" -j"$(nproc)" --target fuzzers
}
