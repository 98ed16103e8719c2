# A multi-column sales report with computed column widths
sales = [
    {"region": "North America", "q1": 120500.0, "q2": 98000.5, "q3": 143250.25},
    {"region": "EMEA", "q1": 87000.0, "q2": 91250.75, "q3": 88000.0},
    {"region": "APAC", "q1": 45000.5, "q2": 67000.0, "q3": 71999.99},
    {"region": "LatAm", "q1": 12000.0, "q2": 9500.0, "q3": 15000.0},
]
quarters = ["q1", "q2", "q3"]
name_w = max(len("Region"), max(len(r["region"]) for r in sales))
num_w = 14
header = f"{'Region':<{name_w}}" + "".join(f"{q.upper():>{num_w}}" for q in quarters) + f"{'Total':>{num_w}}{'Growth':>9}"
print(header)
print("=" * len(header))
col_totals = {q: 0.0 for q in quarters}
for r in sales:
    total = sum(r[q] for q in quarters)
    growth = (r["q3"] - r["q1"]) / r["q1"]
    for q in quarters:
        col_totals[q] += r[q]
    line = f"{r['region']:<{name_w}}"
    line += "".join(f"{r[q]:>{num_w},.2f}" for q in quarters)
    line += f"{total:>{num_w},.2f}{growth:>+9.1%}"
    print(line)
print("-" * len(header))
grand = sum(col_totals.values())
print(f"{'TOTAL':<{name_w}}" + "".join(f"{col_totals[q]:>{num_w},.2f}" for q in quarters) + f"{grand:>{num_w},.2f}")
best = max(sales, key=lambda r: sum(r[q] for q in quarters))
print(f"Best region: {best['region']!r} with {sum(best[q] for q in quarters):,.0f}")
share = {r["region"]: sum(r[q] for q in quarters) / grand for r in sales}
for region, s in sorted(share.items(), key=lambda kv: -kv[1]):
    print(f"  {region:<{name_w}} {s:6.2%} {'█' * round(s * 40)}")
