#!/bin/bash
# (docs/benchmarks.md, "Results", session 32; run as root: the cluster runs as postgres.)
# A throwaway cluster seeded as stages.sh seeds it (50,000 tubes of 10), then one
# `admin import-results --bulk` of the bench's file per build given, each on a fresh copy of
# the database, under `perf record -a -g` (both processes: the admin process and its
# backend), with the backend's CPU seconds from /proc and the admin process's from time(1).
#   profile.sh OUTDIR BUILD...
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
export WORK=${WORK:-/var/tmp/bulk-results}
mkdir -p "$WORK"
OUT=$1; shift; mkdir -p "$OUT"
D=$WORK/pf; PORT=${PORT:-55439}
runuser -u postgres -- pg_ctl -D $D/data -m fast -w stop >/dev/null 2>&1
rm -rf $D; mkdir -p $D; chown postgres $D
runuser -u postgres -- initdb -D $D/data -U postgres --auth=trust --no-sync -E UTF8 >/dev/null || exit 1
runuser -u postgres -- pg_ctl -D $D/data -o "-p $PORT -k $D -c listen_addresses=127.0.0.1 -c fsync=off -c autovacuum=off" -l $D/pg.log -w start >/dev/null || exit 1
P="psql -X -q -h 127.0.0.1 -p $PORT -U postgres"
$P -d postgres -c "CREATE DATABASE seed"
$1/server/province-server admin stats --db postgres://postgres@127.0.0.1:$PORT/seed >/dev/null || exit 1
T=50000
$P -d seed <<SQL
INSERT INTO tubes (tube_uuid, site, tube, station, state, pool_size, people, opened_at, sealed_at, box_uuid, handed_over_at) SELECT 'tube-' || g, 'bench-site', 'RB' || lpad(g::text, 8, '0'), 'bench-t' || (g % 20), 'sealed', 10, 10, '2026-11-25T08:00:00.000Z', '2026-11-25T08:10:00.000Z', 'box-' || (g / 50), '2026-11-25T09:00:00.000Z' FROM generate_series(0, $T - 1) g;
INSERT INTO tube_people (sample_uuid, tube_uuid, site, tube, station, person_key, id_type, id_number_hash, state, taken_at) SELECT 'sample-' || g || '-' || p, 'tube-' || g, 'bench-site', 'RB' || lpad(g::text, 8, '0'), 'bench-t' || (g % 20), md5(g || '-' || p) || md5(p || '-' || g), 'resident_id', md5(p || '+' || g) || md5(g || '+' || p), 'active', '2026-11-25T08:05:00.000Z' FROM generate_series(0, $T - 1) g, generate_series(1, 10) p;
INSERT INTO tube_codes (tube, site, record_uuid) SELECT tube, site, 'seed' FROM tubes;
INSERT INTO site_facts (site, kind, station, table_label, person_key, tube, sample_uuid, at, record_uuid) SELECT site, 'person_sampled', station, 'T' || (substr(station, 8)::int + 1), person_key, tube, sample_uuid, taken_at, 'seed-' || sample_uuid FROM tube_people WHERE substr(tube_uuid, 6)::int % 1000 = 500;
ANALYZE;
SQL
python3 - <<'PY'
import datetime, os
out=["管码,检测机构,检测结果,ORF1ab Ct值,检测时间"]
base=datetime.datetime(2026,11,26)
for i in range(50000):
    tube = "RX%08d" % i if i % 100 == 99 else "RB%08d" % (i % 50000)
    r = "阳性,27.5," if i % 1000 == 500 else "阴性,,"
    t = (base + datetime.timedelta(seconds=i//1000)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    out.append(tube + ",KingMed-GZ," + r + t)
open(os.environ["WORK"] + "/bench50k.csv","w").write("\n".join(out)+"\n")
PY
n=0
for B in "$@"; do
  n=$((n+1))
  $P -d postgres -c "CREATE DATABASE i$n TEMPLATE seed"
  sync; sleep 1
  echo "== $B at $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
  QT_LOGGING_RULES="station.server.debug=true" QT_MESSAGE_PATTERN="%{time yyyy-MM-ddTHH:mm:ss.zzz} %{message}" \
    perf record -q -a -g -o $OUT/perf$n.data -- /usr/bin/time -f "admin: %e s wall, %U user %S sys" \
    $B/server/province-server admin import-results --bulk $WORK/bench50k.csv --db postgres://postgres@127.0.0.1:$PORT/i$n > $OUT/out$n.txt 2>&1
  grep -v "^$" $OUT/out$n.txt | tail -4
done
runuser -u postgres -- pg_ctl -D $D/data -m fast -w stop >/dev/null
