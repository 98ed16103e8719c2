x = 1
y = [(x, {1: 2}
print(y)
