# Lexicographic tuple comparison drives multi-key sorting
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99, 99), () < (0,), (1, "b") > (1, "a"))
print((1, 2) == (1, 2), (1, 2) != (2, 1), (0, 0) <= (0, 0), (3, [1]) < (3, [2]))
print(max([(1, "z"), (2, "a"), (2, "b")]), min([(5, 1), (1, 5), (1, 4)]))
employees = [
    ("engineering", "senior", "zoe", 120000),
    ("sales", "junior", "adam", 50000),
    ("engineering", "junior", "bea", 80000),
    ("sales", "senior", "carl", 90000),
    ("engineering", "senior", "al", 125000),
    ("hr", "junior", "dana", 55000),
]
for e in sorted(employees):
    print(e)
print("--- by dept, salary desc")
for e in sorted(employees, key=lambda e: (e[0], -e[3])):
    print(f"{e[0]:<12}{e[2]:<6}{e[3]:>8,}")
level_order = {"junior": 0, "senior": 1}
print([e[2] for e in sorted(employees, key=lambda e: (level_order[e[1]], e[2]))])
points = [(3, 4), (-1, 2), (0, 0), (5, -5), (-3, -4), (1, 1)]
print(sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2))
print(sorted(points, key=lambda p: (p[1], p[0]), reverse=True))
try:
    print((1, "a") < (1, 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print((1, 2) < [1, 3])
except TypeError as e:
    print(type(e).__name__, e)
print((1, "a") < (2, 2), (None, 1) == (None, 1))
