count = 0
names = ['a', 'b']
for n in names:
    count += len(n)
x = 1
del 1
