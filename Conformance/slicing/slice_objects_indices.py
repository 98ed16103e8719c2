# slice objects, their attributes and indices()
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(5).start, slice(5).stop, slice(None, None, -1))
data = list(range(20))
print(data[s], data[slice(-3, None)], data[slice(None, 5)], data[slice(None, None, -4)])
for sl in [slice(None), slice(2, 8), slice(-5, -1), slice(None, None, -1), slice(100, 200),
           slice(-100, 3), slice(None, None, 3), slice(10, 2, -3), slice(0, 0)]:
    idx = sl.indices(10)
    print(sl, "->", idx, list(range(*idx)), len(range(*idx)))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
FIELDS = {"year": slice(0, 4), "month": slice(5, 7), "day": slice(8, 10), "rest": slice(11, None)}
for line in ["2024-03-15 backup ok", "1999-12-31 party", "2000-01-01"]:
    rec = {name: line[sl] for name, sl in FIELDS.items()}
    print(rec)
evens, odds = slice(0, None, 2), slice(1, None, 2)
word = "interleaved"
print(word[evens], word[odds], word[evens][::-1])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(data[slice("a", 2)])
except TypeError as e:
    print(type(e).__name__, e)
