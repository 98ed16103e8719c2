# Tuple unpacking including starred targets
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = (10, 20, 30, 40)
print(first, rest)
*init, last = "python"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
x, *empty, y = [1, 2]
print(x, empty, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, (n, *o)] = ["M", ("N", "O1", "O2")]
print(m, n, o)
for i, (name, score) in enumerate([("ann", 90), ("bob", 85)]):
    print(i, name, score)
for key, *vals in [("a", 1, 2), ("b",), ("c", 3)]:
    print(key, vals)
data = {"x": (1, 2), "y": (3, 4)}
for k, (u, v) in data.items():
    print(k, u + v)
one, = [42]
print(one)
s1, s2, s3 = "abc"
print(s1, s2, s3)
k1, k2 = {"first": 1, "second": 2}
print(k1, k2)
merged = (*range(3), *"ab", *[None])
print(merged)
print(*(1, 2, 3), sep="-")
def stats(nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, avg = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, avg)
for bad in [(1, 2, 3), (1,), ()]:
    try:
        u, v = bad
    except ValueError as e:
        print(type(e).__name__, e)
try:
    a, b, *c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    i, j = 5
except TypeError as e:
    print(type(e).__name__, e)
