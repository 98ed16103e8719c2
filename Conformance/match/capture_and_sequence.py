def describe(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one item: {x}"
        case [x, y]:
            return f"pair: {x}, {y}"
        case [first, *middle, last] if not middle:
            return "unreachable"
        case [first, *rest]:
            return f"first={first} rest={rest}"


for s in [[], [1], (1, 2), [1, 2, 3], range(4), "ab"]:
    try:
        print(repr(s), "->", describe(s))
    except Exception as e:
        print(type(e).__name__, e)


def head_tail(seq):
    match seq:
        case [*init, last]:
            return init, last
        case _:
            return None


print(head_tail([1, 2, 3]), head_tail([]))


def nested(data):
    match data:
        case [[a, b], [c, d]]:
            return a * d - b * c
        case [(x, y), *_]:
            return f"starts with point {x},{y}"
        case [_, _, *_]:
            return "two or more"
    return "other"


print(nested([[1, 2], [3, 4]]), nested([(5, 6), 7]), nested([1, 2, 3]), nested({"a": 1}))
