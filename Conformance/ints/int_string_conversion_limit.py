# str()/int() round trips, including the 3.11 digit limit
for n in [0, -1, 7, 10**18, -(2**63), 2**64]:
    s = str(n)
    print(s, len(s), int(s) == n, repr(n) == s)
big = 10**4299
print(len(str(big)))
try:
    s = str(10**5000)
    print("converted", len(s))
except ValueError as e:
    print(type(e).__name__, e)
try:
    n = int("1" * 5000)
    print("parsed", n % 1000)
except ValueError as e:
    print(type(e).__name__, e)
h = hex(10**5000)
print(len(h), h[:12])
print(int("f" * 5000, 16) % 97)
print(f"{12345678901234567890:,}")
print(str(2**100)[::-1])
amounts = ["1200", "-35", "+7", "0042", " 19 "]
total = sum(int(a) for a in amounts)
print("total", total)
print("%d items, %5d, %-5d|, %05d" % (3, 42, 42, -42))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%i %u" % (12, 13))
