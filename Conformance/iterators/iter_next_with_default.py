# iter() and next() with and without defaults
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
s = iter("hé😀")
print(next(s), next(s), next(s), next(s, "<end>"))
d = iter({"a": 1, "b": 2})
print(next(d), next(d), next(d, "no more keys"))
r = iter(range(3))
print(type(r).__name__, list(r), next(r, -1))
empty = iter(())
print(next(empty, "empty"), next(empty, 0), next(empty, []))
t = iter((1, 2))
print(iter(t) is t, next(t), list(t))
def first(iterable, default=None):
    return next(iter(iterable), default)
print(first([5, 6]), first([]), first("xyz"), first({}, "nothing"), first(range(10, 20)))
def first_match(iterable, pred, default=None):
    return next((x for x in iterable if pred(x)), default)
print(first_match([1, 4, 9, 16], lambda v: v > 5), first_match("abc", str.isdigit, "no digit"))
lines = iter(["# header", "# more", "data1", "data2"])
line = next(lines)
while line.startswith("#"):
    line = next(lines)
print("first data line:", line, "rest:", list(lines))
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, repr(e), e.args)
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next("abc")
except TypeError as e:
    print(type(e).__name__, e)
