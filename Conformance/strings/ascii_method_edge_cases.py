# str methods on ASCII text at their edges: empty strings, no-op results, separators at the ends,
# whitespace control characters, signs in zfill, odd centering margins, identity of unchanged results.
cases = ["", " ", "a", "  padded\t\n", "\x1c\x1d x \x1e\x1f", "a,b,,c,", ",lead", "trail,", "-42", "+7", "abc"]
for s in cases:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.capitalize()))
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" ,")), repr(s.strip(None)))
    print(s.split(), s.split(","), s.split(",,"), s.split(" "))
    print(repr(s.replace(",", ";")), repr(s.replace(",", "")), repr(s.replace("a", "xyz")), repr(s.replace("zz", "q")))
    print(s.startswith(""), s.startswith("a"), s.endswith(","), s.endswith(""), s.startswith("é"))
    print(s.find(""), s.find(","), s.find("c,"), s.find("zz"))
    print(repr(s.rjust(6)), repr(s.ljust(6, "*")), repr(s.center(7, "-")), repr(s.center(8)), repr(s.zfill(5)), repr(s.rjust(-1)))
print("-".join([]), "-".join(["x"]), ", ".join(("a", "b", "c")), "".join(["é", "t", "é"]), len("é".join(["ab", "cd"])))
s = "unchanged"
print(s.strip() is s, s.replace("q", "r") is s, s.rjust(3) is s, s.center(9) is s)
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".rjust(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("x".center(4, "é"), "ab".center(5, "*"), "abc".center(6, "*"), "12".zfill(1), "-".zfill(3))
