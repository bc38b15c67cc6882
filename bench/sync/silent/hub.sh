#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A site hub relaying to a province through stopproxy.py; the province stops (SIGSTOP) as a
# relayed batch passes. Seconds from the stop until the hub's /v1/health says the upstream is
# not connected with a last_error. main's hub and this branch's alternating (same hub database
# and port; the province is main's build throughout).
# Usage: MAIN_SRV=... OURS_SRV=... CLI=... hub.sh RUNS (docs/benchmarks.md, session 34).
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
RUNS=${1:-3}
MAIN_SRV=${MAIN_SRV:?province-server of main build}
OURS_SRV=${OURS_SRV:?province-server of this build}
CLI=${CLI:?a sampling-station-cli}
W=$(mktemp -d /tmp/silent-hub.XXXX)
export STATION_SITE_PASSPHRASE='correct horse battery staple' STATION_OPERATOR_PIN=246810
cd "$W"
. "$HERE/province.sh" # the province behind stopproxy.py, and the hub's arguments
start_hub() { # $1 binary, $2 create
  $1 --listen 127.0.0.1:$HP --db sqlite:$W/hub.sqlite3 $2 --tls-cert cert.pem --tls-key key.pem $HUBARGS 2>>hub.log &
  HPID=$!
  for i in $(seq 100); do curl -sk https://127.0.0.1:$HP/v1/health >/dev/null 2>&1 && return; sleep 0.1; done
}
health() { curl -sk --max-time 3 https://127.0.0.1:$HP/v1/health; }
start_hub $OURS_SRV --create-db
CODE=$($MAIN_SRV admin enroll-code --site GZ-TH-0001 --db sqlite:$W/hub.sqlite3 --uses 5 | tail -1)
$CLI init --data-dir $W/st --site-code GZ-TH-0001 --site-name "天河体育中心" --district 440106 \
  --table 7 --pool-size 10 --operator-id S001 --operator-name "李护士" >/dev/null 2>&1
$CLI simulate --data-dir $W/st --residents 20 --operator S001 >/dev/null 2>&1
$CLI sync --data-dir $W/st --server https://127.0.0.1:$HP --enroll-code "$CODE" --ca cert.pem >first.log 2>&1 || { echo "first sync failed"; cat first.log; }
sleep 2; health | python3 -c 'import json,sys; print("first relay:", json.load(sys.stdin)["upstream"])'
kill $HPID; wait $HPID 2>/dev/null
echo "UTC $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq $RUNS); do
  for build in main ours; do
    srv=$MAIN_SRV; [ $build = ours ] && srv=$OURS_SRV
    start_hub $srv ""
    sleep 3 # the hub's idle connection to the province gone (2 s)
    rm -f $W/arm.t; touch $W/arm
    $CLI simulate --data-dir $W/st --residents 20 --operator S001 >/dev/null 2>&1
    $CLI sync --data-dir $W/st >sync.log 2>&1 || { echo "station sync failed"; cat sync.log; }
    for i in $(seq 1200); do
      h=$(health)
      if echo "$h" | python3 -c 'import json,sys; u=json.load(sys.stdin)["upstream"]; sys.exit(0 if (not u["connected"]) and u["last_error"] else 1)' 2>/dev/null; then
        t1=$(date +%s.%N); break; fi
      sleep 0.1
    done
    t0=$(cat $W/arm.t 2>/dev/null || echo 0)
    err=$(echo "$h" | python3 -c 'import json,sys; print(json.load(sys.stdin)["upstream"]["last_error"])' 2>/dev/null)
    printf "%s run %d: %.2f s  %s\n" $build $r $(echo "$t1 - $t0" | bc) "$err"
    kill -CONT $SPID; rm -f $W/arm
    for i in $(seq 600); do health | grep -q '"pending":0' && break; sleep 0.2; done
    kill $HPID; wait $HPID 2>/dev/null
  done
done
echo "UTC $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
kill $PRPID; kill -CONT $SPID; kill $SPID; wait 2>/dev/null
