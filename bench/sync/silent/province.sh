# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by hub.sh and recall.sh, in the work folder $W: a certificate, a province
# ($MAIN_SRV, pid SPID) behind stopproxy.py (port PP, pid PRPID; it stops the province as a
# request passes once $W/arm exists), the hub's port HP and its arguments HUBARGS.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
  -keyout key.pem -out cert.pem -subj /CN=127.0.0.1 \
  -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" 2>/dev/null
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
SP=$(free_port); PP=$(free_port); HP=$(free_port)
$MAIN_SRV --listen 127.0.0.1:$SP --db sqlite:$W/province.sqlite3 --create-db --tls-cert cert.pem --tls-key key.pem 2>province.log &
SPID=$!
for i in $(seq 50); do grep -q "listening" province.log && break; sleep 0.2; done
python3 $HERE/stopproxy.py $PP $SP $SPID $W/arm &
PRPID=$!
HUBCODE=$($MAIN_SRV admin enroll-code --site GZ-TH-0001 --role hub --db sqlite:$W/province.sqlite3 | tail -1)
HUBARGS="--site-hub --site GZ-TH-0001 --upstream https://127.0.0.1:$PP --upstream-ca $W/cert.pem --upstream-enrollment-code $HUBCODE"
