# inf, nan and signed zero
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("Infinity"), float("-NaN"), float("  nan "))
print(repr(inf), str(nan), f"{inf}", f"{nan:>6}", f"{-inf:+.2f}", f"{inf:e}")
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, inf > 1e308)
print(nan is nan, [nan] == [nan], nan in [nan], nan in [float("nan")])
print(max(1.0, inf), min(-inf, 0), sorted([3.0, -inf, inf, 0.0]))
zero = 0.0
neg = -0.0
print(zero, neg, zero == neg, repr(-0.0), str(-0.0), f"{-0.0:.1f}", f"{-0.0:z.1f}")
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1, abs(-0.0), -(0.0))
print(round(-0.4), round(-0.4, 1), round(-0.0001, 2), int(-0.9))
print(inf // 1, 5 % inf, -5 % inf, 5 // inf, -5 // inf)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0))
print(inf.is_integer(), (2.0).is_integer(), (2.5).is_integer())
for bad in [inf, nan]:
    try:
        print(int(bad))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    print(inf.as_integer_ratio())
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(round(nan))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(round(inf))
except OverflowError as e:
    print(type(e).__name__, e)
print(round(inf, 2), round(nan, 1))
