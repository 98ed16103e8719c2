count = 0
names = ['a', 'b']
for n in names:
    count += len(n)
def f():
    nonlocal y
    y = 1
