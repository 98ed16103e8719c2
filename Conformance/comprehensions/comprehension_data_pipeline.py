# A small ETL pipeline expressed with comprehensions
raw = """id,name,dept,salary,start
1,Ann Lee,eng,125000,2019-03-01
2,Bob Ray,sales,68000,2021-07-15
3,Cy Dunn,eng,98000,2022-01-10
4,Dee Fox,hr,72000,2018-11-30
5,Eve Kim,eng,143000,2015-05-20
6,Fay Orr,sales,81000,2020-02-29
7,Gus Poe,,50000,2023-09-01"""
header, *lines = raw.splitlines()
cols = header.split(",")
rows = [dict(zip(cols, line.split(","))) for line in lines]
rows = [{**r, "id": int(r["id"]), "salary": int(r["salary"]), "year": int(r["start"][:4])} for r in rows]
valid = [r for r in rows if r["dept"]]
invalid = [r["id"] for r in rows if not r["dept"]]
print(len(rows), len(valid), invalid)
depts = sorted({r["dept"] for r in valid})
summary = {d: [r["salary"] for r in valid if r["dept"] == d] for d in depts}
for d, sal in summary.items():
    print(f"{d:<6} n={len(sal)} total={sum(sal):>7,} avg={sum(sal) / len(sal):>10,.2f} max={max(sal):,}")
initials = [''.join(p[0] for p in r["name"].split()) for r in valid]
print(initials)
seniority = {r["name"]: 2024 - r["year"] for r in valid}
print(sorted(seniority.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
raises = {r["id"]: round(r["salary"] * (1.05 if r["year"] < 2020 else 1.03)) for r in valid}
print(raises)
by_decade = {}
for r in valid:
    by_decade.setdefault(r["year"] // 10 * 10, []).append(r["name"].split()[0])
print(by_decade)
top = [r["name"] for r in sorted(valid, key=lambda r: r["salary"], reverse=True)[:2]]
print(top)
print(any(r["salary"] > 140000 for r in valid), all(r["salary"] > 60000 for r in valid))
