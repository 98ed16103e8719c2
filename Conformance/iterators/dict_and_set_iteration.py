# Iterating dicts and sets, and mutation during iteration
d = {"x": 1, "y": 2, "z": 3}
print([k for k in d], [v for v in d.values()], [kv for kv in d.items()])
it = iter(d.items())
print(next(it))
d["x"] = 100
print(next(it), list(it))
it = iter(d)
d["w"] = 0
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
keys = iter(d.keys())
del d["w"]
try:
    print(list(keys))
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
it = iter(s)
s.add(4)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
for k in list(d):
    if d[k] > 2:
        d.pop(k)
print(d)
snapshot = dict(d)
for k, v in snapshot.items():
    d[k + k] = v * 2
print(d)
counts = {}
for word in "a b a c b a".split():
    counts[word] = counts.get(word, 0) + 1
for word, n in sorted(counts.items(), key=lambda kv: -kv[1]):
    print(word, n)
print(list(reversed(list(counts.items()))), sorted(counts, key=counts.get))
