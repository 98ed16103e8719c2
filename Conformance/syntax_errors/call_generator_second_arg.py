y = [1]
print(1, x for x in y)
