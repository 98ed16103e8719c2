class Vector:
    def __init__(self, *components):
        self.c = tuple(components)

    def __repr__(self):
        return f"Vector{self.c}"

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self.c, other.c)))

    def __sub__(self, other):
        return Vector(*(a - b for a, b in zip(self.c, other.c)))

    def __mul__(self, k):
        return Vector(*(a * k for a in self.c))

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c

    def __iadd__(self, other):
        self.c = (self + other).c
        return self


v = Vector(1, 2)
w = Vector(3, 4)
print(v + w, w - v, v * 3, 2 * v, -v, abs(w))
print(v == Vector(1, 2), v == (1, 2))
alias = v
v += w
print(v, alias is v)
try:
    v + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    v / 2
except TypeError as e:
    print(type(e).__name__, e)
