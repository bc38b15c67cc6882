#!/bin/bash
# (docs/benchmarks.md, "Results", session 31; run as root: the cluster runs as postgres.)
# Same file(s) through main's and this branch's `admin import-results --bulk` on two copies
# of one seeded database; the stored rows compared.  Usage: equiv.sh MAIN_BUILD BRANCH_BUILD
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
export WORK=${WORK:-/var/tmp/bulk-results}
mkdir -p "$WORK"
MAINB=$1; MINE=$2
D=$WORK/eq; PORT=55437
runuser -u postgres -- pg_ctl -D $D/data -m fast -w stop >/dev/null 2>&1
rm -rf $D; mkdir -p $D; chown postgres $D
runuser -u postgres -- initdb -D $D/data -U postgres --auth=trust --no-sync -E UTF8 >/dev/null || exit 1
runuser -u postgres -- pg_ctl -D $D/data -o "-p $PORT -k $D -c listen_addresses=127.0.0.1 -c fsync=off" -l $D/pg.log -w start >/dev/null || exit 1
P="psql -X -q -h 127.0.0.1 -p $PORT -U postgres"
$P -d postgres -c "CREATE DATABASE seed"
$MAINB/server/province-server admin stats --db postgres://postgres@127.0.0.1:$PORT/seed >/dev/null || { echo schema failed; exit 1; }
N=20000
$P -d seed <<SQL
INSERT INTO tubes (tube_uuid, site, tube, station, state, pool_size, people, opened_at, sealed_at, box_uuid, handed_over_at)
 SELECT 'tube-' || g, 'GZ-TH-0001', 'RB' || lpad(g::text, 8, '0'), 'bench-t' || (g % 20), 'sealed', 10, 10, '2026-11-25T08:00:00.000Z', '2026-11-25T08:10:00.000Z', 'box-' || (g / 50), '2026-11-25T09:00:00.000Z' FROM generate_series(0, $N - 1) g;
INSERT INTO tube_people (sample_uuid, tube_uuid, site, tube, station, person_key, id_type, id_number_hash, state, taken_at)
 SELECT 'sample-' || g || '-' || p, 'tube-' || g, 'GZ-TH-0001', 'RB' || lpad(g::text, 8, '0'), 'bench-t' || (g % 20), md5(g || '-' || p) || md5(p || '-' || g), 'resident_id', md5(p || '+' || g) || md5(g || '+' || p), 'active', '2026-11-25T08:05:00.000Z' FROM generate_series(0, $N - 1) g, generate_series(1, 10) p;
-- codes used more than once, voided, not handed over, opened after the test, no times
INSERT INTO tubes (tube_uuid, site, tube, station, state, pool_size, people, opened_at, sealed_at, box_uuid, handed_over_at) VALUES
 ('e1a','GZ-TH-0001','RE00000001','bench-t1','sealed',10,10,'2026-11-25T08:00:00.000Z',NULL,NULL,'2026-11-25T09:00:00.000Z'),
 ('e1b','GZ-TH-0002','RE00000001','bench-t2','sealed',10,10,'2026-11-26T10:00:00.000Z',NULL,NULL,'2026-11-26T11:00:00.000Z'),
 ('e2a','GZ-TH-0001','RE00000002','bench-t1','voided',10,10,'2026-11-25T08:00:00.000Z',NULL,NULL,'2026-11-25T09:00:00.000Z'),
 ('e3a','GZ-TH-0001','RE00000003','bench-t1','sealed',10,10,'2026-11-25T08:00:00.000Z',NULL,NULL,NULL),
 ('e4a','GZ-TH-0001','RE00000004','bench-t1','sealed',10,10,'2026-11-27T08:00:00.000Z',NULL,NULL,'2026-11-27T09:00:00.000Z'),
 ('e5a','GZ-TH-0001','RE00000005','bench-t1','voided',10,10,'2026-11-25T08:00:00.000Z',NULL,NULL,'2026-11-25T09:00:00.000Z'),
 ('e5b','GZ-TH-0001','RE00000005','bench-t1','open',10,10,'2026-11-25T08:30:00.000Z',NULL,NULL,NULL),
 ('e6a','GZ-TH-0001','RE00000006','bench-t1','voided',10,10,'2026-11-25T08:00:00.000Z',NULL,NULL,NULL),
 ('e6b','GZ-TH-0001','RE00000006','bench-t1','sealed',10,10,'2026-11-27T08:00:00.000Z',NULL,NULL,'2026-11-27T09:00:00.000Z'),
 ('e7a','GZ-TH-0001','RE00000007','bench-t1','sealed',10,10,NULL,NULL,NULL,'2026-11-25T09:00:00.000Z'),
 ('e8a','GZ-TH-0001','RE00000008','bench-t1','sealed',10,10,'2026-11-25T08:00:00.000Z',NULL,NULL,''),
 ('e9a','GZ-TH-0001','RE00000009','bench-t1','sealed',10,10,'2026-11-25T08:00:00.000Z',NULL,NULL,'2026-11-25T09:00:00.000Z'),
 ('e9b','GZ-TH-0001','RE00000009','bench-t1','sealed',10,10,'2026-11-25T08:10:00.000Z',NULL,NULL,'2026-11-25T10:00:00.000Z');
INSERT INTO tube_people (sample_uuid, tube_uuid, site, tube, station, person_key, id_type, id_number_hash, state, taken_at)
 SELECT 'es-' || t || '-' || p, t, 'GZ-TH-0001', 'RE0000000' || substr(t,2,1), 'bench-t1', md5(t || p::text), 'resident_id', md5(p::text || t), 'active', '2026-11-25T08:05:00.000Z' FROM unnest(ARRAY['e1a','e1b','e7a','e9b']) t, generate_series(1, 3) p;
INSERT INTO tube_codes (tube, site, record_uuid) SELECT DISTINCT ON (tube) tube, site, 'seed' FROM tubes ORDER BY tube;
INSERT INTO site_facts (site, kind, station, table_label, person_key, tube, sample_uuid, at, record_uuid)
 SELECT site, 'person_sampled', station, 'T' || (substr(station, 8)::int + 1), person_key, tube, sample_uuid, taken_at, 'seed-' || sample_uuid FROM tube_people
 WHERE (tube_uuid LIKE 'tube-%' AND substr(tube_uuid, 6)::int % 1000 = 500) OR tube_uuid LIKE 'e%';
ANALYZE;
SQL
$P -d postgres -c "CREATE DATABASE a TEMPLATE seed" -c "CREATE DATABASE b TEMPLATE seed"
# Files: f1 new; f2 new (JSON lines is not the bulk path's concern: CSV); f1 again; f3 mixed
gen() { # name, pass, extra
  python3 - "$@" <<'PY'
import sys
name, pas, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
out = ["管码,检测机构,检测结果,ORF1ab Ct值,检测时间"]
N = 20000
for i in range(6000):
    tube = "RX%08d" % i if i % 100 == 99 else "RB%08d" % (i * 3 % N)
    pos = i % 1000 == 500 or i % 997 == 3
    inv = i % 1499 == 7
    res = "阳性" if pos else ("无效" if inv else "阴性")
    ct = "27.5" if pos else ""
    t = "2026-11-26T%02d:%02d:%02d.000Z" % (pas, (i // 60) % 60, i % 60)
    if mode == "f3" and i % 7 == 0:
        t = "2026-11-26T%02d:%02d:%02d.000Z" % (pas - 1, (i // 60) % 60, i % 60)  # the earlier file's
        if i % 14 == 0:
            res = "阳性"; ct = "30.1"  # changed: a conflict
    out.append(",".join([tube, "KingMed-GZ", res, ct, t]))
for k in range(1, 10):
    for t, res in (("2026-11-25T09:30:00.000Z","阳性"),("2026-11-26T12:00:00.000Z","阳性"),("2026-11-26 20:00:00","无效"),("2026-11-25T08:20:00.000Z","阴性")):
        if mode == "f3": t = t.replace("2026-11-2", "2026-10-2")
        out.append(",".join(["RE0000000%d" % k, "Lab-%d" % pas, res, "", t]))
# a repeat and a conflict inside the file, a bad line, lab from the default
out.append(out[5]); out.append(out[6].replace("阴性", "无效"))
out.append("RB00000001,KingMed-GZ,maybe,,2026-11-26T01:00:00.000Z")
out.append("RB00000002,,阴性,,2026-11-26T%02d:30:00.000Z" % pas)
open(name, "w").write("\n".join(out) + "\n")
PY
}
cd $WORK
gen f1.csv 1 new; gen f2.csv 2 new; gen f3.csv 3 f3
# f4: a big all-new file (two-halves parsing, keys on two threads)
python3 - <<'PY'
out=["tube,lab,result,tested_at"]
for i in range(60000):
    out.append("RB%08d,Lab-X,%s,2026-11-26T05:%02d:%02d.%03dZ" % (i % 20000, "positive" if i % 5000 == 17 else "negative", (i//1000)%60, (i//10)%60, i%1000))
import os
open(os.environ["WORK"] + "/f4.csv","w").write("\n".join(out)+"\n")
PY
n=0
for f in f1 f2 f1 f3 f4 f4; do
  n=$((n+1))
  for db in a b; do
    B=$MAINB; [ $db = b ] && B=$MINE
    $B/server/province-server admin import-results --bulk $WORK/$f.csv --lab Default-Lab --db postgres://postgres@127.0.0.1:$PORT/$db > $WORK/out-$db-$n.txt 2>&1; echo "$db $f rc=$?" >> $WORK/out-$db-$n.txt
  done
  grep -v "^station.server\|rc=" out-a-$n.txt > cmp-a-$n.txt; grep -v "^station.server\|rc=" out-b-$n.txt > cmp-b-$n.txt; grep -h "rc=" out-a-$n.txt out-b-$n.txt | tr "\n" " "
  if diff -q cmp-a-$n.txt cmp-b-$n.txt >/dev/null; then echo "step $n, $f: same output: $(tail -2 $WORK/out-a-$n.txt | head -1)"; else echo "step $n, $f: OUTPUT DIFFERS"; diff $WORK/out-a-$n.txt $WORK/out-b-$n.txt | head; fi
done
dump() {
  $P -d $1 -A -t -c "SELECT uuid, lab, tube, outcome, ct_values, tested_at, received_by, content_hash, match_state, coalesce(unmatched_reason,'-'), coalesce(site,'-'), coalesce(tube_uuid,'-'), matched_at IS NULL, matched_at = received_at FROM results ORDER BY uuid" > $WORK/results-$1.txt
  $P -d $1 -A -t -c "SELECT id, site, person_key, tube, sample_uuid, station, table_label, result_uuid, outcome, state FROM recalls ORDER BY id" > $WORK/recalls-$1.txt
  $P -d $1 -A -t -c "SELECT seq, site, kind, station, table_label, coalesce(person_key,'-'), coalesce(tube,'-'), coalesce(sample_uuid,'-'), coalesce(state,'-'), record_uuid FROM site_facts ORDER BY seq" > $WORK/facts-$1.txt
}
dump a; dump b
for t in results recalls facts; do
  echo "$t: $(wc -l < $WORK/$t-a.txt) rows (main), $(wc -l < $WORK/$t-b.txt) rows (branch): $(cmp -s $WORK/$t-a.txt $WORK/$t-b.txt && echo IDENTICAL || echo DIFFERENT)"
done
$P -d b -A -t -c "SELECT match_state, coalesce(unmatched_reason,'-'), count(*) FROM results GROUP BY 1,2 ORDER BY 1,2"
runuser -u postgres -- pg_ctl -D $D/data -m fast -w stop >/dev/null
