x = 1
y = 1
if x === y:
    print('same')
