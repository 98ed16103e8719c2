# expect: ok
# Arithmetic at the edges of 64-bit ints must promote to big ints, never trap.
lo = -2**63
hi = 2**63 - 1
results = [
    -lo, abs(lo), lo // -1, lo % -1, hi + 1, lo - 1, lo * -1, hi * hi, divmod(lo, -1),
    lo * lo, hi << 1, 1 << 63, lo >> 63, -(lo + 0), int(-float(2**63)), sum([hi, 1]), hi ** 2,
    (-1) ** hi, pow(hi, 2, 2**64), hash(2**63) == hash(2**63), lo // 1, round(lo, -1),
]
assert results[0] == 2**63 and results[4] == 2**63 and results[5] == -2**63 - 1
print(results)
