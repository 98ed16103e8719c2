# Building tuples incrementally with + and *
path = ()
for part in ["usr", "local", "lib"]:
    path += (part,)
    print(path)
print("/" + "/".join(path))
header = ("-",) * 5
print(header, "".join(header))
pairs = ()
for i in range(3):
    pairs = pairs + ((i, i * i),)
print(pairs)
print(sum(pairs, ()))
rows = ((1, 2), (3, 4))
print(rows * 2, rows + rows[::-1])
print(tuple(x for row in rows for x in row), tuple(map(sum, rows)))
print(tuple(zip((1, 2, 3), "abc")), tuple(enumerate("xy", 1)))
print(tuple("a,b,,c".split(",")), tuple(range(10, 0, -3)))
a = (1, 2)
b = a * 1
print(a == b, len(a * 0), (a * 3).count(2), (a * 3).index(2, 2))
print(tuple(sorted(set((3, 1, 3, 2)))), tuple(reversed(tuple("abc"))))
big = (0,) * 1000
print(len(big), big[-1], big.count(0))
try:
    print((1, 2) * (1, 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print((1,) + 1)
except TypeError as e:
    print(type(e).__name__, e)
