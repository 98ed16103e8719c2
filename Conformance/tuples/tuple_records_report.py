# Processing a list of tuple records (a CSV-like table)
raw = """date,city,temp_c,rain_mm
2024-06-01,Oslo,14.5,2.0
2024-06-01,Rome,27.0,0.0
2024-06-02,Oslo,16.0,0.5
2024-06-02,Rome,29.5,0.0
2024-06-03,Oslo,12.0,8.25
2024-06-03,Rome,25.5,3.0"""
lines = raw.splitlines()
header = tuple(lines[0].split(","))
rows = []
for line in lines[1:]:
    date, city, temp, rain = line.split(",")
    rows.append((date, city, float(temp), float(rain)))
print(header)
print(rows[0], len(rows))
cities = sorted({r[1] for r in rows})
for city in cities:
    temps = [t for _, c, t, _ in rows if c == city]
    rain = sum(r for _, c, _, r in rows if c == city)
    print(f"{city}: avg {sum(temps) / len(temps):.2f}C, max {max(temps)}, rain {rain}mm")
hottest = max(rows, key=lambda r: r[2])
wettest = max(rows, key=lambda r: r[3])
print("hottest:", hottest)
print("wettest:", wettest[0], wettest[1])
by_date = {}
for date, city, temp, _ in rows:
    by_date.setdefault(date, []).append((city, temp))
for date, entries in by_date.items():
    diff = abs(entries[0][1] - entries[1][1])
    print(date, entries, f"diff={diff}")
dry = [(d, c) for d, c, _, r in rows if r == 0.0]
print(dry)
col = {name: [r[i] for r in rows] for i, name in enumerate(header)}
print(col["temp_c"], col["city"][:2])
