# Assigning to list slices grows, shrinks and replaces
xs = [0, 1, 2, 3, 4, 5]
xs[1:3] = ["a", "b", "c", "d"]
print(xs)
xs[2:5] = []
print(xs)
xs[:0] = [-2, -1]
print(xs)
xs[len(xs):] = [98, 99]
print(xs)
xs[3:3] = "XY"
print(xs)
xs[:] = range(5)
print(xs)
xs[::2] = ["e0", "e2", "e4"]
print(xs)
xs[1::2] = [None, None]
print(xs)
xs[::-1] = list("vwxyz")
print(xs)
xs[10:20] = [1]
print(xs)
xs[-2:] = (7, 8, 9)
print(xs)
ys = [1, 2, 3]
ys[1:2] = ys
print(ys)
zs = [1, 2, 3, 4]
zs[1:3] = zs[::-1]
print(zs)
zs[5:1] = ["ins"]
print(zs)
for target, value in [(slice(0, 6, 2), [1, 2]), (slice(None, None, -1), [1]), (slice(0, 2), 5)]:
    w = [0, 1, 2, 3, 4, 5]
    try:
        w[target] = value
        print(w)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
s = "abc"
try:
    s[0:1] = "z"
except TypeError as e:
    print(type(e).__name__, e)
