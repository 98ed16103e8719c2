x = "outer"
squares = [x for x in range(4)]
print(squares, x)

i = 99
gen = (i * 2 for i in range(3))
print(list(gen), i)

d = {k: v for k, v in [("a", 1), ("b", 2)]}
print(d)
try:
    print(k)
except NameError as e:
    print(type(e).__name__, e)

base = 10
print([base + n for n in range(3)])


def outer():
    factor = 3
    return [factor * n for n in range(4)]


print(outer())

matrix = [[1, 2, 3], [4, 5, 6]]
print([cell for row in matrix for cell in row if cell % 2])
print([[row[c] for row in matrix] for c in range(3)])

values = [1, 2, 3]
print([y for v in values if (y := v * 10) > 10])
print(y)

print({n % 3 for n in range(10)})
print(sum(n for n in range(101)))
