#!/bin/bash
# bench_results, main's build and this branch's alternating (the same bench binary: the
# branch's).  bench.sh MAIN_BUILD BRANCH_BUILD  (docs/benchmarks.md, "Results", session 31)
MAINB=$1; MINE=$2
B=$MINE/bench/server/bench_results
for set in 1 2 3; do
  for who in main branch; do
    dir=$MAINB; [ $who = branch ] && dir=$MINE
    echo "== $who set $set start $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
    TMPDIR=/var/tmp/pgx STATION_BUILD_DIR=$dir $B --results 50000 --api-results 5000 --runs 3 --tubes 50000 2>&1 | grep -v "^$" | grep "run \|median\|CPU"
    echo "== $who set $set end $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
  done
done
