# Exact messages for common builtin misuse
n = 5
s = "abc"
tests = [
    ("len(5)", lambda: len(5)),
    ("len(None)", lambda: len(None)),
    ("iter(5)", lambda: iter(5)),
    ("next([1])", lambda: next([1])),
    ("sorted(5)", lambda: sorted(5)),
    ("sum(['a'])", lambda: sum(["a"])),
    ("int('3.5')", lambda: int("3.5")),
    ("float('x')", lambda: float("x")),
    ("list(5)", lambda: list(5)),
    ("dict([1])", lambda: dict([1])),
    ("range(1.5)", lambda: range(1.5)),
    ("range(0, 5, 0)", lambda: range(0, 5, 0)),
    ("chr('a')", lambda: chr("a")),
    ("abs([])", lambda: abs([])),
    ("min()", lambda: min()),
    ("hash({})", lambda: hash({})),
    ("'x' + None", lambda: "x" + None),
    ("None + 1", lambda: None + 1),
    ("[1][1]", lambda: [1][1]),
    ("{}['k']", lambda: {}["k"]),
    ("(1).foo", lambda: (1).foo),
    ("None.bar", lambda: None.bar),
    ("n()", lambda: n()),
    ("s()", lambda: s()),
    ("len()", lambda: len()),
    ("len([], [])", lambda: len([], [])),
    ("[].append()", lambda: [].append()),
    ("-'a'", lambda: -"a"),
    ("~1.5", lambda: ~1.5),
    ("1 @ 2", lambda: 1 @ 2),
]
for label, fn in tests:
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
