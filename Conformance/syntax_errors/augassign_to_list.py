count = 0
names = ['a', 'b']
for n in names:
    count += len(n)
a = b = 0
[a, b] += [1]
