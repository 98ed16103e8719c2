total = 0
items = [1, 2, 3]
for i in items
    total += i
print(total)
