# Hashing and equality of tuples with mixed element types
a = (1, 2.0, "three", (4,), None, True)
b = (1.0, 2, "three", (4,), None, 1)
print(a == b, hash(a) == hash(b))
print(hash(()) == hash(tuple()), (1,) == (True,), (0.0,) == (-0.0,))
cache = {}
def cached_pow(base, exp):
    key = (base, exp)
    if key in cache:
        return cache[key], True
    cache[key] = base ** exp
    return cache[key], False
for args in [(2, 10), (3, 4), (2, 10), (2.0, 10), (True, 5), (1, 5)]:
    print(args, cached_pow(*args))
print(len(cache), sorted(cache.items()))
pairs = {(1, 2), (2, 1), (1, 2), (1.0, 2.0)}
print(sorted(pairs), len(pairs))
print((1, 2) in {(1, 2): "x"}, [1, 2] == list((1, 2)), tuple([1, 2]) in {(1, 2)})
print((float("nan"),) == (float("nan"),))
nan = float("nan")
print((nan,) == (nan,), [nan] == [nan], (nan, 1) < (nan, 2))
print((1, [2]) == (1, [2]), (1, {2: 3}) != (1, {2: 4}))
try:
    {(1, [2]): 0}
except TypeError as e:
    print(type(e).__name__, e)
