# Slicing range and tuple objects
r = range(0, 100, 7)
print(r, len(r), r[3], r[-1], r[2:5], r[::2], r[::-1], r[-3:])
print(list(r[2:5]), list(r[::-3]), r[5:2], list(r[5:2]), r[1:1])
print(range(10)[::-1], range(10)[2:8:3], range(-5, 5)[::4], range(5, -5, -2)[1:])
print(len(range(0)), len(range(10, 0)), len(range(10, 0, -1)), range(3)[:100])
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 2), list(range(1, 10, 3)[1:]))
print(3 in range(0, 10, 3), 4 in range(0, 10, 3), range(10).index(7), range(0, 20, 5).count(10))
big = range(10**18)
print(len(big), big[-1], big[10**17:10**17 + 3], list(big[10**17:10**17 + 3]))
t = tuple(range(10))
print(t[2:5], t[::-1], t[::3], t[-3:], type(t[1:2]).__name__, t[5:5])
nested = ((1, 2, 3), (4, 5, 6), (7, 8, 9))
print(nested[1:], nested[::2], tuple(row[1:] for row in nested), nested[::-1][0][::-1])
print(tuple(row[i] for i, row in enumerate(nested)))
s = "abcdefgh"
print(s[range(2, 5)[0]:range(2, 5)[-1]])
try:
    print(r[100])
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(3)[1] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(10).index(11)
except ValueError as e:
    print(type(e).__name__, e)
