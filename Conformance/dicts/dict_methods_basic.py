# Core dict methods
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), d.get("a", 99))
print(d.setdefault("a", 100), d.setdefault("d", 4), d.setdefault("e"), d)
print(d.pop("e"), d.pop("missing", "default"), d)
print(d.popitem(), d)
d.update({"x": 10}, y=20)
d.update([("z", 30), ("a", -1)])
print(d)
e = d.copy()
e["new"] = True
print("new" in d, "new" in e, len(d), len(e))
print(list(d.keys()), list(d.values()), list(d.items())[:2])
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
print(dict(a=1, b=2), dict([("k", "v")]), dict({"m": 1}, n=2), dict(zip("xyz", range(3))))
d.clear()
print(d, bool(d), bool({0: 0}))
for bad in [lambda: {}.popitem(), lambda: {"a": 1}.pop("b"), lambda: {}["k"],
            lambda: dict([("a", 1, 2)]), lambda: dict([1, 2]), lambda: {}.update(5)]:
    try:
        bad()
    except (KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
