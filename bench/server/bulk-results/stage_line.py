import sys, re, datetime
who, s, e, load, path = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
def ms(stamp):
    t = datetime.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%f").replace(tzinfo=datetime.timezone.utc)
    return round(t.timestamp() * 1000 - s / 1e6)
opened = store = None; inner = ""
for line in open(path, encoding="utf-8", errors="replace"):
    m = re.match(r"(\d{4}-\d\d-\d\dT[\d:.]+) (.*)", line)
    if not m: continue
    t, msg = ms(m.group(1)), m.group(2)
    if "waited" in msg: opened = (t, re.search(r"waited (\d+)", msg).group(1))
    if msg.startswith("bulk results:") and "to store" in msg: store = t
    if msg.startswith("bulk results:") and " in " in msg: inner = msg.split(": ", 1)[1]; done = t
whole = round((e - s) / 1e6)
print(f"{who} {datetime.datetime.utcfromtimestamp(s/1e9):%H:%M:%S} load {load}: whole {whole} ms; "
      f"{'database open at %d, then waited %s ms for the file; ' % (opened[0] - int(opened[1]), opened[1]) if opened else ''}"
      f"store() began at {store}; inside store(): {inner}; ended at {done}; exit {whole - done} ms")
