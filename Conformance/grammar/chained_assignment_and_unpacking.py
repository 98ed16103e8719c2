a = b = c = []
a.append(1)
print(a, b, c, a is c)

x = y = 0
x += 1
print(x, y)

first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *middle, tail = range(5)
print(head, middle, tail)
p, *q = [9]
print(p, q)

(a1, b1), c1 = (1, 2), 3
print(a1, b1, c1)
[d1, [e1, *f1]], g1 = [[4, [5, 6, 7]], 8]
print(d1, e1, f1, g1)

i, j = j, i = 1, 2
print(i, j)

m, n = n, m = "mn"
print(m, n)

for idx, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(idx, k, v)

s1, s2, s3 = "abc"
print(s3, s2, s1)

lst = [0, 0, 0]
k = 0
k, lst[k] = 1, 5
print(k, lst)

try:
    u, v = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    u, *v, w = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    u, v = 5
except TypeError as e:
    print(type(e).__name__, e)
