# Chained generator stages process log records lazily
LOG = """\
2024-05-01 10:00:00 GET /index.html 200 512
2024-05-01 10:00:03 GET /missing 404 0
2024-05-01 10:00:04 POST /api/login 200 128
malformed line here
2024-05-01 10:01:10 GET /api/data 500 64
2024-05-01 10:01:11 GET /index.html 200 512
2024-05-01 10:02:00 GET /api/data 200 2048"""
def read_lines(text):
    for line in text.splitlines():
        yield line
def parse(lines):
    for line in lines:
        parts = line.split()
        if len(parts) != 6:
            print("  skipping:", repr(line))
            continue
        date, time, method, path, status, size = parts
        yield {"time": time, "method": method, "path": path, "status": int(status), "size": int(size)}
def only(records, pred):
    for r in records:
        if pred(r):
            yield r
def batch(items, n):
    chunk = []
    for it in items:
        chunk.append(it)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
records = parse(read_lines(LOG))
ok = only(records, lambda r: r["status"] < 400)
for group in batch(ok, 2):
    print([f'{r["method"]} {r["path"]}' for r in group], sum(r["size"] for r in group))
errors = list(only(parse(read_lines(LOG)), lambda r: r["status"] >= 400))
print([(r["time"], r["status"]) for r in errors])
by_path = {}
for r in parse(read_lines(LOG)):
    by_path[r["path"]] = by_path.get(r["path"], 0) + r["size"]
print(sorted(by_path.items(), key=lambda kv: -kv[1]))
