# expect: ok
# Sorting 100,000 pseudo-random ints, with and without a key.
x = 12345
data = []
for _ in range(100000):
    x = (x * 1103515245 + 12345) % 2**31
    data.append(x)
s = sorted(data)
assert all(s[i] <= s[i + 1] for i in range(len(s) - 1))
t = sorted(data, key=lambda v: -v)
print(s[0], s[-1], t[0] == s[-1])
