# float() parsing of strings
samples = ["3.14", "  -2.5  ", "1e3", "1E-3", "+.5", "5.", "1_000.5", "10",
           "inf", "-Infinity", "nan", "1e400", "-1e400", "1e-400", "00012.50", "\t7\n", "  .0e0 "]
for s in samples:
    print(repr(s), "->", float(s))
print(float(7), float(-0), float(True), float(2**60), float("١٢.٥"))
bad = ["", " ", "abc", "1.2.3", "1e", "e5", "--1", "1_", "_1", "1__0", "0x1p3", "infinity1", "1,5"]
for s in bad:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
for thing in [None, [1.0], {}]:
    try:
        print(float(thing))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(float(10**400))
except OverflowError as e:
    print(type(e).__name__, e)
readings = "12.5, 13.75 , n/a, 11.0, , 14.25, err"
good, skipped = [], []
for token in readings.split(","):
    token = token.strip()
    try:
        good.append(float(token))
    except ValueError:
        skipped.append(token)
print(good, skipped)
print("mean", sum(good) / len(good))
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), (3.0).hex(), (0.1).hex())
