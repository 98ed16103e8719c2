# Expecting a comprehension variable to leak into the enclosing scope (uncaught NameError)
values = [4, 9, 16]
roots = [int(v ** 0.5) for v in values]
print(roots)
labels = {k: str(k) for k in roots}
print(labels)
squares = {v for v in roots}
print(sorted(squares), [r * r for r in roots] == values)
print("last v seen:", values[-1])
print("comprehension variable:", k)
