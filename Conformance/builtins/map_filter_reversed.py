# map, filter and reversed return lazy iterators
m = map(str.upper, ["a", "b"])
print(type(m).__name__, list(m), list(m))
print(list(map(int, "1 2 3".split())), list(map(len, ["", "ab", "abc"])))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6, 7])), list(map(pow, [2, 3], [3, 2])))
print(list(map(str, range(3))), "".join(map(chr, [72, 105])), sum(map(float, ["1.5", "2"])))
f = filter(None, [0, 1, "", "x", None, [], [1], False])
print(type(f).__name__, list(f))
print(list(filter(lambda n: n % 3 == 0, range(10))), list(filter(str.isdigit, "a1b22c")))
print(list(filter(str.strip, ["  ", "a", "", " b "])))
r = reversed([1, 2, 3])
print(type(r).__name__, list(r), list(r))
print(list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))), "".join(reversed("stressed")))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.items())))
evens_sq = map(lambda v: v * v, filter(lambda v: v % 2 == 0, range(10)))
print(list(evens_sq))
pipeline = list(map(str.title, filter(lambda s: len(s) > 2, map(str.strip, [" ab ", " cat ", "dog", " x"]))))
print(pipeline)
print(list(map(abs, [-1, 2, -3])), list(map(round, [1.5, 2.5, 2.675])), max(map(len, ["aa", "b"])))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(list(map(int, ["1", "x"])))
except ValueError as e:
    print(type(e).__name__, e)
try:
    map(5, [1])
    print(list(map(5, [1])))
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(iter([1, 2]))
except TypeError as e:
    print(type(e).__name__, e)
