#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A site hub's recall poll held by a province that stops (SIGSTOP) while holding it: the
# province sits behind stopproxy.py, which stops it as the hub's poll passes (the poll all
# sent, no byte of the answer). Seconds from the stop until the hub logs that reading the
# province's recalls failed. main's hub and this branch's alternating (same hub database and
# port, started afresh each run; the province is main's build throughout).
# Usage: MAIN_SRV=... OURS_SRV=... recall.sh RUNS (docs/benchmarks.md, session 35).
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
RUNS=${1:-5}
MAIN_SRV=${MAIN_SRV:?province-server of main build}
OURS_SRV=${OURS_SRV:?province-server of this build}
W=$(mktemp -d /tmp/silent-recall.XXXX)
cd "$W"
. "$HERE/province.sh" # the province behind stopproxy.py, and the hub's arguments
start_hub() { # $1 binary, $2 create, $3 log
  $1 --listen 127.0.0.1:$HP --db sqlite:$W/hub.sqlite3 $2 --tls-cert cert.pem --tls-key key.pem $HUBARGS 2>$3 &
  HPID=$!
}
start_hub $OURS_SRV --create-db first.log
for i in $(seq 100); do grep -q "the hub is enrolled at the province" first.log && break; sleep 0.1; done
sleep 1; kill $HPID; wait $HPID 2>/dev/null
echo "UTC $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq $RUNS); do
  for build in main ours; do
    srv=$MAIN_SRV; [ $build = ours ] && srv=$OURS_SRV
    rm -f $W/arm.t; touch $W/arm
    start_hub $srv "" hub-$build-$r.log
    t1=0
    for i in $(seq 900); do
      if grep -v "not enrolled" hub-$build-$r.log | grep -q "reading the province's recalls failed"; then t1=$(date +%s.%N); break; fi
      sleep 0.1
    done
    t0=$(cat $W/arm.t 2>/dev/null || echo 0)
    why=$(grep -v "not enrolled" hub-$build-$r.log | grep -m1 "reading the province's recalls failed" | sed 's/.*failed: //')
    printf "%s run %d: %.2f s  %s\n" $build $r $(echo "$t1 - $t0" | bc) "$why"
    kill -CONT $SPID; rm -f $W/arm
    sleep 1; kill $HPID; wait $HPID 2>/dev/null
  done
done
echo "UTC $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
kill $PRPID; kill -CONT $SPID; kill $SPID; wait 2>/dev/null
