# Tuples as composite dictionary keys for a sparse grid
grid = {}
walls = [(0, 1), (1, 1), (2, 1), (2, 3), (3, 3)]
for w in walls:
    grid[w] = "#"
start, goal = (0, 0), (3, 4)
grid[start] = "S"
grid[goal] = "G"
ROWS, COLS = 4, 5
for r in range(ROWS):
    print("".join(grid.get((r, c), ".") for c in range(COLS)))
def neighbors(cell):
    r, c = cell
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < ROWS and 0 <= nc < COLS and grid.get((nr, nc)) != "#":
            yield (nr, nc)
dist = {start: 0}
prev = {}
frontier = [start]
while frontier:
    nxt = []
    for cell in frontier:
        for n in neighbors(cell):
            if n not in dist:
                dist[n] = dist[cell] + 1
                prev[n] = cell
                nxt.append(n)
    frontier = nxt
print("distance", dist.get(goal))
path = [goal]
while path[-1] != start:
    path.append(prev[path[-1]])
path.reverse()
print(path)
for cell in path[1:-1]:
    grid[cell] = "*"
for r in range(ROWS):
    print("".join(grid.get((r, c), ".") for c in range(COLS)))
print(sorted(k for k, v in grid.items() if v == "#"))
print(max(dist, key=lambda k: (dist[k], k)), len(dist))
