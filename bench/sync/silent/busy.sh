#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Does a busy province answer a TLS handshake? A hub relays a station's backlog to a province
# (this branch's builds) in batches of 2,000 while handshake.py asks the province for
# handshakes; and how many batches the hub gave up on meanwhile.
# Usage: SRV=... CLI=... busy.sh RESIDENTS (docs/benchmarks.md, session 34).
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
N=${1:-4000}
SRV=${SRV:?a province-server}
CLI=${CLI:?a sampling-station-cli}
W=$(mktemp -d /tmp/silent-busy.XXXX)
export STATION_SITE_PASSPHRASE='correct horse battery staple' STATION_OPERATOR_PIN=246810
cd "$W"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
  -keyout key.pem -out cert.pem -subj /CN=127.0.0.1 \
  -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" 2>/dev/null
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
SP=$(free_port); HP=$(free_port)
$SRV --listen 127.0.0.1:$SP --db sqlite:$W/province.sqlite3 --create-db --tls-cert cert.pem --tls-key key.pem 2>province.log &
SPID=$!
for i in $(seq 50); do grep -q "listening" province.log && break; sleep 0.2; done
HUBCODE=$($SRV admin enroll-code --site GZ-TH-0001 --role hub --db sqlite:$W/province.sqlite3 | tail -1)
$SRV --listen 127.0.0.1:$HP --db sqlite:$W/hub.sqlite3 --create-db --tls-cert cert.pem --tls-key key.pem --site-hub --site GZ-TH-0001 --upstream https://127.0.0.1:$SP --upstream-ca $W/cert.pem --upstream-enrollment-code $HUBCODE 2>hub.log &
HPID=$!
for i in $(seq 100); do curl -sk https://127.0.0.1:$HP/v1/health >/dev/null 2>&1 && break; sleep 0.1; done
CODE=$($SRV admin enroll-code --site GZ-TH-0001 --db sqlite:$W/hub.sqlite3 --uses 5 | tail -1)
$CLI init --data-dir $W/st --site-code GZ-TH-0001 --site-name "天河体育中心" --district 440106 \
  --table 7 --pool-size 10 --operator-id S001 --operator-name "李护士" >/dev/null 2>&1
$CLI simulate --data-dir $W/st --residents $N --operator S001 >/dev/null 2>&1
# Hold the hub's relay back until the station's backlog is all at the hub: stop the province.
kill -STOP $SPID
$CLI sync --data-dir $W/st --server https://127.0.0.1:$HP --enroll-code "$CODE" --ca cert.pem >first.log 2>&1 || { echo "sync failed"; tail -3 first.log; }
P=$(curl -sk https://127.0.0.1:$HP/v1/health | python3 -c 'import json,sys; print(json.load(sys.stdin)["upstream"]["pending"])')
echo "UTC $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg); pending at the hub: $P"
B=$(grep -c "upstream batch not taken" hub.log)
kill -CONT $SPID
sleep 1
python3 $HERE/handshake.py $SP $W/stop > hs.log &
HS=$!
t0=$(date +%s.%N)
for i in $(seq 3000); do
  h=$(curl -sk --max-time 10 https://127.0.0.1:$HP/v1/health)
  echo "$h" | python3 -c 'import json,sys; sys.exit(0 if json.load(sys.stdin)["upstream"]["pending"]==0 else 1)' 2>/dev/null && break
  sleep 0.2
done
t1=$(date +%s.%N)
touch $W/stop; wait $HS
printf "relayed %s records in %.1f s\n" $P $(echo "$t1 - $t0" | bc)
cat hs.log
echo "batches not taken during the relay: $(( $(grep -c "upstream batch not taken" hub.log) - B ))"
grep "upstream batch not taken" hub.log | tail -3
echo "UTC $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
kill $HPID $SPID; wait 2>/dev/null
