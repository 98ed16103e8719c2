def classify(n):
    return "neg" if n < 0 else "zero" if n == 0 else "small" if n < 10 else "big"


print([classify(n) for n in (-5, 0, 3, 42)])

a, b, c, d, e = 1, 0, "c", 0, "e"
print(a if b else c if d else e)
print((a if b else c) if d else e)
print(a if not b else c)
print(-2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -2)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(not 1 == 2, not (1 == 2), (not 1) == 2)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 7 - 3 - 2, 2 * 3 % 4)
print(1 < 2 == 2, 1 < 2 > 1.5, 3 > 2 > 1 > 0, 1 == 1.0 != c is not None)
print(True or False and False, (True or False) and False)
print(not True or True, 5 & 3 | 8, 5 | 3 & 1, 5 ^ 1 << 2)
print(- - 3, + - 3, ~5, ~-1, -~5)
print(10 - -3, 10 + +3, 2 * -3)
print([1, 2] * 2 + [3], "ab" * 0, 3 * "x" + "y")
print(1 if [] else 2, "" or "default", 0 and crash_if_evaluated)
print((lambda: 0 if True else 1)() is not None)
print((lambda x: x if x else "falsy")(0))
print(7 // 2 * 2 + 7 % 2, -7 // 2 * 2 + -7 % 2)
print(2 * 3 ** 2, -3 ** 2 * -1, (1, 2) < (1, 3) < (2,))
