class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


p = Point(1, 2)
print(p)
print(repr(p))
print([p, Point("a", 0.5)])
print(f"{p} {p!r}")
print(str([p]))
print(p == Point(1, 2), p != Point(1, 2), p == (1, 2))
unique = {Point(1, 2), Point(1, 2), Point(3, 4)}
print(len(unique))
lookup = {Point(0, 0): "origin"}
print(lookup[Point(0, 0)])


class NoHash:
    def __eq__(self, other):
        return True


print(NoHash() == 5)
print(NoHash.__hash__)
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)


class Plain:
    pass


x = Plain()
print(x == x, x == Plain())
