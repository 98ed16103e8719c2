pairs = [(1, 2)]
flat = [x, y for x, y in pairs]
print(flat)
