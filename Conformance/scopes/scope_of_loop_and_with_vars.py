for i in range(3):
    last = i * 10
print(i, last)

n = 0
while n < 5:
    found = n
    n += 2
print(n, found)


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self.name.upper()

    def __exit__(self, *exc):
        return False


with Resource("db") as handle:
    inside = handle + "!"
print(handle, inside)

try:
    raise KeyError("k")
except KeyError as err:
    saved = err
print(repr(saved))
try:
    err
except NameError as e:
    print(type(e).__name__, e)

for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    pass
print(a, b, c)

if (w := len("walrus")) > 3:
    print("w =", w)
print(w)
