class Token:
    __match_args__ = ("kind", "text")

    def __init__(self, kind, text):
        self.kind = kind
        self.text = text

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r})"


def parse_assignment(tokens):
    match tokens:
        case [Token("name", target), Token("op", "="), *value] if value:
            return target, value
        case [Token("name", _), Token("op", op), *_]:
            return f"expected '=', got {op!r}"
        case [Token(kind, _), *_]:
            return f"unexpected {kind}"
        case []:
            return "nothing to parse"


toks = [Token("name", "x"), Token("op", "="), Token("num", "1"), Token("op", "+"), Token("num", "2")]
print(parse_assignment(toks))
print(parse_assignment([Token("name", "y"), Token("op", "+=")]))
print(parse_assignment([Token("num", "3")]))
print(parse_assignment([]))
print(parse_assignment([Token("name", "z"), Token("op", "=")]))


def counts(seq):
    match seq:
        case [*_, 0, 0]:
            return "ends with two zeros"
        case [0, *_, 0]:
            return "zero bookends"
        case [*_]:
            return f"{len(seq)} items"


print(counts([1, 0, 0]), counts([0, 5, 0]), counts([0, 0]), counts([3]))
