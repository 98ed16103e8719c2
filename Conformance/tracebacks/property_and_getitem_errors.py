class Matrix:
    def __init__(self, rows):
        self.rows = rows

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, pos):
        r, c = pos
        return self.rows[r][c]

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"shape mismatch: {self.shape} @ {other.shape}")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(m)) for j in range(p)]
                       for i in range(n)])


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[5], [6]])
print((a @ b).rows)
print(a[1, 0])
empty = Matrix([])
print(empty.shape)
