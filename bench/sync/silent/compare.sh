#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One-shot `sync` against a province-server that stops (SIGSTOP) as the batch passes a proxy:
# the request all written, no answer. main's CLI and this branch's alternating; seconds from
# start to exit. Usage: MAIN_CLI=... OURS_CLI=... SERVER=... compare.sh RUNS
# (docs/benchmarks.md, Station sync, session 34).
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
RUNS=${1:-3}
MAIN_CLI=${MAIN_CLI:?the CLI of main build}
OURS_CLI=${OURS_CLI:?the CLI of this build}
SERVER=${SERVER:?a province-server}
W=$(mktemp -d /tmp/silent-compare.XXXX)
export STATION_SITE_PASSPHRASE='correct horse battery staple' STATION_OPERATOR_PIN=246810
export QT_QPA_PLATFORM=offscreen
cd "$W"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
  -keyout key.pem -out cert.pem -subj /CN=127.0.0.1 \
  -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" 2>/dev/null
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
SP=$(free_port); PP=$(free_port)
$SERVER --listen 127.0.0.1:$SP --db sqlite:$W/province.sqlite3 --create-db --tls-cert cert.pem --tls-key key.pem 2>server.log &
SPID=$!
for i in $(seq 50); do grep -q "listening" server.log && break; sleep 0.2; done
python3 $HERE/stopproxy.py $PP $SP $SPID $W/arm &
PRPID=$!
CODE=$($SERVER admin enroll-code --site GZ-TH-0001 --db sqlite:$W/province.sqlite3 --uses 5 | tail -1)
$OURS_CLI init --data-dir $W/st --site-code GZ-TH-0001 --site-name "天河体育中心" --district 440106 \
  --table 7 --pool-size 10 --operator-id S001 --operator-name "李护士" >/dev/null
$OURS_CLI simulate --data-dir $W/st --residents 20 --operator S001 >/dev/null
$OURS_CLI sync --data-dir $W/st --server https://127.0.0.1:$PP --enroll-code "$CODE" --ca cert.pem >first.log 2>&1 || { echo "first sync failed"; cat first.log; }
echo "UTC $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq $RUNS); do
  for build in main ours; do
    cli=$MAIN_CLI; [ $build = ours ] && cli=$OURS_CLI
    $OURS_CLI simulate --data-dir $W/st --residents 20 --operator S001 >/dev/null
    touch $W/arm
    t0=$(date +%s.%N)
    $cli sync --data-dir $W/st >out.log 2>&1
    rc=$?
    t1=$(date +%s.%N)
    kill -CONT $SPID
    rm -f $W/arm
    msg=$(grep -i "reach\|answer" out.log | head -1 | cut -c1-160)
    printf "%s run %d: %.2f s rc=%d %s\n" $build $r $(echo "$t1 - $t0" | bc) $rc "$msg"
    $OURS_CLI sync --data-dir $W/st >drain.log 2>&1 || { echo "drain failed"; cat drain.log; }
  done
done
echo "UTC $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
kill $PRPID; kill -CONT $SPID; kill $SPID; wait 2>/dev/null
