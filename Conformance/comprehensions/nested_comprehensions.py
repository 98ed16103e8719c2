# Nested comprehensions and multiple for clauses
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([x for row in [[1, 2], [3], [], [4, 5, 6]] for x in row])
print([c for word in ["ab", "cd"] for c in word for _ in range(2)])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print([[c for c in w] for w in ["hi", "yo"]])
suits = "SH"
ranks = ["A", "K", "Q"]
deck = [r + s for s in suits for r in ranks]
print(deck, len(deck))
print([[(r, c) for c in range(3) if (r + c) % 2 == 0] for r in range(3)])
board = [["." if (r + c) % 2 else "#" for c in range(8)] for r in range(4)]
print("\n".join("".join(row) for row in board))
table = [[f"{i}x{j}={i * j:>2}" for j in range(1, 5)] for i in range(1, 4)]
for row in table:
    print("  ".join(row))
words = ["apple", "banana", "cherry"]
print({w: {c: w.count(c) for c in sorted(set(w))} for w in words})
print([x for x in [y * 2 for y in range(10)] if x % 3 == 0])
print([[y for y in range(x)] for x in range(4)])
flat_pairs = [(i, j) for i in range(4) if i % 2 == 0 for j in range(4) if j > i]
print(flat_pairs)
print(sorted({(min(a, b), max(a, b)) for a in range(3) for b in range(3) if a != b}))
