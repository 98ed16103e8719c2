# Calling next() on a list instead of an iterator (uncaught TypeError)
rows = [["name", "qty"], ["pen", 3], ["ink", 1]]
it = iter(rows)
header = next(it)
print("header:", header)
print("iterator type:", type(it).__name__)
for row in it:
    print(dict(zip(header, row)))
header2 = next(rows)
print("unreachable", header2)
