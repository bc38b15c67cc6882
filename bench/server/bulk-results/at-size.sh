#!/bin/bash
# bench_results at a province's size (docs/benchmarks.md, "Results", session 34): PRELOAD
# earlier tubes and results, then RUNS files of 50,000 alternating between the cluster's
# settings as the tests have them (A: shared_buffers 128MB) and with B's settings, the
# cluster started again before every run.  at-size.sh BUILD PRELOAD [RUNS] [PEOPLE] [B setting...]
BUILD=$1; PRELOAD=$2; RUNS=${3:-10}; PEOPLE=${4:-10}; shift 4 2>/dev/null
PEER=(); [ -n "$PEER_BUILD" ] && PEER=(--peer-build "$PEER_BUILD")
ALT=(); for s in "${@:-shared_buffers=1GB}"; do ALT+=(--alternate-setting "$s"); done
mkdir -p /var/tmp/pgx
echo "== start $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
TMPDIR=/var/tmp/pgx STATION_BUILD_DIR=$BUILD $BUILD/bench/server/bench_results --preload "$PRELOAD" \
  --preload-people "$PEOPLE" --tubes 50000 --results 50000 --api-results 5000 --runs "$RUNS" \
  --bulk-only "${ALT[@]}" "${PEER[@]}" 2>&1 | grep --line-buffered -v '^$' | grep --line-buffered -v 'Index Cond\|Filter: (tube' |
  while IFS= read -r l; do echo "$(date -u +%H:%M:%S) [$(cut -d' ' -f1 /proc/loadavg)] $l"; done
echo "== end $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
