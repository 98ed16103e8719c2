# Parsing structured log lines with string methods
log = """2024-03-01 12:00:01 INFO  [auth] user=alice action=login ok
2024-03-01 12:00:05 WARN  [db] slow query took=1532ms table=orders
2024-03-01 12:01:10 ERROR [auth] user=bob action=login failed reason="bad password"
2024-03-01 12:02:00 INFO  [api] GET /v1/items status=200 took=35ms
   
2024-03-01 12:02:30 ERROR [api] POST /v1/orders status=500 took=812ms
2024-03-01 12:03:45 DEBUG [cache] hit ratio=0.93"""
levels = {}
errors = []
timings = []
for lineno, line in enumerate(log.splitlines(), 1):
    line = line.strip()
    if not line:
        print(f"line {lineno}: blank, skipped")
        continue
    date, time, level, rest = line.split(maxsplit=3)
    levels[level] = levels.get(level, 0) + 1
    component = rest[rest.index("[") + 1:rest.index("]")]
    message = rest[rest.index("]") + 1:].strip()
    if level == "ERROR":
        errors.append(f"{time} {component}: {message}")
    for token in message.split():
        if token.startswith("took=") and token.endswith("ms"):
            timings.append((component, int(token[5:-2])))
print(levels)
print("\n".join(errors))
print(timings)
print("slowest:", max(timings, key=lambda t: t[1]))
print("total ms:", sum(t for _, t in timings))
quoted = log[log.index('"') + 1:log.rindex('"')]
print(repr(quoted))
hours = sorted({line.split()[1][:5] for line in log.splitlines() if line.strip()})
print(hours)
