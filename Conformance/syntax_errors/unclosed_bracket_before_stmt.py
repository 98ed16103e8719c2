data = [1, 2, 3
for d in data:
    print(d)
