class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class Limits:
    MAX = 100
    MIN = 0


def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Color.BLUE | "cyan":
            return "cool"
        case other:
            return f"unknown color {other}"


for c in ["red", "green", "blue", "cyan", "pink"]:
    print(c, paint(c))


def bound(v):
    match v:
        case Limits.MAX:
            return "at max"
        case Limits.MIN:
            return "at min"
        case _:
            return "in between"


print(bound(100), bound(0), bound(50))

RED = "red"


def capture_not_value(c):
    match c:
        case [RED_LIKE, _]:
            return f"captured {RED_LIKE}"
    return "none"


print(capture_not_value(["anything", 1]))
print(RED)
