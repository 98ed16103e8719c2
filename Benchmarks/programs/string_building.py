# String building: f-strings with format specs, str.join, and common str methods
# (upper, lower, replace, split, strip, startswith, find, zfill) in a loop.


def make_record(i):
    name = f"user_{i:05d}"
    score = (i * 37) % 1000 / 10
    return f"{name}, {score:.1f}, {'active' if i % 3 else 'inactive'}"


def normalize(line):
    parts = [p.strip() for p in line.split(",")]
    name = parts[0].upper().replace("_", "-")
    status = parts[2].capitalize()
    return " | ".join([name, parts[1].rjust(6), status])


def checksum(text):
    total = 0
    for i in range(0, len(text), 7):
        total = (total * 31 + ord(text[i])) % 1000000007
    return total


def main():
    lines = []
    count_active = 0
    total_len = 0
    for i in range(300000):
        rec = make_record(i)
        out = normalize(rec)
        if out.endswith("Active"):
            count_active += 1
        if out.find("-0001") >= 0:
            out = out.lower()
        total_len += len(out)
        lines.append(out)
    report = "\n".join(lines)
    words = report.split()
    summary = f"lines={len(lines)} active={count_active} chars={total_len} words={len(words)}"
    print(summary)
    print("checksum:", checksum(report), str(len(report)).zfill(10))


main()
