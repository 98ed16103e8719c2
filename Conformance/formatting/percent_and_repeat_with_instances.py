# str % instance formats with str()/repr() of the instance, even when its class has __rmod__;
# repetition and padding of strings; errors of sequence repetition and of __init__ results.
class Box:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return f"Box({self.v})"

    def __repr__(self):
        return f"<Box {self.v!r}>"

    def __rmod__(self, other):
        return "rmod called"


b = Box(3)
print("%s" % b)
print("%r and %s" % (b, b))
print("value: %s" % [b])
print(5 % b)
print("ab" * 3, "é" * 4, repr("" * 10), len("xyz" * 1000))
print("ab".center(9, "*"), "é".ljust(4, "ü") + "|", "x".rjust(3) + "|", "7".zfill(4))
print([1, 2] * 2, (0,) * 3, b"ab" * 2)
try:
    "x" * 2 ** 63
except OverflowError as e:
    print("OverflowError:", e)
try:
    [0] * 2 ** 64
except OverflowError as e:
    print("OverflowError:", e)


class Bad:
    def __init__(self):
        return 3


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)


class Point:
    def __init__(self, x, y=0, *rest, scale=1, **extra):
        self.x, self.y, self.rest, self.scale, self.extra = x, y, rest, scale, extra


p = Point(1, 2, 3, scale=4, tag="t")
print(p.x, p.y, p.rest, p.scale, p.extra, Point(5).y)
