# str.maketrans and str.translate
table = str.maketrans("abc", "xyz")
print("aabbcc-abc".translate(table))
print(sorted(table.items()))
strip_vowels = str.maketrans("", "", "aeiouAEIOU")
print("Programming Language".translate(strip_vowels))
both = str.maketrans("lo", "01", " ")
print("hello world lol".translate(both))
mapping = str.maketrans({"<": "&lt;", ">": "&gt;", "&": "&amp;", '"': None})
print('<a href="x">Tom & Jerry</a>'.translate(mapping))
rot13 = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm",
)
secret = "Hello, World!".translate(rot13)
print(secret, secret.translate(rot13))
print("abc".translate({97: "AA", 98: None, 99: 100}))
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isascii() and ch.isalpha():
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
print(caesar("Attack at Dawn!", 3), caesar(caesar("Attack at Dawn!", 3), -3))
print(caesar("xyz XYZ", 30), caesar("naïve", 1))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print(type(e).__name__, e)
