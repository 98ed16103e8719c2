# int() with explicit bases and prefixes
tests = [
    ("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b1011", 0),
    ("777", 8), ("1010", 2), ("z", 36), ("ZZ", 36), ("  42  ", 10), ("-0x1a", 16),
    ("+17", 0), ("1_000_000", 10), ("0_7", 8), ("0b_101", 0), ("10", 3),
]
for s, base in tests:
    print(repr(s), base, "->", int(s, base))
print(int("0"), int("-0"), int("000"), int("00", 0))
print(int(3.99), int(-3.99), int(True), int("  \t12\n"))
print(int("١٢٣"))
bad = [("12a", 10), ("0x", 16), ("", 10), ("1__0", 10), ("_1", 10), ("08", 0), ("2", 2), ("1.5", 10), ("0b2", 0)]
for s, base in bad:
    try:
        int(s, base)
        print("no error", s)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("10", 37)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("10", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
