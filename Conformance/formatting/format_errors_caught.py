# Errors raised by str.format and format specs, caught and reported
cases = [
    ("{}", ()),
    ("{0} {2}", ("a", "b")),
    ("{name}", ()),
    ("{0[5]}", ([1, 2],)),
    ("{0[k]}", ({"j": 1},)),
    ("{", ("x",)),
    ("}", ("x",)),
    ("{0:d}", ("str",)),
    ("{0:.2f}", ("str",)),
    ("{0:x}", (1.5,)),
    ("{0!z}", ("a",)),
    ("{} {0}", ("a", "b")),
    ("{0} {}", ("a", "b")),
    ("{:abc}", (1,)),
    ("{0.missing}", (5,)),
    ("{:,s}", ("a",)),
]
for fmt, args in cases:
    try:
        result = fmt.format(*args)
        print(repr(fmt), "->", repr(result))
    except (IndexError, KeyError, ValueError, TypeError, AttributeError) as e:
        print(repr(fmt), "->", type(e).__name__, e)
for value, spec in [(1, "s"), ("a", "d"), (1.5, "c"), ([1], ">5"), (None, "d"), (3, "=^5")]:
    try:
        print(repr(format(value, spec)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
