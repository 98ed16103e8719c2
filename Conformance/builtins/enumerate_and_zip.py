# enumerate and zip, including start and strict
fruits = ["apple", "banana", "cherry"]
print(list(enumerate(fruits)), list(enumerate(fruits, 1)), list(enumerate("ab", -2)))
for i, f in enumerate(fruits, start=1):
    print(f"{i}. {f}")
prices = [1.2, 0.5, 3.0, 9.9]
print(list(zip(fruits, prices)), list(zip(fruits)), list(zip()))
print(list(zip("abc", range(10), [True, False])))
print(dict(zip(fruits, prices)), dict(enumerate(fruits)))
names, values = zip(*[("a", 1), ("b", 2), ("c", 3)])
print(names, values)
matrix = [(1, 2, 3), (4, 5, 6)]
print(list(zip(*matrix)), list(map(list, zip(*matrix))))
print(list(zip(fruits, prices, strict=False)))
try:
    print(list(zip(fruits, prices, strict=True)))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(list(zip(prices, fruits, strict=True)))
except ValueError as e:
    print(type(e).__name__, e)
e = enumerate("xyz")
print(type(e).__name__, next(e), next(e), list(e), list(e))
z = zip([1, 2], "ab")
print(type(z).__name__, next(z), list(z))
for idx, (name, price) in enumerate(zip(fruits, prices)):
    print(idx, name, price)
print([i for i, ch in enumerate("banana") if ch == "a"])
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip([1], 2)
except TypeError as e:
    print(type(e).__name__, e)
