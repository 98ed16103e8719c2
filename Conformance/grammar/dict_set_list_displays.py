a = [1, 2]
b = (3, 4)
print([*a, *b], [*a, 0, *b, *"xy"], (*a,), (*a, *b))
base = {"x": 1, "y": 2}
override = {"y": 20, "z": 30}
print({**base, **override}, {**override, **base}, {**base, "x": 100}, {"x": 100, **base})
print(sorted({*a, *b, 1}), {*()} == set(), type({}).__name__, type({*()}).__name__)
print({1: "a", True: "b", 1.0: "c"}, {"k": 1, "k": 2})
print(dict(zip("abc", range(3))), {k: v for k, v in [("p", 1)]})
print([[]] * 2, [[] for _ in range(2)], [(1, 2)], [1, [2, [3]]])
print(len({1, 1, 2, 2.0, True}), sorted({-1, 3, 0}))
print((), (1,), (1, 2), tuple(), 1, 2)
print({(1, 2): "tuple key", None: "none key", frozenset({1}): "fs"}[(1, 2)])
first, *_ = {**{"only": 1}}
print(first)
nested = {"outer": {"inner": [1, {"deep": True}]}}
print(nested["outer"]["inner"][1]["deep"])
print(list({"b": 1, "a": 2}), list(reversed({"b": 1, "a": 2})))
print([*range(3), *{"k": 0}], {**dict(a=1)})
print(list("abc"), tuple([1]), set([1, 1]), dict([("a", 1)]))
try:
    {**[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
