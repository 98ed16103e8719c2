def classify(value):
    if value is None:
        return "none"
    elif isinstance(value, bool):
        return "bool"
    elif not value:
        return "falsy " + type(value).__name__
    elif isinstance(value, (int, float)) and value < 0:
        return "negative"
    elif isinstance(value, str) and value.isdigit():
        return "digits"
    else:
        return "other " + type(value).__name__


for v in [None, True, 0, 0.0, "", [], {}, (), -5, "123", "abc", [0], 3.5, range(0)]:
    print(repr(v), "->", classify(v))

x = 7
size = "big" if x > 5 else "small"
print(size)
print("even" if x % 2 == 0 else "odd" if x % 3 else "div3")
print(0 or "" or [] or "last")
print(1 and "yes" and 0 and "never")
print(None or 0, [] and 1)
print(not [], not [0], not None)
