# partition, rpartition, startswith and endswith
url = "https://example.com:8080/path/to/page?query=1&x=2#frag"
scheme, sep, rest = url.partition("://")
print(scheme, sep, rest)
hostport, _, path = rest.partition("/")
host, _, port = hostport.partition(":")
print(host, port, "/" + path)
path, _, fragment = path.partition("#")
path, _, query = path.partition("?")
print(path, query, fragment)
params = dict(p.split("=") for p in query.split("&"))
print(params)
print("a.b.c".rpartition("."), "abc".rpartition("."), "abc".partition("."))
print("key=".partition("="), "=val".partition("="), "".partition("x"))
filename = "archive.tar.gz"
print(filename.rpartition(".")[2], filename.partition(".")[2])
for name in ["report.pdf", "image.PNG", "notes.txt", "script.py", "README"]:
    lower = name.lower()
    is_image = lower.endswith((".png", ".jpg"))
    is_doc = lower.endswith((".pdf", ".txt"))
    print(f"{name:<12} image={is_image} doc={is_doc}")
print("hello".startswith("ell", 1), "hello".startswith("he", 1), "hello".endswith("ll", 0, 4))
print("hello".startswith(""), "".startswith(""), "hello".endswith(("x", "lo")))
try:
    print("abc".partition(""))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print("abc".startswith(["a"]))
except TypeError as e:
    print(type(e).__name__, e)
