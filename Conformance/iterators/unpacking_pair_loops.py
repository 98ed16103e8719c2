# Loops that unpack pairs from dict.items(), enumerate() and zip(): values, start offsets, iterators shared
# with zip (what stays in them), mutation during iteration, strict zip, nesting and breaking out.
d = {"a": 1, "b": 2, "c": 3}
for k, v in d.items():
    print(k, v)
xs = [10, 20, 30]
ys = ["x", "y"]
for i, x in enumerate(xs):
    print(i, x)
for i, x in enumerate(xs, 5):
    print(i, x)
for a, b in zip(xs, ys):
    print(a, b)
it = iter(xs)
for a, b in zip(it, ys):
    print("z", a, b)
print("left:", list(it))
it2 = iter(ys)
for a, b in zip(it2, xs):
    pass
print("left2:", list(it2))
try:
    for k, v in d.items():
        d["new" + k] = v
except RuntimeError as e:
    print("RuntimeError:", e)
for a, b in zip(xs, ys, strict=False):
    print(a, b)
try:
    for a, b in zip(xs, ys, strict=True):
        print(a, b)
except ValueError as e:
    print("ValueError:", e)
for k, v in {}.items():
    print("never")
for (i, x) in enumerate("ab"):
    print(i, x)
try:
    for a, b in enumerate([1]):
        a, b, c = b
except TypeError as e:
    print("TypeError:", e)
for i, (a, b) in enumerate(zip(xs, xs)):
    print(i, a, b)
total = 0
for i, x in enumerate(range(5)):
    total += i * x
print(total)
d2 = {1: "one"}
for k, v in d2.items():
    del d2[k]
    d2[2] = "two"
    print(k, v)
    break
print(d2)
