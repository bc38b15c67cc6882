#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# TCP proxy 127.0.0.1:LISTEN -> 127.0.0.1:TARGET. While the file ARM exists, the first TLS
# application-data record > 100 bytes from a client (a request) SIGSTOPs PID before it is
# forwarded, and ARM is removed: the request is all sent, no answer ever begins.
import asyncio, os, signal, sys, time
listen, target, pid, arm = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]

def starts_request(state, data):
    state['buf'] += data
    found = False
    while True:
        if state['rem'] > 0:
            take = min(state['rem'], len(state['buf']))
            state['rem'] -= take; state['buf'] = state['buf'][take:]
            if state['rem'] > 0: break
        if len(state['buf']) < 5: break
        t = state['buf'][0]; n = (state['buf'][3] << 8) | state['buf'][4]
        state['buf'] = state['buf'][5:]; state['rem'] = n
        if t == 0x17 and n > 100: found = True
    return found

async def pipe(r, w, state=None):
    try:
        while True:
            data = await r.read(65536)
            if not data: break
            if state is not None and starts_request(state, data) and os.path.exists(arm):
                os.remove(arm)
                os.kill(pid, signal.SIGSTOP)
                with open(arm + '.t', 'w') as f: f.write('%.3f' % time.time())
            w.write(data); await w.drain()
    except Exception:
        pass
    finally:
        try: w.close()
        except Exception: pass

async def handle(cr, cw):
    try:
        ur, uw = await asyncio.open_connection('127.0.0.1', target)
    except Exception:
        cw.close(); return
    await asyncio.gather(pipe(cr, uw, {'buf': b'', 'rem': 0}), pipe(ur, cw))

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', listen)
    async with server: await server.serve_forever()
asyncio.run(main())
