# reverse(), reversed(), del statements and in-place mutation while building
xs = list(range(10))
xs.reverse()
print(xs)
print(list(reversed(xs)), xs[::-1] == list(reversed(xs)))
del xs[0]
print(xs)
del xs[-1]
print(xs)
del xs[2:5]
print(xs)
del xs[::2]
print(xs)
ys = ["a", "b", "c", "d", "e"]
del ys[1], ys[2]
print(ys)
zs = [1, 2, 3, 4, 5, 6, 7, 8]
zs[:] = [v for v in zs if v % 3]
print(zs)
nums = [1, 2, 2, 3, 2, 4]
while 2 in nums:
    nums.remove(2)
print(nums)
data = [5, 1, 4]
for i in range(len(data) - 1, -1, -1):
    if data[i] < 3:
        del data[i]
print(data)
grid = [[1, 2], [3, 4]]
del grid[0][1]
print(grid)
try:
    del xs[100]
except IndexError as e:
    print(type(e).__name__, e)
w = [1, 2]
del w[:]
print(w, len(w))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r), list(r))
