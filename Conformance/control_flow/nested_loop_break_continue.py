grid = [
    [1, 2, 3, 4],
    [5, -1, 7, 8],
    [9, 10, 0, 12],
]

for row in grid:
    for v in row:
        if v < 0:
            print("negative, skipping rest of row")
            break
        if v % 2 == 0:
            continue
        print("odd", v)

pairs = []
for a in range(4):
    for b in range(4):
        if b > a:
            break
        if (a + b) % 2:
            continue
        pairs.append((a, b))
print(pairs)

found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 0:
            found = (r, c)
            break
    if found:
        break
print("zero at", found)

total = 0
i = 0
while i < 5:
    i += 1
    j = 0
    while j < i:
        j += 1
        if j == 3:
            continue
        total += j
print(total)
