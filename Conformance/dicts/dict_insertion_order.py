# Dicts preserve insertion order; updates keep position, deletes and re-inserts move to end
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(d)
print(d, list(d))
d["alpha"] = 100
print(list(d.items()))
del d["zeta"]
d["zeta"] = -1
print(list(d.items()))
d.pop("mid")
d.setdefault("mid", 5)
print(list(d))
print(d == {"beta": 3, "alpha": 100, "zeta": -1, "mid": 5}, list(d) == ["beta", "alpha", "zeta", "mid"])
nums = {3: "c", 1: "a", 2: "b"}
print(nums, sorted(nums), dict(sorted(nums.items())))
print(dict(sorted(nums.items(), key=lambda kv: kv[1], reverse=True)))
last = next(reversed(d))
first = next(iter(d))
print(first, last)
while d:
    print("popitem ->", d.popitem())
lru = {}
for access in ["a", "b", "c", "a", "d", "b", "e"]:
    if access in lru:
        lru.pop(access)
    lru[access] = True
    if len(lru) > 3:
        oldest = next(iter(lru))
        del lru[oldest]
    print(access, list(lru))
