# Matrices as nested lists
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
def shape(m):
    return (len(m), len(m[0]) if m else 0)
def transpose(m):
    return [list(row) for row in zip(*m)]
def matmul(x, y):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*y)] for row in x]
print(shape(A), shape(B), transpose(A), transpose(B))
print(matmul(A, B))
print(matmul(B, A))
I = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(I, matmul(A, I) == A)
def show(m):
    w = max(len(str(v)) for row in m for v in row)
    for row in m:
        print(" ".join(str(v).rjust(w) for v in row))
show(matmul(B, A))
M = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
print("det", det(M), det([[1, 2], [3, 4]]), det(I))
print([row[::-1] for row in A], A[::-1], [list(r) for r in zip(*A[::-1])])
diag = [M[i][i] for i in range(len(M))]
anti = [M[i][-1 - i] for i in range(len(M))]
print(diag, anti, sum(map(sum, M)))
flat = [v for row in B for v in row]
print(flat, [flat[i:i + 3] for i in range(0, len(flat), 3)])
spiral, grid = [], [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
while grid:
    spiral += grid.pop(0)
    grid = [list(r) for r in zip(*grid)][::-1]
print(spiral)
