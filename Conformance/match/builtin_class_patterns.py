def kind(value):
    match value:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty string"
        case str(s):
            return f"string {s!r}"
        case list([int(), *_]) as lst:
            return f"int list of {len(lst)}"
        case list():
            return "other list"
        case dict(d):
            return f"dict with {len(d)} keys"
        case tuple((a, b)):
            return f"pair {a}/{b}"
        case _:
            return f"other {type(value).__name__}"


for v in [True, -3, 7, 2.5, "", "hi", [1, "a"], ["a"], [], {"a": 1}, (1, 2), (1, 2, 3), None]:
    print(kind(v))
