def grade(score):
    match score:
        case int(s) | float(s) if s < 0 or s > 100:
            return "invalid"
        case s if s >= 90:
            return "A"
        case s if s >= 80:
            return "B"
        case s if s >= 70:
            return "C"
        case _:
            return "F"


print([grade(s) for s in [95, 85.5, 70, 12, 101, -1]])

evaluated = []


def check(label, result):
    evaluated.append(label)
    return result


def first_match(x):
    match x:
        case [a, b] if check("g1", a > b):
            return "descending pair"
        case [a, b] if check("g2", a == b):
            return "equal pair"
        case [a, b]:
            return "ascending pair"
        case _:
            return "not a pair"


print(first_match([2, 1]), evaluated)
evaluated.clear()
print(first_match([1, 2]), evaluated)
evaluated.clear()
print(first_match("xy"), evaluated)
