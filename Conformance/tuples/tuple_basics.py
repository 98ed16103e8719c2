# Creating tuples and using their methods
empty = ()
single = (1,)
not_tuple = (1)
packed = 1, 2, 3
print(empty, single, not_tuple, packed, type(single).__name__, type(not_tuple).__name__)
print(tuple(), tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple({"k": 1}), tuple((4, 5)))
t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(len(t), t.count(5), t.count(7), t.index(1), t.index(5, 5), t.index(3, 1))
print(t[0], t[-1], t[2:5], t[::-1][:3], t[::3])
print(min(t), max(t), sum(t), sorted(t), 9 in t, 8 not in t)
print(t + (0,), (0,) * 3, () * 10, t[:2] * 2)
x = ("a",) + tuple("bc")
print(x, len(x), x == ("a", "b", "c"))
print((1, 2) == [1, 2], (1, 2) == (1.0, 2.0), tuple([1, 2]) == (1, 2))
print(repr(()), repr((1,)), repr(((),)), repr(((1,),)), str((None, True)))
print(("x") * 3, ("x",) * 3)
nested = ((1, 2), (3, (4, 5)), ())
print(nested[1][1][0], len(nested), nested[2], nested[1][1][::-1])
try:
    t.index(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(t[20])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(t + [1])
except TypeError as e:
    print(type(e).__name__, e)
