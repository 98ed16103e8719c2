# Strings are sequences of code points
s = "héllo wörld ☃ 😀 日本語"
print(len(s), s[1], s[12], s[14], s[-3:], s[::-1])
print([ord(c) for c in "aé☃😀"])
print(chr(233), chr(0x2603), chr(128512), chr(0x65e5), chr(65))
print(repr(chr(0)), repr(chr(7)), repr(chr(127)), repr(chr(0xa0)), repr(chr(0x200b)))
print("😀".encode("utf-8"), len("😀".encode("utf-8")), "é".encode("utf-8"), "日".encode("utf-8"))
print(b"\xc3\xa9".decode("utf-8"), "naïve café".encode("utf-8").decode("utf-8"))
print("\u00e9" == "é", "\N{SNOWMAN}", "\U0001F600", "\x41\x42")
print("e\u0301", len("e\u0301"), "e\u0301" == "é")
for ch in "aZ5 é_😀":
    print(repr(ch), ord(ch), hex(ord(ch)), ch.isalpha(), ch.isalnum(), ch.isupper())
print(sorted("bäaz😀A"), max("héllo"), min("héllo"))
print("日本" < "日本語", "é" > "z", "Z" < "a")
word = "ÅngströM"
print(word.lower(), word.upper(), word.swapcase(), word[::2])
print(ascii("héllo 😀"), repr("héllo 😀"))
print(str(b"abc"), repr("tab\there"), "\\n literally")
counts = {}
for ch in "ünïcödé ünïcödé":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
try:
    print(chr(0x110000))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(ord("ab"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(ord(""))
except TypeError as e:
    print(type(e).__name__, e)
