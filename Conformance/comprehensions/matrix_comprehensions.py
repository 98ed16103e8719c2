# Matrix operations written as comprehensions
A = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
B = [[9, 8, 7], [6, 5, 4], [3, 2, 1]]
print([[A[j][i] for j in range(len(A))] for i in range(len(A[0]))])
print([[a + b for a, b in zip(ra, rb)] for ra, rb in zip(A, B)])
print([[sum(A[i][k] * B[k][j] for k in range(3)) for j in range(3)] for i in range(3)])
print([A[i][i] for i in range(3)], sum(A[i][2 - i] for i in range(3)))
print([sum(row) for row in A], [sum(col) for col in zip(*A)])
print([[round(v / max(row), 2) for v in row] for row in A])
identity = [[int(i == j) for j in range(4)] for i in range(4)]
for row in identity:
    print(" ".join(map(str, row)))
pascal = [[1]]
for _ in range(6):
    prev = pascal[-1]
    pascal.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
for row in pascal:
    print(" ".join(f"{v:>2}" for v in row).center(30).rstrip())
rotated = [list(row) for row in zip(*A[::-1])]
print(rotated)
print([[v for v in row if v % 2 == 0] for row in A if any(v % 2 == 0 for v in row)])
flat = [v for row in A for v in row]
print(flat, [flat[i:i + 3] for i in range(0, 9, 3)] == A)
neighbors = [[sum(A[rr][cc] for rr in range(max(0, r - 1), min(3, r + 2)) for cc in range(max(0, c - 1), min(3, c + 2))) - A[r][c]
              for c in range(3)] for r in range(3)]
print(neighbors)
