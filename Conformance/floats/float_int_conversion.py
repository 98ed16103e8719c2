# Converting between ints and floats at the edges
print(int(1e15), int(1e16), int(1e20), int(-1e20), int(1.7976931348623157e308) % 1000)
print(float(2**53), float(2**53 + 1), float(2**53 + 2), int(float(2**53 + 1)))
print(float(2**1023) == 2.0**1023, int(2.0**100) == 2**100)
print(2**1024 > 1e308, 2**1024 == float("inf"))
for n in [0, 1, -1, 10**18, 2**63 - 1, 2**64 + 1]:
    f = float(n)
    print(n, f, int(f), int(f) == n)
print(10**20 / 10**10, 10**30 / 10**29, (10**400) // (10**399))
print(7 / 7, 2**100 / 2**99, -(2**80) / 2**79)
print(int("12") + float("0.5"), str(float(int("7"))))
amounts_cents = [1999, 250, 5, 100000]
for c in amounts_cents:
    print(f"${c / 100:,.2f}", c // 100, c % 100)
try:
    print(10**400 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2**2000 * 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(1.5 ** 5000)
except OverflowError as e:
    print(type(e).__name__, e)
print(10**400 // 10**399, 10**400 > 1.0, 1e308 < 10**309)
print(1 / 3 * 3 == 1.0, 0.1 + 0.7, (0.1 + 0.7) * 10, int((0.1 + 0.7) * 10))
