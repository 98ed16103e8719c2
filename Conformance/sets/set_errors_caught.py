# Error messages from set operations
s = {1, 2, 3}
attempts = [
    ("s[0]", lambda: s[0]),
    ("s.remove(9)", lambda: s.remove(9)),
    ("set().pop()", lambda: set().pop()),
    ("s.add({})", lambda: s.add({})),
    ("{[1]}", lambda: {[1]}),
    ("set(5)", lambda: set(5)),
    ("s * 2", lambda: s * 2),
    ("s < 3", lambda: s < 3),
    ("s.union(1)", lambda: s.union(1)),
    ("sorted({1, 'a'})", lambda: sorted({1, "a"})),
    ("s.issubset(None)", lambda: s.issubset(None)),
    ("frozenset().add", lambda: frozenset().add(1)),
]
for label, fn in attempts:
    try:
        result = fn()
        print(label, "->", result)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
for i, x in enumerate(sorted(s)):
    print(i, x)
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
