# sort/sorted with key functions, reverse and stability
people = [("alice", 30, "eng"), ("bob", 25, "ops"), ("carol", 30, "eng"), ("dave", 25, "eng"),
          ("erin", 35, "ops"), ("frank", 30, "ops")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (p[2], -p[1], p[0])))
by_dept = sorted(people, key=lambda p: p[0], reverse=True)
by_dept.sort(key=lambda p: p[2])
print([p[0] for p in by_dept])
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=len, reverse=True))
stable = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
print(sorted(stable, key=lambda t: t[0]), sorted(stable, key=lambda t: t[0], reverse=True))
versions = ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2"]
print(sorted(versions), sorted(versions, key=lambda v: [int(x) for x in v.split(".")]))
mixed = [[2, 1], [1, 5], [1, 2, 3], [], [1]]
print(sorted(mixed))
grid = [3.5, 1, True, 2.25, False]
grid.sort()
print(grid)
empty = []
empty.sort(reverse=True)
print(empty, sorted("hello"), sorted({3: "c", 1: "a"}), sorted((3, 1, 2), reverse=True))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([{"a": 1}, {"b": 2}])
except TypeError as e:
    print(type(e).__name__, e)
