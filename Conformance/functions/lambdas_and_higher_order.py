records = [
    {"name": "gamma", "score": 72, "tags": 3},
    {"name": "alpha", "score": 91, "tags": 1},
    {"name": "beta", "score": 72, "tags": 2},
]

by_score = sorted(records, key=lambda r: (-r["score"], r["name"]))
print([r["name"] for r in by_score])

print(list(map(lambda r: r["score"] // 10, records)))
print(list(filter(lambda r: r["tags"] > 1, records)) == [records[0], records[2]])


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed


inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))


def apply_n(f, n):
    return lambda x: x if n == 0 else apply_n(f, n - 1)(f(x))


print(apply_n(dbl, 10)(1))

ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
}
for sym in "+-*":
    print(sym, ops[sym](7, 3))

print((lambda *a, **k: (a, k))(1, x=2))
print((lambda a, b=10, *, c=100: a + b + c)(1, c=0))
print(max(records, key=lambda r: r["tags"])["name"])
print(min(["bb", "a", "ccc"], key=len))
print((lambda: 0).__name__)
