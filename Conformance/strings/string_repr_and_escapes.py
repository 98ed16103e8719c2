# repr() quoting rules and escape sequences
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnew\nline", "back\\slash",
           "\x00\x1f\x7f", "bell\a", "\r\n", "é ü ñ", "😀", "\u200b", "\xa0", "\ud7ff", "'", '"']
for s in samples:
    print(repr(s), len(s))
print(ascii("é ü ñ 😀 plain"), ascii("'"), ascii("\u200b"))
raw = r"C:\new\table\x"
print(raw, len(raw), repr(raw))
print("a\
b", "multi" "part" " literal")
print("""triple 'single' and "double" quotes""")
print('\'', "\"", '\\', "\101\102\103", "\x41", "\u0041", "\N{LATIN SMALL LETTER E WITH ACUTE}")
print(str("x"), str(12), str([1, "a"]), str({"k": "v"}), str(("t",)), str(None))
print(repr([1, "a", 'b"c', "d'e"]), repr({"k": "it's"}))
print(f"{'quoted'!r}", "%r" % "x", "{!r}".format("y"), "%s" % "z")
print(repr(""), repr(" "), str(""), len(repr("")))
lines = "first\nsecond\r\nthird\rfourth\x0bfifth\x1csixth\u2028seventh"
print(lines.splitlines())
print(lines.splitlines(keepends=True))
print("a\n\nb\n".splitlines(), "a\n\nb\n".split("\n"), "".splitlines())
