# str.split, rsplit and join in their many forms
s = "  alpha  beta\tgamma\n delta  "
print(s.split())
print(s.split(" "))
print(s.split(None, 2))
print(s.rsplit(None, 1))
csv = "a,b,,c,"
print(csv.split(","), csv.split(",", 1), csv.rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), "x".split("x"))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "abc".split("abc"))
print("1 2 3".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1))
path = "/usr/local/bin/python3"
parts = path.split("/")
print(parts, "/".join(parts[:-1]), parts[-1])
print("-".join(["x", "y", "z"]), "".join(reversed("hello")), ", ".join([]))
print(" | ".join(str(n) for n in range(5)))
print("\n".join(["line1", "line2"]).split("\n"))
words = "The quick brown fox jumps over the lazy dog".split()
print(len(words), max(words, key=len), sorted(words, key=str.lower))
print(" ".join(w.capitalize() for w in words))
print(" ".join(words[::-1]))
kv = "host=localhost; port=5432; user=admin; empty="
config = {}
for pair in kv.split(";"):
    key, _, value = pair.strip().partition("=")
    config[key] = value
print(config)
try:
    print("a,b".split(""))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(",".join(["a", 1, "b"]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("-".join("abc", "d"))
except TypeError as e:
    print(type(e).__name__, e)
