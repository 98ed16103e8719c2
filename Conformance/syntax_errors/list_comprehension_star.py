count = 0
names = ['a', 'b']
for n in names:
    count += len(n)
xs = [[1]]
y = [*x for x in xs]
