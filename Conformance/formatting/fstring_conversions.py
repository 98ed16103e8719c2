# f-string conversions !r !s !a and their interaction with specs
s = "café\n"
print(f"{s!r}", f"{s!s}", f"{s!a}")
print(f"[{s!r:>12}]", f"[{s!a:<14}]", f"[{'x'!r:^7}]")
items = ["a", 'b"', "c'"]
print(f"{items}", f"{items!r}", f"{items!s}", f"{items!a}")
d = {"k": "é", "n": None, "t": (1,)}
print(f"{d}", f"{d!a}")
print(f"{None!r} {True!s} {3.0!r} {1e100!s} {-0.0!a}")
print(f"{42!r:>5}|{42:>5}|{'42'!r:>5}|")
nums = [1.5, 2.25]
print(f"{nums!r:*^20}")
print(f"{str(12)!r} {repr('q')!r} {ascii('ü')!r}")
name = "Zoë"
greeting = f"Hello, {name!a}! len={len(name)} upper={name.upper()!r}"
print(greeting)
print(f"{b'bytes'!r} {b'bytes'}")
print(f"{'%s' % 'pct'} {'{}'.format('fmt')}")
