# range objects: construction, membership, len, indexing, equality
r = range(3, 20, 4)
print(r, list(r), len(r), r.start, r.stop, r.step, r[0], r[-1], r[1:3])
print(range(5), range(0, 5), range(5) == range(0, 5, 1), range(0) == range(10, 0), range(1, 2) == range(1, 3))
print(list(range(10, 0, -3)), list(range(-5, 0)), list(range(5, 5)), len(range(-10, 10, 7)))
print(7 in r, 8 in r, 19 in r, 3.0 in r, "3" in r, r.index(15), r.count(15), r.count(16))
print(sum(range(1, 101)), max(range(0, 50, 7)), min(range(10, 0, -1)), sorted(range(3, 0, -1)))
print(list(reversed(range(1, 10, 2))), bool(range(0)), bool(range(1)))
huge = range(0, 10**18, 3)
print(len(huge), huge[-1], 3 * 10**17 in huge, 10**17 + 2 in huge, huge.index(300))
for i in range(2, 12, 3):
    print(i, end=" ")
print()
print([i for i in range(10) if i not in range(3, 7)])
print(list(range(True, 4)), list(range(int("3"))))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range("5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1, 10).index(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range()
except TypeError as e:
    print(type(e).__name__, e)
print(hash(range(3)) == hash(range(0, 3)), {range(3): "r"}[range(0, 3, 1)])
