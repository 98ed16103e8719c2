# Hashable keys, numeric key equality and unhashable keys
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
d[0] = "zero"
d[False] = "false"
d[-0.0] = "negzero"
print(d, len(d))
coords = {(0, 0): "origin", (1, 2): "p", (1, (2, 3)): "nested"}
print(coords[(0, 0)], coords[1, 2], coords[(1, (2, 3))])
mixed = {None: "none", "": "empty", (): "unit", frozenset({1, 2}): "fs", 2**100: "big", -1: "neg"}
print(mixed[None], mixed[""], mixed[()], mixed[frozenset({2, 1})], mixed[2**100], mixed[-1])
print(hash((1, 2)) == hash((1, 2)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print({1: "a", 1.0: "b"}, {1.5: "x", 3 / 2: "y"})
for key in [[1, 2], {"a": 1}, {1, 2}, (1, [2])]:
    try:
        {key: 1}
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print({}.get([1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] in {1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
nan = float("nan")
n = {nan: 1}
print(nan in n, float("nan") in n, len({float("nan"): 1, float("nan"): 2}))
