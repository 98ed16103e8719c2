def area(shape):
    match shape:
        case ("square", side):
            return side * side
        case ("rect", w, h):
            return w * h
        case ("circle", r):
            return 3 * r * r
    return None


print(area(("square", 3)))
print(area(("rect", 2, 5)))
print(area(("circle", 2)))
print(area(("triangle", 1, 2, 3)))

x = 5
match x:
    case 1:
        print("one")
print("after match with no hit, x =", x)

match [1, 2, 3]:
    case [a, *b] if len(b) > 5:
        print("long")
    case [a, *b]:
        print("bound", a, b)
print("a and b remain bound:", a, b)


def unpack_pair(v):
    match v:
        case (p, q):
            return p + q
    raise ValueError(f"expected a pair, got {v!r}")


print(unpack_pair((1, 2)))
print(unpack_pair([3, 4]))
print(unpack_pair((1, 2, 3)))
