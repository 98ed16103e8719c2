# str + str (empty operands, non-ASCII lengths, +=), int() of text that is not a base-10 literal
# (letters, lone signs, underscores, whitespace, Unicode digits) and small int powers.
parts = ["", "a", "é", "漢字", "x" * 20]
for a in parts:
    for b in parts:
        s = a + b
        print(repr(s), len(s), s == a + b, (a + b)[-1:] if s else None)
acc = ""
for p in parts:
    acc += p + "+"
print(acc, len(acc))
for text in ["12", " 7 ", "-4", "+5", "x9", "-", "+", "42abc", "1_000", "1__0", "_1", "1_", "٣", " ", "", "0x10", "007", "0", "-0", "\t\n12\x0c"]:
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(repr(text), "ValueError:", e)
print([2 ** k for k in range(0, 70, 7)], (-3) ** 5, 10 ** 11, 7 ** 0, 3 ** 40, (-2) ** 63, 2 ** -2)
