# List operations: append, index, `in`, slicing, comprehensions, insert/pop, reverse, extend.


def build(n):
    out = []
    for i in range(n):
        out.append((i * 7919) % 10007)
    return out


def main():
    data = build(2400000)
    squares = [x * x for x in data if x % 3 == 0]
    pairs = [(a, b) for a, b in zip(data[::2], data[1::2]) if a < b]
    chunk_sums = [sum(data[i:i + 100]) for i in range(0, len(data), 100)]
    rev = data[::-1]
    head = data[:1000]
    positions = 0
    for target in range(0, 10007, 97):
        if target in head:
            positions += head.index(target)
    stack = []
    popped = 0
    for x in data:
        if x % 5 == 0 and stack:
            popped += stack.pop()
        else:
            stack.append(x)
    grid = [[(r * c) % 11 for c in range(150)] for r in range(150)]
    flat = [v for row in grid for v in row]
    transposed = [[grid[r][c] for r in range(150)] for c in range(150)]
    window = data[:50]
    for x in data[50:1200050]:
        window.pop(0)
        window.append(x)
    merged = []
    merged.extend(head[:200])
    merged.extend(rev[:200])
    merged.insert(0, -1)
    merged.reverse()
    print("squares:", len(squares), sum(squares) % 1000003)
    print("pairs:", len(pairs), "chunks:", len(chunk_sums), max(chunk_sums), min(chunk_sums))
    print("positions:", positions, "stack:", len(stack), "popped:", popped)
    print("grid:", sum(flat), transposed[3][7], "window:", sum(window), "merged:", merged[:3], len(merged))


main()
