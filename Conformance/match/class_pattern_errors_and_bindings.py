# Class-pattern TypeErrors, what a failed pattern or guard leaves bound, `**rest`, `*rest` on a range,
# nested OR/AS patterns, and which subjects count as sequences or mappings.
class P:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q:
    pass


class R:
    __match_args__ = ["a"]


def attempt(label, subject, fn):
    try:
        print(label, fn(subject))
    except TypeError as e:
        print(label, "TypeError:", e)


def too_many(v):
    match v:
        case P(1, 2, 3):
            return "three"
        case _:
            return "no"


def builtin_two(v):
    match v:
        case int(1, 2):
            return "two"


def no_match_args(v):
    match v:
        case Q(1):
            return "q"


def duplicate_attribute(v):
    match v:
        case P(1, x=2):
            return "dup"


def not_a_class(v):
    match v:
        case len():
            return "len"


def list_match_args(v):
    match v:
        case R(1):
            return "r"


attempt("too many:", P(1, 2), too_many)
attempt("builtin:", 5, builtin_two)
attempt("no __match_args__:", Q(), no_match_args)
attempt("duplicate:", P(1, 2), duplicate_attribute)
attempt("not a class:", 1, not_a_class)
attempt("list __match_args__:", R(), list_match_args)
print("mismatch:", no_match_args(5), too_many("text"))

match [1, 2]:
    case [a, 3]:
        print("unreachable")
    case _:
        pass
try:
    print(a)
except NameError as e:
    print("NameError:", e)

match (1, 2):
    case (b, c) if b > 5:
        pass
    case _:
        print("guard failed, still bound:", b, c)

match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        print("rest:", rest)

match range(3):
    case [0, *mid, 2]:
        print("range middle:", mid)

match "abc":
    case [*_]:
        print("str is a sequence?")
    case str():
        print("str is not a sequence pattern subject")

match {"x": [1, {"y": (2, 3)}]}:
    case {"x": [1, {"y": (p, q) | [p, q]}]}:
        print("nested:", p, q)

match 3:
    case 1 | 2 | 3 as z:
        print("or-as:", z)

match 5:
    case (4 | 5) as w:
        print("grouped or-as:", w)

match True:
    case 1:
        print("True == 1")

match 1.0:
    case 1:
        print("1.0 == 1")

match [1, [2, 3]]:
    case [x, [y, *zs]]:
        print("nested sequence:", x, y, zs)


def get_k(m):
    match m:
        case {"k": v}:
            return v
        case _:
            return "none"


print("mapping:", get_k({"k": None}), get_k({}), get_k([("k", 1)]))

match (1, 2):
    case [1, 2]:
        print("a tuple matches a list pattern")

match []:
    case []:
        print("empty")

match 3:
    case bool():
        print("bool")
    case int():
        print("int")

match True:
    case int(t):
        print("True is an int:", t)

n = 0
match 2:
    case n if n > 10:
        print("big")
    case _:
        print("n is", n)
