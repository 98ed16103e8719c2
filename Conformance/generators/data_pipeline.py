LOG = """\
2024-01-01 INFO service started
2024-01-01 WARN disk at 80%
2024-01-02 ERROR db timeout
2024-01-02 INFO request ok
2024-01-03 ERROR db timeout
2024-01-03 ERROR cache miss storm
"""


def read_lines(text):
    for line in text.splitlines():
        yield line


def parse(lines):
    for line in lines:
        date, level, msg = line.split(" ", 2)
        yield {"date": date, "level": level, "msg": msg}


def only(level, records):
    return (r for r in records if r["level"] == level)


def batch(items, size):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


errors = list(only("ERROR", parse(read_lines(LOG))))
print(len(errors))
for r in errors:
    print(r["date"], r["msg"])

counts = {}
for r in parse(read_lines(LOG)):
    counts[r["level"]] = counts.get(r["level"], 0) + 1
print(sorted(counts.items()))

for i, b in enumerate(batch(range(7), 3)):
    print(i, b)
print(list(batch([], 2)))
