# Aliasing, shallow copies and manual deep copies
orig = [1, [2, 3], {"k": [4]}]
alias = orig
shallow1 = orig[:]
shallow2 = list(orig)
shallow3 = orig.copy()
shallow4 = [*orig]
def deep(x):
    if isinstance(x, list):
        return [deep(v) for v in x]
    if isinstance(x, dict):
        return {k: deep(v) for k, v in x.items()}
    return x
deep_copy = deep(orig)
orig[0] = 100
orig[1].append(99)
orig[2]["k"].append(5)
for name, val in [("orig", orig), ("alias", alias), ("s1", shallow1), ("s2", shallow2),
                  ("s3", shallow3), ("s4", shallow4), ("deep", deep_copy)]:
    print(f"{name:>5}: {val}  same={val is orig} inner_shared={val[1] is orig[1]}")
print(orig == alias, orig == shallow1, shallow1 == shallow2, deep_copy == orig)
def append_bad(item, target=[]):
    target.append(item)
    return target
print(append_bad(1), append_bad(2), append_bad(3, []))
def append_good(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_good(1), append_good(2))
rows = []
row = []
for i in range(3):
    row.append(i)
    rows.append(row)
print(rows)
rows = []
for i in range(3):
    rows.append(list(range(i + 1)))
print(rows)
x = [1, 2, 3]
y = x
x = x + [4]
print(x, y)
x = y
x += [4]
print(x, y)
