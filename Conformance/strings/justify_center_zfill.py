# Padding methods: ljust, rjust, center, zfill, expandtabs
print(repr("abc".ljust(7)), repr("abc".rjust(7)), repr("abc".center(7)), repr("abc".center(8)))
print(repr("ab".center(5)), repr("ab".center(6, "*")), repr("abc".center(6, "-")), repr("abcd".center(2)))
print("abc".ljust(7, "."), "abc".rjust(7, "0"), "abc".ljust(2), "".center(4, "="))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(6), "abc".zfill(5), "3.14".zfill(8), "".zfill(3), "-".zfill(3))
print(repr("a\tbc\td".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)))
print(repr("12345\t6\n\tx".expandtabs(3)))
rows = [("Name", "Qty", "Price"), ("Apple", "3", "1.20"), ("Watermelon", "1", "4.50"), ("Fig", "12", "0.35")]
widths = [max(len(r[i]) for r in rows) for i in range(3)]
for i, (name, qty, price) in enumerate(rows):
    print(name.ljust(widths[0]), qty.rjust(widths[1]), price.rjust(widths[2]))
    if i == 0:
        print("-" * (sum(widths) + 2))
title = " Report "
print(title.center(30, "="))
for level, msg in [(0, "root"), (1, "child"), (2, "grandchild"), (1, "sibling")]:
    print("  " * level + "- " + msg)
print("|" + "x".center(1) + "|" + "é".rjust(3) + "|" + "😀".ljust(3, "_") + "|")
try:
    print("abc".center(10, "ab"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("abc".ljust("5"))
except TypeError as e:
    print(type(e).__name__, e)
