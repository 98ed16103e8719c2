count = 0
names = ['a', 'b']
for n in names:
    count += len(n)
items = [1]
for x items:
    pass
