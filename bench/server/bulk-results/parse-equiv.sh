#!/bin/bash
# (docs/benchmarks.md, "Results", session 32.) The same CSV files parsed by main's build and
# this branch's: `admin import-results --one-by-one` into a new SQLite database each, the
# printed answers (every rejected line and its reason) and the stored results compared.
# tricky.csv: quoted cells with commas, doubled quotes and line breaks, '\r' inside a cell,
# CRLF, blank and whitespace-only lines, outcomes in any case, with spaces, non-ASCII
# look-alikes (ſ, İ, fullwidth), times of every accepted shape and bad ones, labs missing,
# quoted or spaced, Ct columns, an unterminated quote at the end; big.csv: 30,000 lines read
# in two halves, Chinese outcomes, several labs, blank lines.  parse-equiv.sh MAIN BRANCH
set -u
MAINB=$1; MINE=$2
W=${WORK:-/var/tmp/bulk-results}/pe; mkdir -p $W; cd $W || exit 1
python3 - <<'PY'
rows = ['tube,lab,result,ORF1ab Ct,N Ct,tested_at']
outs = ['negative','NEGATIVE',' Positive ','invalid','INVALID ','阴性','阳性','无效',' 阴性 ','poſitive','İnvalid','ｎｅｇａｔｉｖｅ','neg','', 'Negative\u00a0']
times = ['2026-11-25T08:00:00.000Z','2026-11-25 14:03:00','2026-11-25 14:03',' 2026-11-25T08:00:01.000Z ','2026/11/25 9:03','2026-11-25T08:00:00Z','bad','2026-11-25T08:00:02.000+08:00','']
labs = ['KingMed','KingMed',' KingMed ','','Lab-B','"Lab, C"','"Lab ""Q"""']
i=0
for o in outs:
    for t in times:
        for l in labs:
            i+=1
            tube = 'GZ%08d' % (i % 300)
            if i % 17 == 0: tube = '"%s"' % tube
            if i % 23 == 0: tube = 'GZ\r%08d' % i
            if i % 29 == 0: tube = '"GZ\n%08d"' % i
            ct1 = '28.%d' % (i%10) if i % 5 == 0 else ''
            ct2 = 'x' if i % 31 == 0 else ''
            rows.append(','.join([tube, l, o, ct1, ct2, t]))
            if i % 41 == 0: rows.append('')
            if i % 43 == 0: rows.append(' , ,,,, ')
            if i % 47 == 0: rows.append('GZ1,Lab')
open('tricky.csv','w',encoding='utf-8').write('\r\n'.join(rows) + '\r\n"GZ99999999,unterminated')
rows = ['管码,检测机构,检测结果,ORF1ab Ct值,检测时间']
for i in range(30000):
    rows.append('RB%08d,%s,%s,%s,2026-11-26T05:%02d:%02d.%03dZ' % (i, 'Lab-%d' % (i//7000), ['阴性','阳性','NEGATIVE','无效',' positive'][i%5], '' if i%3 else '31.%d' % (i%10), (i//1000)%60, (i//10)%60, i%1000))
    if i % 999 == 0: rows.append('   ')
    if i % 1234 == 0: rows.append('RB1\r2,Lab,阴性,,2026-11-26T05:00:00.000Z')
open('big.csv','w',encoding='utf-8').write('\n'.join(rows) + '\n')
PY
for f in tricky big; do
  for who in main branch; do
    B=$MAINB; [ $who = branch ] && B=$MINE
    rm -f $who-$f.sqlite3
    $B/server/province-server admin import-results --one-by-one $f.csv --lab DefLab --db sqlite:$W/$who-$f.sqlite3 --create-db 2>&1 | grep -v "^station.server: import: file read" > $who-$f.out
    sqlite3 $who-$f.sqlite3 "SELECT uuid, lab, tube, outcome, ct_values, tested_at, content_hash, match_state, unmatched_reason FROM results ORDER BY uuid" > $who-$f.rows
  done
  echo "$f: answers $(cmp -s main-$f.out branch-$f.out && echo SAME || echo DIFFERENT) ($(grep -c '^line' branch-$f.out) lines named), results $(cmp -s main-$f.rows branch-$f.rows && echo SAME || echo DIFFERENT) ($(wc -l < branch-$f.rows) rows): $(tail -1 branch-$f.out)"
done
