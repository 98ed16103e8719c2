for ch in "hey":
    print(ch, end=" ")
print()

for k in {"b": 2, "a": 1}:
    print(k, end=" ")
print()

for k, v in sorted({"b": 2, "a": 1}.items()):
    print(f"{k}={v}", end=";")
print()

for i, (name, score) in enumerate([("x", 1), ("y", 2)], start=1):
    print(i, name, score)

for a, b in zip(range(3), "abcde"):
    print(a, b, end=" | ")
print()

for n in range(10, 0, -3):
    print(n, end=" ")
print()

for x in reversed([1, 2, 3]):
    print(x, end=" ")
print()

for b in b"AZ":
    print(b, end=" ")
print()

for t in (1,):
    print("tuple of one", t)

items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
print(items)

for _ in range(0):
    print("never")
print(list(range(2, 20, 5)), len(range(0, 100, 7)), range(5)[-1])
