# Comparing and sorting floats
vals = [3.5, -1.25, 0.0, -0.0, 2, 1e-9, 10**20, 1e20, -7]
print(sorted(vals))
print(sorted(vals, key=abs))
print(sorted(vals, reverse=True))
print(min(vals), max(vals), sum(vals))
print(0.1 + 0.2 > 0.3, 0.1 + 0.2 < 0.30000000000000005, 1.0 == 1, 1.5 == 3 / 2)
def close(a, b, rel=1e-9, abs_tol=0.0):
    return abs(a - b) <= max(rel * max(abs(a), abs(b)), abs_tol)
print(close(0.1 + 0.2, 0.3), close(1e10, 1e10 + 1), close(1.0, 1.1), close(0.0, 1e-12, abs_tol=1e-9))
records = [("b", 2.50), ("a", 2.5), ("c", 1.75), ("d", 2.500001)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: (-r[1], r[0])))
print(max(records, key=lambda r: r[1]), min(records, key=lambda r: r[1]))
print(1e-300 * 1e-300 == 0.0, 5e-324 / 2, 5e-324 > 0)
print(float("inf") == float("inf"), -float("inf") < -1e308)
ranks = {}
for name, score in records:
    ranks.setdefault(round(score, 1), []).append(name)
print(sorted(ranks.items()))
print(2.0 in [1, 2, 3], 2 in [1.0, 2.0], [1, 2.0].index(2), (0.0).__eq__(-0.0))
print(sorted([2.0, 2, True, 1.0, 0, False]))
