#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# TLS handshakes with 127.0.0.1:PORT one after another (0.1 s apart) until the file STOP
# exists; prints how long each took to be answered: count, median, p99, max (s).
import socket, ssl, sys, time, os, statistics
port, stop = int(sys.argv[1]), sys.argv[2]
ctx = ssl.create_default_context(); ctx.check_hostname = False; ctx.verify_mode = ssl.CERT_NONE
lat = []
while not os.path.exists(stop):
    t0 = time.monotonic()
    try:
        with socket.create_connection(('127.0.0.1', port), timeout=60) as s:
            with ctx.wrap_socket(s) as t:
                pass
        lat.append(time.monotonic() - t0)
    except Exception as e:
        print('failed', e)
    time.sleep(0.1)
lat.sort()
if lat:
    print('handshakes %d median %.3f p99 %.3f max %.3f' % (len(lat), statistics.median(lat), lat[int(len(lat)*0.99)-1 if len(lat)>1 else 0], lat[-1]))
