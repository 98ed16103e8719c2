print(list(range(0)), list(range(-3)), list(range(3, 0)))
print(list(range(-5, 5, 4)), list(range(5, -5, -4)))
r = range(1, 20, 3)
print(len(r), r[2], r[-1], 7 in r, 8 in r, r.index(10))
print(r[1:3], list(r[::-2]))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)

for i, ch in enumerate("ab", -1):
    print(i, ch)

total = 0
for i in range(1, 101):
    if i % 3 and i % 5:
        continue
    total += i
print(total)

acc = []
for i in range(3):
    for j in range(i, 3):
        acc.append(i * 10 + j)
print(acc)
print(range(0, 10, 2) == range(0, 9, 2), repr(range(3)))
