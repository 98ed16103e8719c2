count = 0
names = ['a', 'b']
for n in names:
    count += len(n)
def f():
    '''docstring
    return 1

print(f())
