# Operators on lists: + * in == < and aliasing
a = [1, 2, 3]
b = [4, 5]
print(a + b, b + a, a * 2, 0 * a, a * -1, [] * 5)
print(3 in a, 6 not in a, [1, 2] in [[1, 2], [3]], 1.0 in a)
print(a == [1, 2, 3], a == [1.0, 2.0, 3.0], a != b, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99])
print([] < [0], [[1]] < [[1, 0]], ["b"] > ["a", "z"], [1, 2] <= [1, 2])
grid = [[0] * 3] * 3
grid[0][0] = 9
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 9
print(grid2)
c = a
c += [4]
print(a, c, a is c)
d = a
d = d + [5]
print(a, d, a is d)
e = [0]
e *= 3
print(e)
print(max([[1, 2], [1, 3], [0, 9]]), min([[], [0]]), sum([[1], [2, 3]], []))
print(len([[]]), len([[], []]), bool([]), bool([[]]), bool([0]))
try:
    print(a + (5,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(a * 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(a - b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < ["a"])
except TypeError as e:
    print(type(e).__name__, e)
