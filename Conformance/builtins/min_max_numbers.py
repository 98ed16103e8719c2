# min() and max() over ints, floats (signed zeros, NaN first or last), mixed numbers, bools, big ints,
# strs, empty sequences with and without default, key functions and generators.
nan = float("nan")
cases = [(1, 2), (2, 1), (0.0, -0.0), (-0.0, 0.0), (nan, 1.0), (1.0, nan), (1, 2.5), (True, 0), (3, 3), ([1, 5, 2],), ((4.5, -1.0),),
         ("b", "a"), ([],), (2**70, 1), (-5, -5, -7)]
for c in cases:
    try:
        print(c, min(*c), max(*c))
    except Exception as e:
        print(c, type(e).__name__, e)
print(max([3, 1, 2], key=lambda x: -x), min([], default=9), max(range(10)), min(x * 2 for x in [3, 1]))
