tests = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: [1, 2][5],
    lambda: (1,)[-3],
    lambda: "abc"[10],
    lambda: {"a": 1}["b"],
    lambda: int("12a"),
    lambda: float("nan?"),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: [1].index(9),
    lambda: "abc".index("z"),
    lambda: [1, 2].remove(3),
    lambda: "x" * "y",
    lambda: [] + (),
    lambda: 1 < "a",
    lambda: -"a",
    lambda: len(5),
    lambda: hash([]),
    lambda: (1, 2)[0:1][5],
    lambda: "a".foo,
    lambda: undefined_name,
    lambda: int(None),
    lambda: chr(-1),
    lambda: "{} {}".format(1),
    lambda: tuple(1),
    lambda: dict([1, 2]),
    lambda: sum(["a", "b"]),
]
for i, t in enumerate(tests):
    try:
        t()
    except Exception as e:
        print(i, type(e).__name__, e)
