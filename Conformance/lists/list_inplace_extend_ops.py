# In-place operators and extend with arbitrary iterables
acc = []
acc += "ab"
acc += (1, 2)
acc += range(3, 5)
acc += {"k": 0}
print(acc)
acc *= 2
print(acc, len(acc))
acc *= 0
print(acc)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
counts = [0] * 5
for v in [1, 3, 3, 4, 1, 1, 0]:
    counts[v] += 1
print(counts)
running = []
total = 0
for v in [5, -2, 7, 1]:
    total += v
    running.append(total)
print(running)
pairs = []
for i, ch in enumerate("xyz"):
    pairs.extend([ch] * (i + 1))
print(pairs)
m = [[0] * 3 for _ in range(2)]
m[1][2] += 5
m[0] += [9]
print(m)
s = [3, 1, 2]
s[1:1] = [7, 8]
s[len(s):] = [0]
print(s)
try:
    acc = []
    acc += 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    acc = [1]
    acc = acc + "x"
except TypeError as e:
    print(type(e).__name__, e)
