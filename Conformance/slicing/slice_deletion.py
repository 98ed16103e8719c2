# Deleting slices from lists
xs = list(range(12))
del xs[:2]
print(xs)
del xs[-2:]
print(xs)
del xs[::3]
print(xs)
del xs[1::2]
print(xs)
del xs[100:]
print(xs)
del xs[::-1]
print(xs)
ys = list("abcdefgh")
del ys[6:1:-2]
print(ys)
del ys[:]
print(ys, len(ys))
log = [f"line{i}" for i in range(10)]
MAX = 4
if len(log) > MAX:
    del log[:-MAX]
print(log)
matrix = [list(range(r * 4, r * 4 + 4)) for r in range(4)]
for row in matrix:
    del row[1:3]
del matrix[1:3]
print(matrix)
data = [5, 0, 3, 0, 0, 7, 0]
data[:] = [d for d in data if d]
print(data)
t = (1, 2, 3)
try:
    del t[0:1]
except TypeError as e:
    print(type(e).__name__, e)
