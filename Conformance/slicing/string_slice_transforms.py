# String transformations implemented with slicing
def mask_email(email):
    user, _, domain = email.partition("@")
    return user[:1] + "*" * max(len(user) - 2, 1) + user[-1:] + "@" + domain
for e in ["alice@example.com", "bo@x.io", "z@y.z"]:
    print(e, "->", mask_email(e))
def truncate(s, n):
    return s if len(s) <= n else s[:n - 3] + "..."
for s in ["short", "exactly ten", "this is a much longer sentence"]:
    print(repr(truncate(s, 10)))
def title_initials(name):
    return "".join(part[:1].upper() for part in name.split())
print(title_initials("guido van rossum"), title_initials("  ada  lovelace "))
def chunk_hex(h):
    return ":".join(h[i:i + 2] for i in range(0, len(h), 2))
print(chunk_hex("deadbeefcafe"), chunk_hex("abc"))
def swap_halves(s):
    mid = len(s) // 2
    return s[mid:] + s[:mid]
print(swap_halves("abcdef"), swap_halves("abcde"), swap_halves(""))
camel = "parseHttpResponseCode"
out = camel[:1]
for ch in camel[1:]:
    out += "_" + ch.lower() if ch.isupper() else ch
print(out)
snake = "max_retry_count"
parts = snake.split("_")
print(parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:]))
s = "0123456789"
print(s[1:9][::-1][::2], s[::-1][1:9:2], s[-3:][::-1] + s[:3])
