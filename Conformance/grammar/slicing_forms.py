s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::3], s[::-1], s[::-2], s[8:2:-2], s[-1:-4:-1])
print(s[100:], s[-100:2], s[5:2], repr(s[3:3]))
lst = list(range(10))
print(lst[1:9:3], lst[slice(2, 6)], lst[slice(None, None, -3)])
lst[2:5] = ["x"]
print(lst)
lst[:0] = [-1, -2]
print(lst)
lst[::2] = [0] * len(lst[::2])
print(lst)
del lst[1::2]
print(lst)
t = (0, 1, 2, 3, 4)
print(t[1:-1], t[::-1][:2], type(t[1:2]).__name__)
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step, sl.indices(5), s[sl])
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1:] for row in m[1:]], m[-1][-1], m[::-1][0][::-1])
copy = m[:]
copy[0] = "replaced"
print(m[0], copy[0])
try:
    lst[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[1:2] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
