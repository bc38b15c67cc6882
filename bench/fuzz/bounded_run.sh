#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The fuzzers as ctest tests of the fuzz build (bench/fuzz/CMakeLists.txt; scripts/test
# runs them in CI). Two commands:
#
#   bounded_run.sh run FUZZER NAME RUNS MAX_SECONDS SEEDS WORKDIR
#       Runs FUZZER (with bench/fuzz/NAME.dict if there is one) on a fresh copy of the
#       seed corpus SEEDS ("none": start empty; new inputs go to the copy, never into the
#       repository) for RUNS executions, stopping early after MAX_SECONDS.
#       Writes the executions libFuzzer counted (its final stats) to WORKDIR/stats/NAME
#       and a one-line summary to WORKDIR/summary/NAME (scripts/test prints those).
#       Fails when the fuzzer finds anything (crash, leak, UB, timeout, out of memory) or
#       prints no final stats.
#   bounded_run.sh total MIN_EXECUTIONS WORKDIR NAME...
#       Adds up the executions of the named runs; fails when one is missing or the total
#       is under MIN_EXECUTIONS.
set -euo pipefail

stat_of() { # stat_of LOG KEY -> the value of libFuzzer's "stat::KEY: N" line
    sed -n "s/^stat::$2: *\([0-9]*\).*/\1/p" "$1" | tail -n1
}

# Readable stack traces in a report (llvm-14 installs the symbolizer under these names).
if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ]; then
    for s in llvm-symbolizer llvm-symbolizer-14 /usr/lib/llvm-14/bin/llvm-symbolizer; do
        if command -v "$s" >/dev/null; then
            export ASAN_SYMBOLIZER_PATH="$(command -v "$s")"
            break
        fi
    done
fi

case "${1:-}" in
run)
    [ $# -eq 7 ] || { echo "usage: $0 run FUZZER NAME RUNS MAX_SECONDS SEEDS WORKDIR" >&2; exit 2; }
    fuzzer=$2 name=$3 runs=$4 seconds=$5 seeds=$6 work=$7
    corpus="$work/corpus/$name"
    log="$work/logs/$name.log"
    mkdir -p "$work/stats" "$work/logs" "$work/findings" "$work/summary"
    rm -f "$work/stats/$name" "$work/summary/$name" "$work/findings/$name-"*
    rm -rf "$corpus"
    mkdir -p "$corpus"
    if [ "$seeds" != none ]; then cp -R "$seeds/." "$corpus/"; fi
    dict=()
    here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
    if [ -f "$here/$name.dict" ]; then dict=(-dict="$here/$name.dict"); fi
    echo "fuzz_$name: up to $runs executions or ${seconds} s, seed corpus $seeds ($(ls "$corpus" | wc -l) files)"
    set +e
    ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:${ASAN_OPTIONS:-}" \
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}" \
        "$fuzzer" "$corpus" "${dict[@]}" -runs="$runs" -max_total_time="$seconds" -max_len=4096 \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$work/findings/$name-" >"$log" 2>&1
    rc=$?
    set -e
    executions=$(stat_of "$log" number_of_executed_units)
    grep -E "^INFO: Seed:|^#[0-9]+[[:space:]]+(INITED|DONE)|^stat::|ERROR|SUMMARY|^(Test unit|artifact_prefix)|^Base64:" "$log" || true
    if [ "$rc" -ne 0 ] || ls "$work/findings/$name-"* >/dev/null 2>&1; then
        tail -n 60 "$log"
        summary=$(grep -m1 "^SUMMARY: " "$log" || echo "exit $rc")
        echo "FINDING: fuzz_$name: $summary" | tee "$work/summary/$name"
        echo "The input is in $work/findings/ (Base64 above when short), the full log in $log"
        exit 1
    fi
    if [ -z "$executions" ]; then
        echo "fuzz_$name printed no final stats (see $log)" | tee "$work/summary/$name"
        exit 1
    fi
    echo "$executions" >"$work/stats/$name"
    echo "fuzz_$name: $executions executions, $(stat_of "$log" average_exec_per_sec) exec/s," \
        "$(stat_of "$log" new_units_added) new units, 0 findings" | tee "$work/summary/$name"
    ;;
total)
    [ $# -ge 4 ] || { echo "usage: $0 total MIN_EXECUTIONS WORKDIR NAME..." >&2; exit 2; }
    min=$2 work=$3
    shift 3
    total=0 missing=0
    for name in "$@"; do
        if [ -s "$work/stats/$name" ]; then
            n=$(cat "$work/stats/$name")
            echo "fuzz_$name: $n executions"
            total=$((total + n))
        else
            echo "fuzz_$name: no result (the run failed or did not run)"
            missing=1
        fi
    done
    echo "total: $total executions (at least $min required)"
    if [ "$missing" -ne 0 ] || [ "$total" -lt "$min" ]; then exit 1; fi
    ;;
*)
    echo "usage: $0 run ... | total ..." >&2
    exit 2
    ;;
esac
