# Fixed-point formatting (.Nf, grouping, %, %-format) of halfway cases, tiny, huge and pseudo-random
# doubles: digits must be the correctly rounded ones CPython prints.
vals = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1e-7, 5e-324, 2.2250738585072014e-308, 1e15, 123456789.987654321,
        9.2e18, 9.3e18, 1e300, 0.1, 0.7, 1.005, 2.675, 1234.5, -0.05, 0.045, 99.995, 1/3, 2/3, 3.14159265358979]
state = 12345
for _ in range(300):
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    exp = (state >> 40) % 40 - 20
    vals.append(((state >> 11) / 2**53) * 10.0 ** exp * (1 if state & 1 else -1))
out = []
for v in vals:
    for n in (0, 1, 2, 3, 6, 10, 17, 20):
        out.append(f"{v:.{n}f}")
    out.append(f"{v:,.2f}")
    out.append(f"{v:.1%}")
    out.append("%.3f" % v)
print(len(out))
print("\n".join(out))
